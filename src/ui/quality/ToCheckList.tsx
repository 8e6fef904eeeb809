import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCheckList } from '../../analysis/completeness/to_check';
import { toCheckFileName, workbookExport } from '../../export/export_formats';
import { sitesOfOrganization, subsetOfSites } from '../../export/subset';
import { toCheckCsv } from '../../export/to_check_csv';
import type { Translate } from '../../i18n';
import { collator, namedCommunes } from '../../places/place_names';
import { organizationSearch } from '../edit/search_options';
import { SearchPicker } from '../shared/SearchPicker';
import { saveBlob, saveFile } from '../shared/save_file';
import { useAtlas } from '../shared/store_context';

/**
 * A partner's "to check" list: the records of one organisation that lack something, and
 * what, to send them as a workbook (the collection template's, with a first column naming
 * what each row lacks, which they can fill in and send back) or a CSV file, in the user's
 * language.
 */
export function ToCheckList({ today }: { today: string }) {
  const { t, i18n } = useTranslation(['quality', 'model', 'edit']);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const [preparing, setPreparing] = useState(false);
  const dataset = useAtlas((state) => state.dataset);
  const sites = useAtlas((state) => state.sites);
  const language = useAtlas((state) => state.language);
  const partner = useAtlas((state) => state.quality.partner);
  const setQuality = useAtlas((state) => state.setQuality);
  const select = useAtlas((state) => state.select);
  const setLayout = useAtlas((state) => state.setLayout);
  const search = useMemo(
    () => organizationSearch(dataset.organizations, t, collator(language).compare),
    [dataset.organizations, t, language],
  );
  const organization = dataset.organizations.find((org) => org.id === partner);
  const rows = useMemo(
    () => (partner ? toCheckList(dataset, partner, today) : []),
    [dataset, partner, today],
  );

  const open = (table: string, id: string) => {
    if (table === 'organizations') select({ kind: 'organization', id });
    else {
      const key = table === 'services' ? 'service' : 'location';
      const site = sites.find((row) => row[key]?.id === id);
      if (site) select({ kind: 'site', id: site.id });
    }
    setLayout({ details: true });
  };
  const download = () => {
    if (!organization) return;
    const csv = toCheckCsv(rows, {
      organization: organization.name,
      date: today,
      t,
      delimiter: language === 'en' ? ',' : ';',
    });
    saveBlob(
      toCheckFileName(organization.name, today, 'csv'),
      new Blob([csv], { type: 'text/csv' }),
    );
  };

  const downloadWorkbook = async () => {
    if (!organization) return;
    setPreparing(true);
    try {
      const file = await workbookExport(
        subsetOfSites(dataset, sitesOfOrganization(sites, organization.id)),
        {
          format: 'template',
          date: today,
          language,
          t: i18n.getFixedT(language) as Translate,
          communes: namedCommunes(gazetteer?.communes ?? [], language).map(({ name }) => name),
          subject: organization.name,
          toCheck: true,
          toCheckFile: true,
        },
      );
      saveFile(file);
    } finally {
      setPreparing(false);
    }
  };

  return (
    <section className="to-check" aria-labelledby="to-check-title">
      <h3 id="to-check-title">{t('partnerTitle')}</h3>
      <p>{t('partnerIntro')}</p>
      <label className="to-check-picker" htmlFor="to-check-partner">
        {t('partner')}
      </label>
      <SearchPicker
        inputId="to-check-partner"
        value={partner}
        onChange={(id) => setQuality({ partner: id })}
        search={search}
        labelOf={(id) => dataset.organizations.find((org) => org.id === id)?.name ?? ''}
        placeholder={t('partnerPlaceholder')}
      />
      {organization &&
        (rows.length === 0 ? (
          <p>{t('partnerComplete')}</p>
        ) : (
          <>
            <table className="to-check-table">
              <thead>
                <tr>
                  <th scope="col">{t('column.table')}</th>
                  <th scope="col">{t('column.name')}</th>
                  <th scope="col">{t('column.missing')}</th>
                  <th scope="col">{t('column.lastVerified')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>{t(`recordKind.${row.table}`)}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => open(row.table, row.id)}
                      >
                        {row.name || t('noName')}
                      </button>
                    </td>
                    <td>{row.missing.map((missing) => t(`missing.${missing}`)).join(', ')}</td>
                    <td>{row.last_verified}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="to-check-downloads">
              <button type="button" onClick={() => void downloadWorkbook()} disabled={preparing}>
                {t('downloadWorkbook')}
              </button>
              <button type="button" onClick={download}>
                {t('downloadCsv')}
              </button>
            </div>
            <p className="to-check-hint">{t('downloadWorkbookHint')}</p>
          </>
        ))}
    </section>
  );
}
