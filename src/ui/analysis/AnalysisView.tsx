import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type GapRow, type Measure, rowsOf } from '../../analysis/gaps/gaps';
import { methodNote } from '../../analysis/gaps/method_notes';
import { inPlaces } from '../../explore/filters';
import { areaName } from '../../places/place_names';
import { gapsFor } from '../../store/analysis';
import { selectLevel, selectLevels, selectMeasureValues } from '../../store/choropleth';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { AnalysisControls } from './AnalysisControls';
import { AnalysisExports } from './AnalysisExports';
import { GapTable, type RankedRow } from './GapTable';
import { useFigureLabel } from './use_figure_label';
import './analysis.css';

/** The levels of places an indicator can be given for and mapped at. */
const INDICATOR_LEVELS = new Set(['commune', 'arrondissement', 'province']);

/**
 * The gap analysis: its parameters, what it counted, how the figure shown was computed, a
 * switch that colours the map by it, and the ranking of the places (worst served first),
 * from which a commune is shown on the map. Follows the shared filters: the place filters
 * choose the communes ranked, the others the services counted.
 */
export default function AnalysisView() {
  const { t } = useTranslation(['analysis', 'model']);
  const store = useAtlasStore();
  const analysis = useAtlas((state) => state.analysis);
  const gaps = useAtlas(gapsFor);
  const values = useAtlas(selectMeasureValues);
  const filters = useAtlas((state) => state.filters);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const indicatorRows = useAtlas((state) => state.dataset.indicators);
  const setAnalysis = useAtlas((state) => state.setAnalysis);
  const figureLabel = useFigureLabel();
  const level = useAtlas(selectLevel);
  const levels = useAtlas(selectLevels);

  // The indicators given per commune, arrondissement or province of Wallonia.
  const indicators = useMemo(
    () =>
      [
        ...new Set(
          indicatorRows
            .filter((row) => INDICATOR_LEVELS.has(gazetteer?.areaByNis(row.nis_code)?.level ?? ''))
            .map((row) => row.indicator),
        ),
      ].sort(),
    [indicatorRows, gazetteer],
  );
  const kept = useMemo(
    () =>
      new Set(
        (gazetteer?.communes ?? [])
          .filter((commune) => inPlaces(commune, filters))
          .map((c) => c.nis_code),
      ),
    [gazetteer, filters],
  );

  const rows = useMemo((): RankedRow[] => {
    if (!gaps) return [];
    const nameOf = (code: string) => {
      const area = gazetteer?.areaByNis(code);
      return area ? areaName(area, language) : code;
    };
    const measure = analysis.measure;
    const figureOf = (row: GapRow) =>
      measure.startsWith('indicator:')
        ? (values?.values.get(row.code) ?? null)
        : row[measure as Measure];
    const filtered = kept.size === (gazetteer?.communes.length ?? 0) ? null : kept;
    const units = rowsOf(gaps, filtered).filter((row) => row.level === level);
    return units.map((row) => ({ row, name: nameOf(row.code), value: figureOf(row) }));
  }, [gaps, values, level, kept, gazetteer, language, analysis.measure]);

  const underServed = useMemo(
    () => (gaps ? gaps.communes.filter((row) => kept.has(row.code) && row.under_served).length : 0),
    [gaps, kept],
  );
  const measure = analysis.measure;
  const rawCount = measure === 'services' || measure === 'sites';

  return (
    <section className="analysis" aria-labelledby="analysis-title">
      <header className="analysis-header">
        <h2 id="analysis-title">{t('title')}</h2>
        <p>{t('intro')}</p>
      </header>
      <AnalysisControls indicators={indicators} />
      <div className="analysis-summary">
        <p role="status">
          {gaps
            ? `${t('computed', { count: gaps.counted.services, services: gaps.counted.services, sites: gaps.counted.sites })} ${t('underServedCount', { count: underServed })}.`
            : t('computing')}
        </p>
        <button
          type="button"
          className="analysis-map-toggle"
          aria-pressed={analysis.choropleth}
          onClick={() => setAnalysis({ choropleth: !analysis.choropleth })}
        >
          {t(analysis.choropleth ? 'hideFromMap' : 'showOnMap')}
        </button>
      </div>
      {rawCount && (
        <p className="analysis-warning">
          {t('rawCount')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setAnalysis({ measure: 'services_per_10k' })}
          >
            {t('showPerCapita')}
          </button>
        </p>
      )}
      {gaps && !measure.startsWith('indicator:') && (
        <details className="analysis-method">
          <summary>{t('method')}</summary>
          <p>{methodNote(measure as Measure, gaps, t)}</p>
          <p>{t('note.aggregate')}</p>
          <p>
            {t('note.underServed', {
              rule: t(`rule.${analysis.params.underServed.rule}`, {
                value: analysis.params.underServed.value,
              }),
            })}
          </p>
        </details>
      )}
      <div className="analysis-toolbar">
        <fieldset className="analysis-levels">
          <legend>{t('level')}</legend>
          {levels.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="analysis-level"
                checked={level === option}
                onChange={() => setAnalysis({ level: option })}
              />
              {t(`levelName.${option}`)}
            </label>
          ))}
        </fieldset>
        <AnalysisExports communes={kept} />
      </div>
      {gaps && (
        <GapTable
          rows={rows}
          figure={measure}
          figureLabel={figureLabel}
          onChoose={(code, kind) => store.getState().select({ kind, id: code })}
        />
      )}
    </section>
  );
}
