import { type KeyboardEvent, type ReactNode, useEffect } from 'react';

/**
 * What the searchable pickers (commune filter, organisation picker of the forms) share:
 * ARIA 1.2 comboboxes whose input keeps the focus and names the active option with
 * aria-activedescendant; the options only answer the mouse.
 */

/**
 * The arrow keys of a combobox: ArrowDown opens a closed list on its first option; in an
 * open list the arrows move the active option, wrapping around. Returns true when the key
 * was an arrow (then handled).
 */
export function moveWithArrows(
  event: KeyboardEvent<HTMLInputElement>,
  list: {
    closed: boolean;
    activeIndex: number;
    /** The options shown (0 when none is). */
    count: number;
    open(): void;
    setActive(index: number): void;
  },
): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  event.preventDefault();
  const { closed, activeIndex, count } = list;
  if (event.key === 'ArrowDown' && closed) {
    list.open();
    list.setActive(0);
  } else if (count > 0) {
    list.setActive(
      event.key === 'ArrowDown'
        ? (activeIndex + 1) % count
        : activeIndex <= 0
          ? count - 1
          : activeIndex - 1,
    );
  }
  return true;
}

/**
 * The keys of a combobox's input: the arrows move the active option (`moveWithArrows`);
 * Enter chooses the active option of an open list; Escape calls `dismiss`, which undoes what
 * it can (closes the list, clears the text) and says whether it did: when it did not, the key
 * is left to the dialog or panel around. Returns true when the key was handled.
 */
export function handleComboboxKey(
  event: KeyboardEvent<HTMLInputElement>,
  list: Parameters<typeof moveWithArrows>[1] & {
    choose(index: number): void;
    dismiss(): boolean;
  },
): boolean {
  if (moveWithArrows(event, list)) return true;
  if (event.key === 'Enter') {
    if (list.closed || list.activeIndex < 0 || list.activeIndex >= list.count) return false;
    event.preventDefault();
    list.choose(list.activeIndex);
    return true;
  }
  if (event.key === 'Escape' && list.dismiss()) {
    event.preventDefault();
    event.stopPropagation();
    return true;
  }
  return false;
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
  /** Drawn as an option that would give nothing (a commune without a site). */
  dimmed?: boolean;
  /** The id of what describes the option beyond its name (e.g. its number of sites). */
  describedBy?: string;
  children: ReactNode;
}

/** One option of a combobox's list. */
export function ComboboxOption({
  id,
  active,
  onChoose,
  onHover,
  dimmed = false,
  describedBy,
  children,
}: ComboboxOptionProps) {
  return (
    // The keyboard is handled by the input (aria-activedescendant), not by the options.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      aria-describedby={describedBy}
      className={`combobox-option${active ? ' active' : ''}${dimmed ? ' option-none' : ''}`}
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
