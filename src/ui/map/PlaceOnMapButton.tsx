import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas } from '../shared/store_context';

/**
 * Starts placing a location on the map (a click or a drag there puts it, with precision
 * 'exact'); pressed while it is being placed, and pressing it again cancels. Kept free of
 * MapLibre so the detail panel can show it without loading the map's code. When the
 * placement ends with the focus left on the map or nowhere, the focus comes back here, so a
 * keyboard user continues where they started.
 */
export function PlaceOnMapButton({ locationId }: { locationId: string }) {
  const { t } = useTranslation('map');
  const active = useAtlas((state) => state.placing === locationId);
  const setPlacing = useAtlas((state) => state.setPlacing);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasActive = useRef(active);

  useEffect(() => {
    const ended = wasActive.current && !active;
    wasActive.current = active;
    const button = buttonRef.current;
    if (!ended || !button?.isConnected) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest('.atlas-map-view')) {
      button.focus();
    }
  }, [active]);

  return (
    <button
      ref={buttonRef}
      type="button"
      className="place-on-map"
      aria-pressed={active}
      title={active ? t('placingNow') : undefined}
      onClick={() => setPlacing(active ? null : locationId)}
    >
      {t('placeOnMap')}
    </button>
  );
}
