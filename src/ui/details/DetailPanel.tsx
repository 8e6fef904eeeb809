import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { atlasIndex } from '../../explore/atlas_index';
import { useAtlas } from '../shared/store_context';
import { AreaDetails, type DetailArea } from './AreaDetails';
import { CommuneDetails } from './CommuneDetails';
import { OrganizationDetails } from './OrganizationDetails';
import { SiteDetails } from './SiteDetails';
import '../shared/common.css';
import './details.css';

/**
 * The details of what is selected: a site (a service at a location), an organisation, a
 * commune or a province. Buttons inside select related things; the close button or Escape clears the
 * selection. Data is shown as text; links are only http(s), mailto and tel.
 */
export function DetailPanel() {
  const { t } = useTranslation('details');
  const selection = useAtlas((state) => state.selection);
  const dataset = useAtlas((state) => state.dataset);
  const sites = useAtlas((state) => state.sites);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const select = useAtlas((state) => state.select);
  // Indexed only while something is shown: every edit changes the dataset, and with nothing
  // selected the index would be built for nothing.
  const showing = selection !== null;
  const index = useMemo(
    () => (showing ? atlasIndex(dataset, sites) : null),
    [showing, dataset, sites],
  );
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef(selection);

  // Following a link inside the panel replaces its content: the focus goes to the new heading
  // rather than being lost. A selection made elsewhere (map, table) leaves the focus there.
  useEffect(() => {
    if (shown.current === selection) return;
    shown.current = selection;
    const active = document.activeElement;
    const inside = active === document.body || rootRef.current?.contains(active);
    if (inside) headingRef.current?.focus();
  }, [selection]);

  if (!selection || !index) return null;

  let content: React.ReactNode = null;
  if (selection.kind === 'site') {
    const site = index.siteById.get(selection.id);
    // Keyed by what is shown, so a form open on one record closes when another is selected.
    if (site) {
      content = <SiteDetails key={site.id} site={site} index={index} headingRef={headingRef} />;
    }
  } else if (selection.kind === 'organization') {
    const organization = index.organizationById.get(selection.id);
    if (organization) {
      content = (
        <OrganizationDetails
          key={organization.id}
          organization={organization}
          index={index}
          headingRef={headingRef}
        />
      );
    }
  } else if (selection.kind === 'province' || selection.kind === 'arrondissement') {
    const area = gazetteer?.areaByNis(selection.id);
    if (gazetteer && area?.level === selection.kind) {
      content = (
        <AreaDetails
          key={area.nis_code}
          area={area as DetailArea}
          communes={gazetteer.communesOfArea(area.nis_code)}
          index={index}
          headingRef={headingRef}
        />
      );
    }
  } else {
    const commune = gazetteer?.communeByNis(selection.id);
    if (commune)
      content = <CommuneDetails commune={commune} index={index} headingRef={headingRef} />;
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      select(null);
    }
  };

  return (
    <section ref={rootRef} className="detail-panel" aria-label={t('region')} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="detail-close"
        aria-label={t('close')}
        title={t('close')}
        onClick={() => select(null)}
      >
        <span aria-hidden="true">×</span>
      </button>
      {content ?? <p className="detail-empty">{t('notFound')}</p>}
    </section>
  );
}
