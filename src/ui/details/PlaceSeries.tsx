import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { latestPoint, type Series, seriesIndex, seriesOfPlace } from '../../analysis/series';
import { formatNumber } from '../../i18n';
import { formatPeriod } from '../../i18n/format_period';
import { LinkifiedText } from '../shared/SafeText';
import { useAtlas } from '../shared/store_context';

const SPARK = { width: 96, height: 24, pad: 2 };

/** A series' small trend: its figures joined by a line in a small box (none under two figures). */
function Sparkline({ series, label }: { series: Series; label: string }) {
  const { points } = series;
  if (points.length < 2) return null;
  const first = points[0]?.time ?? 0;
  const span = (points.at(-1)?.time ?? first) - first || 1;
  const values = points.map((point) => point.value);
  const low = Math.min(...values);
  const range = Math.max(...values) - low || 1;
  const x = (time: number) => SPARK.pad + ((time - first) / span) * (SPARK.width - 2 * SPARK.pad);
  const y = (value: number) =>
    SPARK.height - SPARK.pad - ((value - low) / range) * (SPARK.height - 2 * SPARK.pad);
  const path = points.map((point) => `${x(point.time).toFixed(1)},${y(point.value).toFixed(1)}`);
  const last = points.at(-1);
  return (
    <svg
      className="detail-sparkline"
      width={SPARK.width}
      height={SPARK.height}
      viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={path.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" />
      {last && <circle cx={x(last.time)} cy={y(last.value)} r="2" fill="currentColor" />}
    </svg>
  );
}

const NO_SERIES = {
  commune: 'noSeries',
  arrondissement: 'noArrondissementSeries',
  province: 'noProvinceSeries',
} as const;

/**
 * The series known for a commune, an arrondissement or a province: each indicator's latest figure and its date,
 * a small trend, its source, and a button that opens it in the series view.
 */
export default function PlaceSeries({
  nis,
  level = 'commune',
}: {
  nis: string;
  level?: 'commune' | 'arrondissement' | 'province';
}) {
  const { t } = useTranslation('details');
  const records = useAtlas((state) => state.dataset.indicators);
  const language = useAtlas((state) => state.language);
  const setSeries = useAtlas((state) => state.setSeries);
  const setPanel = useAtlas((state) => state.setPanel);
  const list = useMemo(() => seriesOfPlace(seriesIndex(records), nis), [records, nis]);
  return (
    <section className="detail-series" aria-labelledby={`series-${nis}`}>
      <h3 id={`series-${nis}`}>{t('seriesHeading')}</h3>
      {list.length === 0 ? (
        <p className="detail-empty">{t(NO_SERIES[level])}</p>
      ) : (
        <ul className="detail-list">
          {list.map((series) => {
            const latest = latestPoint(series);
            if (!latest) return null;
            const source = latest.source;
            return (
              <li key={series.indicator} className="detail-series-item">
                <div className="detail-series-name">{series.indicator}</div>
                <div className="detail-series-figure">
                  <span>
                    {t('seriesLatest', {
                      value: formatNumber(latest.value, language),
                      unit: latest.unit,
                      date: formatPeriod(latest.date, language),
                    })}
                  </span>
                  <Sparkline
                    series={series}
                    label={t('seriesTrend', { indicator: series.indicator })}
                  />
                  <span className="detail-muted">
                    {t('seriesPoints', { count: series.points.length })}
                  </span>
                </div>
                {source && (
                  <div className="detail-muted detail-series-source">
                    <LinkifiedText text={source} />
                  </div>
                )}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('openSeriesOf', { indicator: series.indicator })}
                  onClick={() => {
                    setSeries({ indicator: series.indicator, place: nis, chart: 'trend' });
                    setPanel('series');
                  }}
                >
                  {t('openSeries')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
