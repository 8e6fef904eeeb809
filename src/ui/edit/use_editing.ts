import { type RefObject, useEffect, useRef, useState } from 'react';

/** The attribute that marks the button opening a form, so the focus can go back to it. */
export const OPENER_ATTRIBUTE = 'data-edit-opener';

/**
 * Which form a detail panel shows instead of its content, if any. When the form closes,
 * the focus goes back to the button that opened it (found again by its `opener` key, since
 * the content was redrawn), or to the panel's heading if that button is gone.
 */
/** Form keys are words, ids (UUIDs) and colons: safe inside a quoted attribute selector. */
export function useEditing<T extends string>(root: RefObject<HTMLElement | null>) {
  const [editing, setEditing] = useState<T | null>(null);
  const returnTo = useRef<string | null>(null);

  useEffect(() => {
    if (editing !== null || returnTo.current === null) return;
    const key = returnTo.current;
    returnTo.current = null;
    const opener = root.current?.querySelector<HTMLElement>(`[${OPENER_ATTRIBUTE}="${key}"]`);
    (opener ?? root.current?.querySelector<HTMLElement>('h2'))?.focus();
  }, [editing, root]);

  return {
    editing,
    open(which: T) {
      returnTo.current = which;
      setEditing(which);
    },
    close() {
      setEditing(null);
    },
  };
}
