import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas } from '../shared/store_context';
import { ImportDialog } from './ImportDialog';

/** Opens the import dialog, once the data it adds to (or replaces) is loaded. */
export function ImportButton() {
  const { t } = useTranslation('import');
  const ready = useAtlas((state) => state.load.status === 'ready');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
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
