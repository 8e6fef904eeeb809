import { useTranslation } from 'react-i18next';
import { activeFilterCount } from '../explore/filters';
import { DetailPanel } from '../ui/details/DetailPanel';
import { ExportButton } from '../ui/export/ExportButton';
import { FilterPanel } from '../ui/filters/FilterPanel';
import { ConflictsPanel } from '../ui/history/ConflictsPanel';
import { EditToolbar } from '../ui/history/EditToolbar';
import { ImportButton } from '../ui/import/ImportButton';
import { useAtlas } from '../ui/shared/store_context';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LoadStatus } from './LoadStatus';
import { SidePanel } from './SidePanel';
import { Workspace } from './Workspace';

/**
 * The explorer: the filters on the left, the working area (the map, the table or the
 * network, split or alone) and the details on the right, each side folding away.
 */
export function App({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('app');
  const status = useAtlas((state) => state.load.status);
  const hasSelection = useAtlas((state) => state.selection !== null);
  const layout = useAtlas((state) => state.layout);
  const setLayout = useAtlas((state) => state.setLayout);
  const activeFilters = useAtlas((state) => activeFilterCount(state.filters));
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
      {status === 'ready' && (
        <div className="atlas-body">
          <SidePanel
            side="left"
            className="atlas-filters"
            open={layout.filters}
            onOpenChange={(filters) => setLayout({ filters })}
            title={t('filtersTitle')}
            badge={
              activeFilters > 0
                ? {
                    text: String(activeFilters),
                    label: t('activeFilters', { count: activeFilters }),
                  }
                : undefined
            }
            foldLabel={t('foldFilters')}
            unfoldLabel={t('unfoldFilters')}
          >
            <FilterPanel />
          </SidePanel>
          <Workspace />
          {hasSelection && (
            <SidePanel
              side="right"
              className="atlas-details"
              open={layout.details}
              onOpenChange={(details) => setLayout({ details })}
              title={t('detailsTitle')}
              foldLabel={t('foldDetails')}
              unfoldLabel={t('unfoldDetails')}
            >
              <DetailPanel />
            </SidePanel>
          )}
        </div>
      )}
    </div>
  );
}
