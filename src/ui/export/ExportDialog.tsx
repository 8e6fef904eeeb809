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
  csvDelimiterFor,
  DELIMITED_FORMATS,
  datasetExport,
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  exportDate,
  exportFileName,
  templateFileName,
  WORKBOOK_FORMATS,
  workbookExport,
} from '../../export/export_formats';
import { type CheckedHsdsExport, checkedHsdsExport } from '../../export/hsds_check';
import { sitesInCommune, sitesOfOrganization, subsetOfSites } from '../../export/subset';
import type { FormatId } from '../../formats/types';
import type { Translate } from '../../i18n';
import type { Dataset } from '../../model/dataset';
import { LANGUAGES, type Language } from '../../model/languages';
import { type AreaCatalogue, areaCatalogue } from '../../places/area_catalogue';
import { namedCommunes } from '../../places/place_names';
import { unexportedCount } from '../../store/editing';
import { saveFile } from '../shared/save_file';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { HsdsReport } from './HsdsReport';
import '../shared/common.css';
import './export.css';

type Scope = 'all' | 'filtered';
/** Whom a collection template asks: an organisation, a commune, or the filtered sites. */
type Target = 'organization' | 'commune' | 'filtered';

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
 * package, or the local changes as a changeset), all data or the filtered sites, and the
 * CSV separator (`;` in French and Dutch, `,` in English, as Excel there expects). The HSDS package is checked first and its validation report shown
 * before it can be downloaded. Escape or Close closes it.
 */
/**
 * One target of a collection template: a radio button and the list it picks from; choosing
 * in the list chooses the target too.
 */
function TargetChoice({
  label,
  checked,
  onCheck,
  value,
  onChange,
  options,
}: {
  label: string;
  checked: boolean;
  onCheck(): void;
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label>
      <input type="radio" name="template-target" checked={checked} onChange={onCheck} />
      {label}{' '}
      <select
        aria-label={label}
        value={value}
        onChange={(event) => {
          onCheck();
          onChange(event.target.value);
        }}
      >
        <option value="">—</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function ExportDialog({
  onClose,
  save = saveFile,
  date: givenDate,
}: ExportDialogProps) {
  const { t, i18n } = useTranslation('export');
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
  const language = useAtlas((state) => state.language);
  const [semicolon, setSemicolon] = useState(() => csvDelimiterFor(language) === ';');
  const [internal, setInternal] = useState(false);
  const [saved, setSaved] = useState('');
  const [preparing, setPreparing] = useState(false);
  const [target, setTarget] = useState<Target>('organization');
  const [partnerLanguage, setPartnerLanguage] = useState<Language>(language);
  const [toCheck, setToCheck] = useState(true);
  const organizations = useMemo(
    () => [...dataset.organizations].sort((a, b) => a.name.localeCompare(b.name, language)),
    [dataset, language],
  );
  const gazetteer = useAtlas((state) => state.gazetteer);
  // The picker names the communes in the user's language; the workbook, in the partner's.
  const communes = useMemo(
    () => namedCommunes(gazetteer?.communes ?? [], language),
    [gazetteer, language],
  );
  const partnerCommunes = useMemo(
    () => namedCommunes(gazetteer?.communes ?? [], partnerLanguage),
    [gazetteer, partnerLanguage],
  );
  const [organizationId, setOrganizationId] = useState('');
  const [communeNis, setCommuneNis] = useState('');
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

  const template = format === 'template';
  const subset = template || (scope === 'filtered' && format !== 'changeset');
  const templateSites = useMemo(() => {
    if (target === 'organization') return sitesOfOrganization(sites, organizationId);
    if (target === 'commune') return sitesInCommune(sites, communeNis);
    return visible;
  }, [target, sites, visible, organizationId, communeNis]);
  const chosen = useMemo(() => {
    if (template) return subsetOfSites(dataset, templateSites);
    return scope === 'filtered' ? subsetOfSites(dataset, visible) : dataset;
  }, [template, templateSites, scope, dataset, visible]);
  const subject =
    target === 'organization'
      ? (organizations.find((organization) => organization.id === organizationId)?.name ?? '')
      : target === 'commune'
        ? (partnerCommunes.find((commune) => commune.nis_code === communeNis)?.name ?? '')
        : t('templateFilteredSubject');
  const areas = useAreaCatalogue();
  const hsds = useCheckedHsds(format === 'hsds', chosen, { date, filtered: subset, areas });
  const name =
    template && subject ? templateFileName(subject, date) : exportFileName(format, date, subset);
  const changeCount = done.reduce((sum, transaction) => sum + transaction.changes.length, 0);
  const unavailable =
    preparing ||
    (format === 'changeset' && done.length === 0) ||
    (format === 'hsds' && hsds === null) ||
    (template && target !== 'filtered' && !subject);

  const downloadWorkbook = async (kind: 'xlsx' | 'indicators-xlsx' | 'template') => {
    setPreparing(true);
    try {
      const file = await workbookExport(chosen, {
        format: kind,
        date,
        filtered: subset,
        includeInternal: internal && !template,
        language: kind === 'template' ? partnerLanguage : language,
        t: i18n.getFixedT(kind === 'template' ? partnerLanguage : language) as Translate,
        communes: (kind === 'template' ? partnerCommunes : communes).map(({ name }) => name),
        ...(kind === 'template' ? { subject, toCheck } : {}),
      });
      save(file);
      setSaved(file.name);
    } finally {
      setPreparing(false);
    }
  };

  const download = () => {
    if (WORKBOOK_FORMATS.includes(format)) {
      void downloadWorkbook(format as 'xlsx' | 'indicators-xlsx' | 'template');
      return;
    }
    let file: ExportFile;
    if (format === 'changeset') {
      file = changesetExport(done, baseVersion, date, undefined, { includeInternal: internal });
    } else if (format === 'hsds') {
      if (!hsds) return;
      file = hsds.file;
    } else {
      file = datasetExport(chosen, {
        format: format as FormatId,
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
      {template && (
        <fieldset className="export-choice export-template">
          <legend>{t('templateFor')}</legend>
          <TargetChoice
            label={t('templateOrganization')}
            checked={target === 'organization'}
            onCheck={() => setTarget('organization')}
            value={organizationId}
            onChange={setOrganizationId}
            options={organizations.map((organization) => ({
              value: organization.id,
              label: organization.name,
            }))}
          />
          <TargetChoice
            label={t('templateCommune')}
            checked={target === 'commune'}
            onCheck={() => setTarget('commune')}
            value={communeNis}
            onChange={setCommuneNis}
            options={communes.map((commune) => ({
              value: commune.nis_code,
              label: commune.name,
            }))}
          />
          <label>
            <input
              type="radio"
              name="template-target"
              checked={target === 'filtered'}
              onChange={() => setTarget('filtered')}
            />
            {t('scopeFiltered', { shown: visible.length, total: sites.length })}
          </label>
          <label className="export-option">
            {t('partnerLanguage')}{' '}
            <select
              value={partnerLanguage}
              onChange={(event) => setPartnerLanguage(event.target.value as Language)}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`languageName.${code}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="export-option">
            <input
              type="checkbox"
              checked={toCheck}
              onChange={(event) => setToCheck(event.target.checked)}
            />
            <span className="export-template-text">{t('templateToCheck')}</span>
          </label>
          <p className="export-hint">{t('templateCount', { count: templateSites.length })}</p>
        </fieldset>
      )}
      {format !== 'changeset' && !template && (
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
      {format !== 'hsds' && !template && (
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
        {preparing ? t('preparing') : saved ? t('downloaded', { name: saved }) : ''}
      </p>
    </dialog>
  );
}
