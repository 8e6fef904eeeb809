import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../analysis/gaps/gaps';
import { latestFigures } from '../../analysis/gaps/input';
import { methodNote } from '../../analysis/gaps/method_notes';
import { isFiltered } from '../../explore/filters';
import { exportDate } from '../../export/export_formats';
import { gapTableCsv } from '../../export/gap_table';
import { formatPeriod } from '../../i18n/format_period';
import { liveMapControllers } from '../../map/live_map_controllers';
import { snapshotMap } from '../../map/map_snapshot';
import type { Indicator } from '../../model/schemas';
import { areaName } from '../../places/place_names';
import { gapsFor } from '../../store/analysis';
import { selectChoropleth, selectPerCapita, selectPopulations } from '../../store/choropleth';
import { saveBlob } from '../shared/save_file';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { legendItems } from './legend_items';
import { reportImage } from './report_image';
import { useFigureLabel } from './use_figure_label';

/** The indicator the analysis shows, with its latest figure per place; none for a measure. */
function indicatorName(measure: string, indicators: readonly Indicator[]) {
  if (!measure.startsWith('indicator:')) return undefined;
  const name = measure.slice('indicator:'.length);
  return { name, latest: latestFigures(indicators, name) };
}

/** The sources of the figures shown, with their dates, each once (at most four, then "…"). */
function sourcesOf(latest: ReadonlyMap<string, Indicator>): string {
  const sources = new Set<string>();
  for (const figure of latest.values()) {
    const date = figure.reference_date || String(figure.year ?? '');
    sources.add([figure.source, date].filter(Boolean).join(', '));
  }
  const listed = [...sources].filter(Boolean);
  return listed.length > 4 ? `${listed.slice(0, 4).join(' ; ')} ; …` : listed.join(' ; ');
}

/**
 * The analysis' exports: its table as CSV (the places listed, with the parameters, the date
 * and the method notes in `#` lines, and the latest figure of the indicator shown; semicolons
 * and decimal commas in French and Dutch, as Belgian Excel opens them), and the map as a PNG with its title, legend, scale bar and
 * sources (the map colours itself first when it was not).
 */
export function AnalysisExports({ communes }: { communes: ReadonlySet<string> }) {
  const { t } = useTranslation(['analysis', 'app']);
  const store = useAtlasStore();
  const gaps = useAtlas(gapsFor);
  const figureLabel = useFigureLabel();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const nameOf = (code: string) => {
    const { gazetteer, language } = store.getState();
    const area = gazetteer?.areaByNis(code);
    return area ? areaName(area, language) : code;
  };

  const exportCsv = () => {
    const state = store.getState();
    const result = gapsFor(state);
    if (!result) return;
    const all = communes.size === state.gazetteer?.communes.length;
    const text = gapTableCsv(result, {
      nameOf,
      t,
      date: exportDate(),
      filters: isFiltered(state.filters)
        ? t('filtersNote', { count: state.visible.length, total: state.sites.length })
        : '',
      delimiter: state.language === 'en' ? ',' : ';',
      communes: all ? null : communes,
      indicator: indicatorName(state.analysis.measure, state.dataset.indicators),
    });
    saveBlob(
      `atlas-gaps-${exportDate()}.csv`,
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
    );
  };

  const exportPng = async () => {
    setProblem('');
    const [live] = liveMapControllers.values();
    if (!live) {
      setProblem(t('exportNeedsMap'));
      return;
    }
    setBusy(true);
    try {
      if (!store.getState().analysis.choropleth) store.getState().setAnalysis({ choropleth: true });
      const snapshot = await snapshotMap(live);
      const state = store.getState();
      const choropleth = selectChoropleth(state);
      const result = gapsFor(state);
      const { measure } = state.analysis;
      const indicator = indicatorName(measure, state.dataset.indicators);
      const method = indicator
        ? [
            t(state.analysis.month ? 'indicatorSourcesMonth' : 'indicatorSources', {
              indicator: indicator.name,
              month: formatPeriod(state.analysis.month, state.language),
              sources: sourcesOf(indicator.latest),
            }),
            selectPerCapita(state)
              ? t('perCapitaNote', {
                  date: formatPeriod(selectPopulations(state).date, state.language),
                })
              : '',
          ]
            .filter(Boolean)
            .join(' ')
        : result
          ? methodNote(measure as Measure, result, t)
          : '';
      const image = reportImage(snapshot, {
        title: figureLabel,
        subtitle: t('computedOn', { date: exportDate() }),
        legendTitle: figureLabel,
        legend: choropleth ? legendItems(choropleth, measure, state.language, t) : [],
        // The boundaries' attribution, as their licence asks (data/reference/SOURCES.md).
        attribution: [t('attribution'), method].filter(Boolean).join(' — '),
      });
      const blob = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, 'image/png'));
      if (blob) saveBlob(`atlas-map-${exportDate()}.png`, blob);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="analysis-exports">
      <button type="button" onClick={exportCsv} disabled={!gaps}>
        {t('exportCsv')}
      </button>
      <button
        type="button"
        onClick={() => void exportPng()}
        disabled={!gaps || busy}
        aria-describedby={problem ? 'analysis-export-problem' : undefined}
      >
        {busy ? t('exporting') : t('exportPng')}
      </button>
      {problem && (
        <p id="analysis-export-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
