import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sourcesOf } from '../../analysis/series';
import { chartDocument } from '../../charts/chart_document';
import { lineChart } from '../../charts/line_chart';
import { exportDate } from '../../export/export_formats';
import { seriesCsv } from '../../export/series_csv';
import { formatPeriod } from '../../i18n/format_period';
import { LinkifiedText } from '../shared/SafeText';
import { saveBlob } from '../shared/save_file';
import { useAtlas } from '../shared/store_context';
import { svgToPng } from '../shared/svg_to_png';
import { type ChartEntry, fileStem } from './chart_entries';
import { SeriesTable } from './SeriesTable';

/** The chart's height: a trend, or a row of small multiples. */
const HEIGHT = { lines: 300, facets: 220 };

/**
 * One chart of series: its title and unit, the drawing (Observable Plot, redrawn to the
 * panel's width), its table equivalent, its sources with the dates they give figures for,
 * and its exports (SVG and PNG with title and sources, its figures as CSV).
 */
export function SeriesChart({
  title,
  unit,
  entries,
  facets,
  ownAxes = false,
  name,
  nameOf,
}: {
  title: string;
  unit: string;
  entries: readonly ChartEntry[];
  /** Small multiples: one panel per facet, in this order. */
  facets?: readonly string[];
  /** Each line in its own panel, with its own value axis. */
  ownAxes?: boolean;
  /** What the exported files are named after. */
  name: string;
  nameOf(code: string): string;
}) {
  const { t } = useTranslation('charts');
  const language = useAtlas((state) => state.language);
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const subtitle = t('unitLine', { unit });
  const sources = useMemo(
    () =>
      sourcesOf(entries.map((entry) => entry.series)).map((source) =>
        source.first === source.last
          ? t('sourceLineOne', {
              source: source.source,
              first: formatPeriod(source.first, language),
            })
          : t('sourceLine', {
              source: source.source,
              first: formatPeriod(source.first, language),
              last: formatPeriod(source.last, language),
            }),
      ),
    [entries, language, t],
  );

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Drawn before the browser paints, so the old chart is never shown beside the new choice.
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element || width <= 0) return;
    const svg = lineChart({
      lines: entries.map((entry) => ({
        key: entry.key,
        label: entry.label,
        facet: entry.facet,
        points: entry.series.points,
      })),
      unit,
      language,
      width: Math.max(320, Math.min(width, 1100)),
      height: facets ? HEIGHT.facets : HEIGHT.lines,
      facets,
      ownAxes,
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('chartLabel', { title }));
    svg.dataset.title = title;
    element.replaceChildren(svg);
  }, [entries, facets, ownAxes, unit, language, width, title, t]);

  const stem = `atlas-series-${fileStem(name)}-${exportDate()}`;
  const document = () => {
    const svg = holder.current?.querySelector('svg');
    return svg ? chartDocument(svg, { title, subtitle, sources }) : null;
  };
  const saveSvg = () => {
    const text = document();
    if (text) saveBlob(`${stem}.svg`, new Blob([text], { type: 'image/svg+xml' }));
  };
  const savePng = async () => {
    const text = document();
    if (text) saveBlob(`${stem}.png`, await svgToPng(text));
  };
  const saveCsv = () => {
    const text = seriesCsv(
      entries.map((entry) => entry.series),
      { nameOf, delimiter: language === 'en' ? ',' : ';' },
    );
    saveBlob(`${stem}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <figure className="series-chart" data-testid="series-chart">
      <figcaption>
        <h3>{title}</h3>
        <p className="series-unit">{subtitle}</p>
      </figcaption>
      <div ref={holder} className="series-drawing" />
      <SeriesTable title={title} entries={entries} />
      <div className="series-sources">
        <h4>{t('sources')}</h4>
        <ul>
          {sources.map((source) => (
            <li key={source}>
              <LinkifiedText text={source} />
            </li>
          ))}
        </ul>
      </div>
      <fieldset className="series-exports">
        <legend className="visually-hidden">{t('exports')}</legend>
        <button type="button" onClick={saveSvg}>
          {t('exportSvg')}
        </button>
        <button type="button" onClick={() => void savePng()}>
          {t('exportPng')}
        </button>
        <button type="button" onClick={saveCsv}>
          {t('exportCsv')}
        </button>
      </fieldset>
    </figure>
  );
}
