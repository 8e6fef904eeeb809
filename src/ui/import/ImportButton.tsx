import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas, useReadOnly } from '../shared/store_context';
import { ImportDialog } from './ImportDialog';

/**
 * Opens the import dialog, once the data it adds to (or replaces) is loaded; none when the
 * Atlas is read-only (no storage to keep an import in).
 */
export function ImportButton() {
  const { t } = useTranslation('import');
  const ready = useAtlas((state) => state.load.status === 'ready');
  const readOnly = useReadOnly();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (readOnly) return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="import-open"
        disabled={!ready}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('open')}
      </button>
      {open && (
        <ImportDialog
          onClose={() => {
            setOpen(false);
            // Back where the user was, once the page is no longer inert.
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </>
  );
}
