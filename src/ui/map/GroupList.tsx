import { useTranslation } from 'react-i18next';
import type { SiteRow } from '../../explore/sites';
import { formatNumber } from '../../i18n';
import { CATEGORY_COLORS } from '../../map/palette';
import type { SiteGroup } from '../../map/site_groups';
import { CATEGORIES } from '../../model/enums';
import type { Language } from '../../model/languages';
import { groupText } from './group_text';

/**
 * The list a group symbol opens: where the sites are (their commune, and that no address
 * is known), then the sites by category, each a button that selects it; for sites placed in
 * a commune, a button that shows the commune. Names from data are rendered as text.
 */
export function GroupList({
  group,
  language,
  onSelectSite,
  onShowCommune,
}: {
  group: SiteGroup;
  language: Language;
  onSelectSite: (site: SiteRow) => void;
  onShowCommune: (nisCode: string) => void;
}) {
  const { t } = useTranslation(['map', 'model']);
  const { place, summary } = groupText(group, t, language);
  const commune = group.inArea ? group.sites[0]?.commune : undefined;
  const byCategory = CATEGORIES.map(
    (category) =>
      [category, group.sites.filter((site) => site.service.category === category)] as const,
  ).filter(([, sites]) => sites.length > 0);
  return (
    <section className="group-list" aria-label={t('map:groupList')}>
      <h3>{place}</h3>
      <p className="group-summary">{summary}</p>
      <div className="group-sites">
        {byCategory.map(([category, sites]) => (
          <div key={category} className="group-category">
            <h4>
              <span
                className="legend-dot"
                aria-hidden="true"
                style={{ background: CATEGORY_COLORS[category] }}
              />
              {t(`model:category.${category}`)} ({formatNumber(sites.length, language)})
            </h4>
            <ul>
              {sites.map((site) => (
                <li key={site.id}>
                  <button type="button" className="link-button" onClick={() => onSelectSite(site)}>
                    {site.service.name}
                  </button>
                  {site.organization && site.organization.name !== site.service.name && (
                    <span className="group-organization"> — {site.organization.name}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {commune && (
        <button
          type="button"
          className="group-commune"
          onClick={() => onShowCommune(commune.nis_code)}
        >
          {t('map:showCommune')}
        </button>
      )}
    </section>
  );
}
