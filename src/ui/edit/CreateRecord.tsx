import { memo, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Selection } from '../../store/view';
import { useAtlas } from '../shared/store_context';
import { OrganizationForm } from './OrganizationForm';
import { ServiceForm } from './ServiceForm';
import './edit.css';

type Creating = 'service' | 'organization';

/**
 * "New service" and "New organisation": each opens its form in a modal dialog (the rest of
 * the page is inert meanwhile); once created, the new record is selected and its details
 * open. Escape or Cancel closes the dialog and the focus goes back to the button.
 */
export const CreateRecord = memo(function CreateRecord() {
  const { t } = useTranslation('edit');
  const select = useAtlas((state) => state.select);
  const [creating, setCreating] = useState<Creating | null>(null);
  const openers = useRef<Record<Creating, HTMLButtonElement | null>>({
    service: null,
    organization: null,
  });

  const close = (created?: Selection) => {
    const which = creating;
    setCreating(null);
    if (created) select(created);
    else if (which) openers.current[which]?.focus();
  };

  return (
    <div className="create-record">
      {(['service', 'organization'] as const).map((which) => (
        <button
          key={which}
          ref={(element) => {
            openers.current[which] = element;
          }}
          type="button"
          className="edit-open"
          onClick={() => setCreating(which)}
        >
          {t(which === 'service' ? 'newServiceButton' : 'newOrganizationButton')}
        </button>
      ))}
      {creating && (
        <ModalDialog
          label={t(creating === 'service' ? 'newService' : 'newOrganization')}
          onCancel={() => close()}
        >
          {creating === 'service' ? (
            <ServiceForm onDone={close} />
          ) : (
            <OrganizationForm onDone={close} />
          )}
        </ModalDialog>
      )}
    </div>
  );
});

/**
 * A native modal dialog, opened as soon as it is drawn. The browser keeps the focus inside
 * and makes the page behind inert; its Escape ("cancel") is handed to `onCancel`. Where
 * `showModal` is missing (jsdom), it opens as a plain dialog.
 */
function ModalDialog({
  label,
  onCancel,
  children,
}: {
  label: string;
  onCancel(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // The form inside puts the focus on its first field once the dialog is shown.
    dialog.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="edit-dialog"
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
