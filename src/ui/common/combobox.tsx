import { type KeyboardEvent, type ReactNode, useEffect } from 'react';

/**
 * What the searchable pickers (commune filter, organisation picker of the forms) share:
 * ARIA 1.2 comboboxes whose input keeps the focus and names the active option with
 * aria-activedescendant; the options only answer the mouse.
 */

/**
 * The option an arrow key moves to (wrapping around), or null for another key or an empty
 * list. The caller opens the list on ArrowDown when it is closed.
 */
export function arrowTarget(
  event: KeyboardEvent<HTMLInputElement>,
  activeIndex: number,
  count: number,
): number | null {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return null;
  event.preventDefault();
  if (count === 0) return null;
  if (event.key === 'ArrowDown') return (activeIndex + 1) % count;
  return activeIndex <= 0 ? count - 1 : activeIndex - 1;
}

/** Keeps the active option in view as the arrows move through a long list. */
export function useActiveOptionInView(activeId: string | undefined): void {
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);
}

interface ComboboxOptionProps {
  id: string;
  active: boolean;
  onChoose(): void;
  /** The pointer is over the option: it becomes the active one. */
  onHover(): void;
  children: ReactNode;
}

/** One option of a combobox's list. */
export function ComboboxOption({ id, active, onChoose, onHover, children }: ComboboxOptionProps) {
  return (
    // The keyboard is handled by the input (aria-activedescendant), not by the options.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={active ? 'combobox-option active' : 'combobox-option'}
      // Keeps the focus in the input, so the list does not close before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={() => {
        if (!active) onHover();
      }}
    >
      {children}
    </div>
  );
}
