import { useTranslation } from 'react-i18next';
import { useAtlas } from '../ui/shared/store_context';

/** "N of M sites", always visible, announced politely when filters change it. */
export function SiteCount() {
  const { t } = useTranslation('app');
  const shown = useAtlas((state) => state.visible.length);
  const total = useAtlas((state) => state.sites.length);
  return (
    <p className="site-count" role="status" aria-live="polite" data-testid="site-count">
      {t('siteCount', { shown, total })}
    </p>
  );
}
