import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount } from '../explore/filters';
import { formatNumber } from '../i18n';
import { useAtlas } from '../ui/shared/store_context';
import { SidePanel } from './SidePanel';

/**
 * The filters' column, folding away; folded, it says how many filters are on. It follows
 * only that count and its own fold, so a filter change redraws the strip, not the panel it
 * holds (given as `children` by a parent that does not redraw).
 */
export function FiltersSide({ children }: { children: ReactNode }) {
  const { t } = useTranslation('app');
  const open = useAtlas((state) => state.layout.filters);
  const setLayout = useAtlas((state) => state.setLayout);
  const language = useAtlas((state) => state.language);
  const active = useAtlas((state) => activeFilterCount(state.filters));
  return (
    <SidePanel
      side="left"
      className="atlas-filters"
      open={open}
      onOpenChange={(filters) => setLayout({ filters })}
      title={t('filtersTitle')}
      badge={
        active > 0
          ? { text: formatNumber(active, language), label: t('activeFilters', { count: active }) }
          : undefined
      }
      foldLabel={t('foldFilters')}
      unfoldLabel={t('unfoldFilters')}
    >
      {children}
    </SidePanel>
  );
}

/** The details' column, shown while something is selected, folding away. */
export function DetailsSide({ children }: { children: ReactNode }) {
  const { t } = useTranslation('app');
  const open = useAtlas((state) => state.layout.details);
  const setLayout = useAtlas((state) => state.setLayout);
  const hasSelection = useAtlas((state) => state.selection !== null);
  if (!hasSelection) return null;
  return (
    <SidePanel
      side="right"
      className="atlas-details"
      open={open}
      onOpenChange={(details) => setLayout({ details })}
      title={t('detailsTitle')}
      foldLabel={t('foldDetails')}
      unfoldLabel={t('unfoldDetails')}
    >
      {children}
    </SidePanel>
  );
}
