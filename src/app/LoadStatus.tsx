import { useTranslation } from 'react-i18next';
import { useAtlas } from '../ui/shared/store_context';
import { TechnicalDetail } from '../ui/shared/TechnicalDetail';

/** Progress while the data loads, and a clear message with a retry if it cannot. */
export function LoadStatus({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('app');
  const load = useAtlas((state) => state.load);
  if (load.status === 'ready') return null;
  if (load.status === 'error') {
    return (
      <div className="load-status load-error" role="alert">
        <p>{t('loadFailed')}</p>
        {load.error && <TechnicalDetail detail={load.error} />}
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="load-status">
      <label>
        {t('loading')}
        <progress max={1} value={load.progress} />
      </label>
    </div>
  );
}
