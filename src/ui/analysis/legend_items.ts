import type { Choropleth } from '../../analysis/choropleth';
import { NO_DATA_COLOR } from '../../analysis/classes';
import type { Translate } from '../../i18n';
import { formatFigure } from './measure_format';

/** The lines of a choropleth's legend: each class's colour, bounds and count, then "no data" when any. */
export function legendItems(
  choropleth: Choropleth,
  figure: string,
  language: string,
  t: Translate,
): { color: string; text: string }[] {
  const { classes, palette } = choropleth;
  const items = classes.counts.map((count, index) => ({
    color: palette[index] ?? NO_DATA_COLOR,
    text: t('analysis:legendClass', {
      from: formatFigure(classes.bounds[index] ?? null, figure, language),
      to: formatFigure(classes.bounds[index + 1] ?? null, figure, language),
      count,
    }),
  }));
  if (classes.noData > 0) {
    items.push({
      color: NO_DATA_COLOR,
      text: `${t('analysis:noData')} (${formatFigure(classes.noData, 'sites', language)})`,
    });
  }
  return items;
}
