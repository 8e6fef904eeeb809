import { type Ref, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../i18n/format_period';
import { selectSliderMonths } from '../../store/choropleth';
import { useFigureLabel } from '../analysis/use_figure_label';
import { useAtlas, useAtlasStore } from '../shared/store_context';

/** How long each month stays on the map while the months play. */
export const MONTH_STEP_MS = 900;

/**
 * The time slider: while the map shows an indicator with figures for several months, a
 * slider of those months (arrow keys, Home, End) and a button that plays them one by one
 * from the first (or from the month shown), stopping at the last. The month is the store's
 * (and so the link's); before one is chosen the map shows each commune's latest figure.
 * It floats over the map (data-map-overlay): fitted views keep clear of it.
 */
export function TimeSlider({ ref }: { ref?: Ref<HTMLElement> }) {
  const { t } = useTranslation('map');
  const store = useAtlasStore();
  const months = useAtlas(selectSliderMonths);
  const month = useAtlas((state) => state.analysis.month);
  const shown = useAtlas((state) => state.analysis.choropleth);
  const language = useAtlas((state) => state.language);
  const figure = useFigureLabel();
  const [playing, setPlaying] = useState(false);
  const labelId = useId();
  const position = month ? months.indexOf(month) : months.length - 1;

  // Each month shown (`month` changing) waits its time before the next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the month shown restarts the wait
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const { analysis } = store.getState();
      const list = selectSliderMonths(store.getState());
      const at = analysis.month ? list.indexOf(analysis.month) : -1;
      const next = list[at + 1];
      if (next) store.getState().setAnalysis({ month: next });
      else setPlaying(false);
    }, MONTH_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, store, month]);

  // The months end (another figure, the map turned off): playing stops.
  useEffect(() => {
    if (months.length < 2 || !shown) setPlaying(false);
  }, [months, shown]);

  if (!shown || months.length < 2) return null;
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const label = month ? formatPeriod(month, language) : t('sliderLatest');
  const play = () => {
    // From the first month when at the end (or on the latest figures), else from here.
    if (!month || position >= months.length - 1) store.getState().setAnalysis({ month: first });
    setPlaying(true);
  };
  return (
    <section
      className="time-slider"
      aria-label={t('sliderRegion', { figure })}
      data-map-overlay
      data-testid="time-slider"
      ref={ref}
    >
      <button
        type="button"
        className="time-slider-play"
        aria-pressed={playing}
        aria-label={playing ? t('sliderPause') : t('sliderPlay')}
        title={playing ? t('sliderPause') : t('sliderPlay')}
        onClick={() => (playing ? setPlaying(false) : play())}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <div className="time-slider-track">
        <label id={labelId} className="time-slider-month">
          {t('sliderLabel')}: <output>{label}</output>
        </label>
        <input
          type="range"
          min={0}
          max={months.length - 1}
          step={1}
          value={Math.max(0, position)}
          aria-labelledby={labelId}
          aria-valuetext={label}
          onChange={(event) => {
            setPlaying(false);
            store.getState().setAnalysis({ month: months[Number(event.target.value)] ?? '' });
          }}
        />
        <div className="time-slider-ends" aria-hidden="true">
          <span>{formatPeriod(first, language, 'short')}</span>
          <span>{formatPeriod(last, language, 'short')}</span>
        </div>
      </div>
    </section>
  );
}
