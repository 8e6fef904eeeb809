import { useTranslation } from 'react-i18next';
import './technical_detail.css';

/**
 * A library's or the browser's own words about a failure (JSON.parse's, the unzipper's, an
 * exception's), shown after the sentence that says it in the user's language: marked as a
 * technical detail, in English as it was written, never part of the sentence.
 */
export function TechnicalDetail({ detail }: { detail: string }) {
  const { t } = useTranslation('app');
  return (
    <small className="technical-detail">
      {t('technicalDetail')} <code lang="en">{detail}</code>
    </small>
  );
}
