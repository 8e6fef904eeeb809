import {
  type KeyboardEvent,
  type SyntheticEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isFiltered } from '../../explore/filters';
import {
  changesetExport,
  DELIMITED_FORMATS,
  datasetExport,
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  exportDate,
  exportFileName,
} from '../../export/export_formats';
import { type CheckedHsdsExport, checkedHsdsExport } from '../../export/hsds_check';
import { subsetOfSites } from '../../export/subset';
import type { Dataset } from '../../model/dataset';
import { type AreaCatalogue, areaCatalogue } from '../../places/area_catalogue';
import { unexportedCount } from '../../store/editing';
import { saveFile } from '../shared/save_file';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { HsdsReport } from './HsdsReport';
import '../shared/common.css';
import './export.css';

type Scope = 'all' | 'filtered';

export interface ExportDialogProps {
  onClose(): void;
  /** Where a file goes: a browser download by default; tests pass a stand-in. */
  save?: (file: ExportFile) => void;
  /** The day in the file names (today by default). */
  date?: string;
}

/** The HSDS package of one dataset, once built and read back (it is checked off the main path). */
/** The names and boundaries of the service areas' units, from the map's boundaries. */
function useAreaCatalogue(): AreaCatalogue | undefined {
  const geography = useAtlas((state) => state.geography);
  return useMemo(() => (geography ? areaCatalogue(geography) : undefined), [geography]);
}

function useCheckedHsds(
  enabled: boolean,
  dataset: Dataset,
  options: { date: string; filtered: boolean; areas: AreaCatalogue | undefined },
): CheckedHsdsExport | null {
  const gazetteer = useAtlas((state) => state.gazetteer);
  const [checked, setChecked] = useState<{ of: Dataset; result: CheckedHsdsExport } | null>(null);
  const { date, filtered, areas } = options;
  useEffect(() => {
    if (!enabled || !gazetteer) return;
    // A tick first, so "Checking…" is painted before the work starts.
    const timer = setTimeout(() => {
      setChecked({
        of: dataset,
        result: checkedHsdsExport(dataset, gazetteer, { date, filtered, areas }),
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [enabled, dataset, gazetteer, date, filtered, areas]);
  return checked?.of === dataset ? checked.result : null;
}

/**
 * Export, as a modal dialog: a format (flat CSV, normalised CSV in a zip, GeoJSON, HSDS
 * package, or the local changes as a changeset), all data or the filtered sites, and `;`
 * separators for Excel. The HSDS package is checked first and its validation report shown
 * before it can be downloaded. Escape or Close closes it.
 */
export default function ExportDialog({
  onClose,
  save = saveFile,
  date: givenDate,
}: ExportDialogProps) {
  const { t } = useTranslation('export');
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const sites = useAtlas((state) => state.sites);
  const visible = useAtlas((state) => state.visible);
  const filtered = useAtlas((state) => isFiltered(state.filters));
  const done = useAtlas((state) => state.history.done);
  const unexported = useAtlas(unexportedCount);
  const baseVersion = useAtlas((state) => state.baseVersion);
  const [format, setFormat] = useState<ExportFormat>('flat-csv');
  const [scope, setScope] = useState<Scope>(filtered ? 'filtered' : 'all');
  const [semicolon, setSemicolon] = useState(false);
  const [internal, setInternal] = useState(false);
  const [saved, setSaved] = useState('');
  const [date] = useState(() => givenDate ?? exportDate());
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = {
    title: useId(),
    hint: useId(),
    scopeHint: useId(),
    semicolonHint: useId(),
    internalHint: useId(),
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  const subset = scope === 'filtered' && format !== 'changeset';
  const chosen = useMemo(
    () => (scope === 'filtered' ? subsetOfSites(dataset, visible) : dataset),
    [scope, dataset, visible],
  );
  const areas = useAreaCatalogue();
  const hsds = useCheckedHsds(format === 'hsds', chosen, { date, filtered: subset, areas });
  const name = exportFileName(format, date, subset);
  const changeCount = done.reduce((sum, transaction) => sum + transaction.changes.length, 0);
  const unavailable =
    (format === 'changeset' && done.length === 0) || (format === 'hsds' && hsds === null);

  const download = () => {
    let file: ExportFile;
    if (format === 'changeset') {
      file = changesetExport(done, baseVersion, date, undefined, { includeInternal: internal });
    } else if (format === 'hsds') {
      if (!hsds) return;
      file = hsds.file;
    } else {
      file = datasetExport(chosen, {
        format,
        delimiter: semicolon ? ';' : ',',
        filtered: subset,
        date,
        includeInternal: internal,
        areas,
      });
    }
    save(file);
    if (format === 'changeset') store.getState().markExported(done);
    setSaved(file.name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={ids.title}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      <h2 id={ids.title}>{t('title')}</h2>
      <fieldset className="export-choice" aria-describedby={ids.hint}>
        <legend>{t('format')}</legend>
        {EXPORT_FORMATS.map((id) => (
          <label key={id}>
            <input
              type="radio"
              name="export-format"
              value={id}
              checked={format === id}
              onChange={() => {
                setFormat(id);
                setSaved('');
              }}
            />
            {t(`formatName.${id}`)}
          </label>
        ))}
      </fieldset>
      <p id={ids.hint} className="export-hint">
        {t(`formatHint.${format}`)}
      </p>
      {format !== 'changeset' && (
        <fieldset className="export-choice" aria-describedby={ids.scopeHint}>
          <legend>{t('scope')}</legend>
          <label>
            <input
              type="radio"
              name="export-scope"
              value="all"
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            {t('scopeAll', { count: sites.length })}
          </label>
          <label>
            <input
              type="radio"
              name="export-scope"
              value="filtered"
              checked={scope === 'filtered'}
              onChange={() => setScope('filtered')}
            />
            {t('scopeFiltered', { shown: visible.length, total: sites.length })}
          </label>
          <p id={ids.scopeHint} className="export-hint">
            {t('scopeHint')}
          </p>
        </fieldset>
      )}
      {DELIMITED_FORMATS.includes(format) && (
        <label className="export-option">
          <input
            type="checkbox"
            checked={semicolon}
            onChange={(event) => setSemicolon(event.target.checked)}
            aria-describedby={format === 'flat-csv' ? ids.semicolonHint : undefined}
          />
          {t('semicolon')}
          {format === 'flat-csv' && (
            <span id={ids.semicolonHint} className="export-hint">
              {' '}
              {t('semicolonHint')}
            </span>
          )}
        </label>
      )}
      {format !== 'hsds' && (
        <label className="export-option">
          <input
            type="checkbox"
            checked={internal}
            onChange={(event) => setInternal(event.target.checked)}
            aria-describedby={ids.internalHint}
          />
          {t('internal')}
          <span id={ids.internalHint} className="export-hint">
            {' '}
            {t('internalHint')}
          </span>
        </label>
      )}
      {format === 'hsds' &&
        (hsds ? (
          <HsdsReport report={hsds.report} />
        ) : (
          <p role="status" className="export-status">
            {t('checking')}
          </p>
        ))}
      {format === 'changeset' && (
        <p className="export-status" data-testid="changeset-summary">
          {done.length === 0
            ? t('noChanges')
            : t('changesetSummary', {
                changes: changeCount,
                actions: done.length,
                unexported,
              })}
        </p>
      )}
      <div className="export-actions">
        <button type="button" className="export-download" onClick={download} disabled={unavailable}>
          {t('download', { name })}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p role="status" className="export-saved">
        {saved ? t('downloaded', { name: saved }) : ''}
      </p>
    </dialog>
  );
}
