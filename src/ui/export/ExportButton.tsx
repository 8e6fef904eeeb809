import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas } from '../shared/store_context';

/** The dialog and the writers it uses load when the user first asks for an export. */
const ExportDialog = lazy(() => import('./ExportDialog'));

/** The header's Export button: opens the export dialog, and takes the focus back when it closes. */
export function ExportButton() {
  const { t } = useTranslation('export');
  const ready = useAtlas((state) => state.load.status === 'ready');
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The focus goes back once the dialog is gone: while a modal dialog is open, the rest of
  // the page is inert and cannot take it.
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="export-button"
        aria-haspopup="dialog"
        disabled={!ready}
        onClick={() => setOpen(true)}
      >
        {t('open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
