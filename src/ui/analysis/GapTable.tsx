import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapRow } from '../../analysis/gaps/gaps';
import { collator } from '../../places/place_names';
import { useAtlas } from '../shared/store_context';
import { formatFigure, moreIsBetter, RANK_COLUMNS } from './measure_format';

type SortKey = 'place' | 'value' | (typeof RANK_COLUMNS)[number] | 'under_served';

/** The levels whose places the detail panel shows. */
type ChosenLevel = 'commune' | 'arrondissement' | 'province';

function isChosenLevel(level: string): level is ChosenLevel {
  return level === 'commune' || level === 'arrondissement' || level === 'province';
}

export interface RankedRow {
  row: GapRow;
  name: string;
  /** The chosen figure's value for the row (a measure, or an indicator's latest value). */
  value: number | null;
}

/**
 * The ranking of the places by the chosen figure, worst served first: the accessible
 * equivalent of the choropleth. Each column sorts on its header's button; a place's name is
 * a button that shows it on the map and opens its details.
 */
export function GapTable({
  rows,
  figureLabel,
  figure,
  onChoose,
}: {
  rows: readonly RankedRow[];
  figureLabel: string;
  /** The figure ranked: a measure, or `indicator:<name>`. */
  figure: string;
  /** A place's name chosen in the ranking (not Wallonia's): its details are asked for. */
  onChoose(code: string, level: ChosenLevel): void;
}) {
  const { t } = useTranslation('analysis');
  const language = useAtlas((state) => state.language);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean } | null>(null);
  const ranked = useMemo(() => {
    const better = moreIsBetter(figure);
    const byValue = (a: RankedRow, b: RankedRow) => {
      if (a.value === null) return b.value === null ? 0 : 1;
      if (b.value === null) return -1;
      return better ? a.value - b.value : b.value - a.value;
    };
    return [...rows].sort(byValue);
  }, [rows, figure]);
  const shown = useMemo(() => {
    if (!sort) return ranked;
    const compare = collator(language).compare;
    const sortValue = (item: RankedRow): number | string | null => {
      if (sort.key === 'place') return item.name;
      if (sort.key === 'value') return item.value;
      if (sort.key === 'under_served') return item.row.under_served_communes;
      return item.row[sort.key];
    };
    return [...ranked].sort((a, b) => {
      const [x, y] = [sortValue(a), sortValue(b)];
      if (x === null) return y === null ? 0 : 1;
      if (y === null) return -1;
      const order =
        typeof x === 'string' || typeof y === 'string' ? compare(String(x), String(y)) : x - y;
      return sort.descending ? -order : order;
    });
  }, [ranked, sort, language]);
  const rank = useMemo(() => new Map(ranked.map((item, index) => [item, index + 1])), [ranked]);

  const header = (key: SortKey, label: string, className = '') => {
    const sorted = sort?.key === key;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          onClick={() =>
            setSort(sorted ? { key, descending: !sort.descending } : { key, descending: false })
          }
        >
          <span>{label}</span>
          <span aria-hidden="true" className="sort-mark">
            {sorted ? (sort.descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <table className="gap-table">
      <caption className="visually-hidden">{figureLabel}</caption>
      <thead>
        <tr>
          <th scope="col" className="gap-rank">
            {t('rank')}
          </th>
          {header('place', t('place'), 'gap-place')}
          {header(
            'value',
            figure.startsWith('indicator:') ? figureLabel : t(`short.${figure}`),
            'gap-value',
          )}
          {RANK_COLUMNS.filter((column) => column !== figure).map((column) =>
            header(column, t(`short.${column}`), 'gap-number'),
          )}
          {header('under_served', t('short.under_served'))}
        </tr>
      </thead>
      <tbody>
        {shown.map((item) => (
          <tr
            key={item.row.code}
            className={item.row.under_served_communes > 0 ? 'gap-under' : undefined}
          >
            <td className="gap-rank">{rank.get(item)}</td>
            <th scope="row" className="gap-place">
              {isChosenLevel(item.row.level) ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChoose(item.row.code, item.row.level as ChosenLevel)}
                >
                  {item.name}
                </button>
              ) : (
                item.name
              )}
            </th>
            <td className="gap-value">{formatFigure(item.value, figure, language)}</td>
            {RANK_COLUMNS.filter((column) => column !== figure).map((column) => (
              <td key={column} className="gap-number">
                {formatFigure(item.row[column], column, language)}
              </td>
            ))}
            <td>
              {item.row.level === 'commune'
                ? t(
                    `verdict.${item.row.under_served === null ? 'unknown' : item.row.under_served ? 'yes' : 'no'}`,
                  )
                : t('underServedCount', { count: item.row.under_served_communes })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
