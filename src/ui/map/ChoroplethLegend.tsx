import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../i18n/format_period';
import { selectChoropleth, selectSliderMonths } from '../../store/choropleth';
import { legendItems } from '../analysis/legend_items';
import { useFigureLabel } from '../analysis/use_figure_label';
import { useAtlas } from '../shared/store_context';

/**
 * The legend of the communes' colours, while the map shows a choropleth: what is shown,
 * each class's bounds and how many communes it holds, and "no data" apart; while the time
 * slider plays months, that the classes hold for all of them. Folds like the map's own
 * legend. It floats over the map (data-map-overlay): fitted views keep clear of it.
 */
export function ChoroplethLegend({ ref }: { ref?: Ref<HTMLDetailsElement> }) {
  const { t } = useTranslation('analysis');
  const choropleth = useAtlas(selectChoropleth);
  const language = useAtlas((state) => state.language);
  const measure = useAtlas((state) => state.analysis.measure);
  const label = useFigureLabel();
  const months = useAtlas(selectSliderMonths);
  if (!choropleth) return null;
  return (
    <details className="atlas-map-legend choropleth-legend" data-map-overlay open ref={ref}>
      <summary>{label}</summary>
      <ul>
        {legendItems(choropleth, measure, language, t).map((item) => (
          <li key={item.text}>
            <span className="legend-swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.text}
          </li>
        ))}
      </ul>
      {(measure === 'services' || measure === 'sites') && (
        <p className="legend-note">{t('rawCount')}</p>
      )}
      {months.length > 1 && (
        <p className="legend-note">
          {t('map:sliderClasses', {
            first: formatPeriod(months[0] ?? '', language),
            last: formatPeriod(months.at(-1) ?? '', language),
          })}
        </p>
      )}
    </details>
  );
}
