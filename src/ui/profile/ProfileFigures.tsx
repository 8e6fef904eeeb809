import { useTranslation } from 'react-i18next';
import type { Figure, FigurePoint } from '../../explore/place_profile';
import { formatNumber } from '../../i18n';
import { formatDate } from '../shared/dates';
import { useAtlas } from '../shared/store_context';

/** How many earlier values a figure's row lists beside its latest. */
const EARLIER_SHOWN = 5;

/** An indicator's name in the interface language, or its code when it has none. */
export function useIndicatorName(): (indicator: string) => string {
  const { t, i18n } = useTranslation('profile');
  return (indicator) =>
    i18n.exists(`profile:indicator.${indicator}`) ? t(`indicator.${indicator}`) : indicator;
}

/** A value with its unit, as the interface language writes numbers (the unit's name if known). */
export function useFigureValue(): (point: FigurePoint) => string {
  const { t, i18n } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  return ({ value, unit }) => {
    const number = formatNumber(value, language);
    if (!unit) return number;
    const known = i18n.exists(`profile:unit.${unit}`) ? t(`unit.${unit}`) : unit;
    return known === '%' ? `${number} %` : `${number} ${known}`;
  };
}

/**
 * A series drawn small: a black line through its values, a dot at each (the shape of the
 * trend, in black and white; the row beside it gives the values).
 */
function Sparkline({ points, label }: { points: readonly FigurePoint[]; label: string }) {
  const width = 120;
  const height = 30;
  const values = points.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (at: number) => 4 + (at * (width - 8)) / Math.max(1, points.length - 1);
  const y = (value: number) =>
    high === low ? height / 2 : height - 4 - ((value - low) * (height - 8)) / (high - low);
  const coordinates = values.map((value, at) => `${x(at).toFixed(1)},${y(value).toFixed(1)}`);
  return (
    <svg
      className="profile-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={coordinates.join(' ')} fill="none" stroke="#000" strokeWidth={1.4} />
      {values.map((value, at) => (
        <circle
          // biome-ignore lint/suspicious/noArrayIndexKey: the points of one series, in order
          key={at}
          cx={x(at)}
          cy={y(value)}
          r={2}
          fill="#000"
        />
      ))}
    </svg>
  );
}

/** A table of figures: each indicator's latest value and date, its earlier values and trend. */
export function FigureTable({ figures, caption }: { figures: readonly Figure[]; caption: string }) {
  const { t } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  const indicatorName = useIndicatorName();
  const valueText = useFigureValue();
  const dateText = (date: string) => (date ? formatDate(date, language) : t('noDate'));
  return (
    <table className="profile-table profile-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicatorColumn')}</th>
          <th scope="col">{t('latestColumn')}</th>
          <th scope="col">{t('dateColumn')}</th>
          <th scope="col">{t('trendColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => {
          const latest = figure.points[figure.points.length - 1];
          if (!latest) return null;
          const earlier = figure.points.slice(0, -1).slice(-EARLIER_SHOWN).reverse();
          const name = indicatorName(figure.indicator);
          const described = figure.points
            .map((point) => `${dateText(point.date)} ${valueText(point)}`)
            .join(', ');
          return (
            <tr key={`${figure.nis_code}-${figure.indicator}`}>
              <th scope="row">{name}</th>
              <td className="profile-number">{valueText(latest)}</td>
              <td className="profile-date">{dateText(latest.date)}</td>
              <td>
                {figure.points.length > 1 && (
                  <Sparkline
                    points={figure.points}
                    label={t('trendChart', { indicator: name, points: described })}
                  />
                )}
                {earlier.length > 0 && (
                  <ul className="profile-earlier">
                    {earlier.map((point, at) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: one series' points, in order
                      <li key={at}>
                        {t('earlierValue', { date: dateText(point.date), value: valueText(point) })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
