import { useTranslation } from 'react-i18next';

export interface PlacementBarProps {
  /** The location's name or address, as the user knows it. */
  name: string;
  onCancel(): void;
}

/**
 * The instruction bar over the map while a location is being placed: what to do with the
 * pointer and with the keyboard, and how to leave.
 */
export function PlacementBar({ name, onCancel }: PlacementBarProps) {
  const { t } = useTranslation('map');
  return (
    <section className="atlas-placement-bar" aria-label={t('placementRegion')}>
      <div>
        <p role="status">{t('placementInstruction', { name })}</p>
        <p className="atlas-placement-hint">{t('placementKeyboard')}</p>
      </div>
      <button type="button" onClick={onCancel}>
        {t('placementCancel')}
      </button>
    </section>
  );
}
