import type { ReactNode } from 'react';
import { useReadOnly } from '../shared/store_context';
import { OPENER_ATTRIBUTE } from './use_editing';
import './edit.css';

/** A button that opens a form (none when read-only); the focus comes back to it when the form closes. */
export function EditButton({
  opener,
  onClick,
  label,
  children,
}: {
  /** The key of the form it opens (see `useEditing`). */
  opener: string;
  onClick(): void;
  /** An accessible name longer than the visible text, which it must contain. */
  label?: string;
  children: ReactNode;
}) {
  const readOnly = useReadOnly();
  const attributes = { [OPENER_ATTRIBUTE]: opener };
  if (readOnly) return null;
  return (
    <button
      type="button"
      className="edit-open"
      aria-label={label}
      onClick={onClick}
      {...attributes}
    >
      {children}
    </button>
  );
}
