import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailPanel } from '../ui/details/DetailPanel';
import { ExportButton } from '../ui/export/ExportButton';
import { FilterPanel } from '../ui/filters/FilterPanel';
import { ConflictsPanel } from '../ui/history/ConflictsPanel';
import { EditToolbar } from '../ui/history/EditToolbar';
import { ImportButton } from '../ui/import/ImportButton';
import { useAtlas } from '../ui/shared/store_context';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LoadStatus } from './LoadStatus';
import { DetailsSide, FiltersSide } from './Sides';
import { Workspace } from './Workspace';

/** The profile for printing is not part of the first screen: loaded when it is opened. */
const ProfileView = lazy(() =>
  import('../ui/profile/ProfileView').then((module) => ({ default: module.ProfileView })),
);

/**
 * The explorer: the filters on the left, the working area (the map, the table or the
 * network, split or alone) and the details on the right, each side folding away; or, in
 * their place, the profile for printing of a commune or a province.
 */
export function App({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('app');
  const status = useAtlas((state) => state.load.status);
  const profile = useAtlas((state) => state.profile);
  return (
    <div className="atlas">
      <a className="skip-link" href="#site-table">
        {t('skipToTable')}
      </a>
      <header className="atlas-header">
        <div>
          <h1 title={t('title')}>{t('title')}</h1>
          <p className="subtitle" title={t('subtitle')}>
            {t('subtitle')}
          </p>
        </div>
        <div className="atlas-actions">
          {status === 'ready' && <EditToolbar />}
          <ExportButton />
          <ImportButton />
          <LanguageSwitcher />
        </div>
      </header>
      <LoadStatus onRetry={onRetry} />
      <ConflictsPanel />
      {status === 'ready' && profile !== null && (
        <Suspense fallback={<p className="map-loading">{t('loading')}</p>}>
          <ProfileView key={profile} code={profile} />
        </Suspense>
      )}
      {status === 'ready' && profile === null && (
        <div className="atlas-body">
          <FiltersSide>
            <FilterPanel />
          </FiltersSide>
          <Workspace />
          <DetailsSide>
            <DetailPanel />
          </DetailsSide>
        </div>
      )}
    </div>
  );
}
