import { useTranslation } from 'react-i18next';
import type { SiteRow } from '../../explore/sites';
import { useAtlas } from '../shared/store_context';

/** The sites listed at most; the filters narrow a longer list. */
const SHOWN = 200;

interface SiteListProps {
  title: string;
  sites: readonly SiteRow[];
  onClose(): void;
}

/** The sites a figure counts, each opening its details (and showing it on the map). */
export function SiteList({ title, sites, onClose }: SiteListProps) {
  const { t } = useTranslation('quality');
  const select = useAtlas((state) => state.select);
  const setLayout = useAtlas((state) => state.setLayout);
  return (
    <section className="site-list" aria-labelledby="site-list-title">
      <div className="site-list-head">
        <h3 id="site-list-title">
          {title} <span className="pair-count">({t('listCount', { count: sites.length })})</span>
        </h3>
        <button type="button" onClick={onClose}>
          {t('closeList')}
        </button>
      </div>
      <ul>
        {sites.slice(0, SHOWN).map((site) => (
          <li key={site.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                select({ kind: 'site', id: site.id });
                setLayout({ details: true });
              }}
            >
              {site.service.name}
            </button>
            <span className="site-list-detail">
              {[site.organization?.name, site.location?.address_1, site.location?.city]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {sites.length > SHOWN && <p>{t('listMore', { count: sites.length - SHOWN })}</p>}
    </section>
  );
}
