import { type KeyboardEvent, type PointerEvent, type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SPLIT, MIN_SPLIT } from '../store/view';
import { useAtlas } from '../ui/shared/store_context';

/** A share the arrow keys move the split by, and Page Up / Page Down. */
const STEP = 0.05;
const PAGE = 0.15;
/** Released this close to an edge (share of the area), the split gives way to one view alone. */
const SNAP = 0.1;

/**
 * The handle between the map and the panel (a window splitter): dragged with the pointer,
 * or moved with the arrow keys, Page Up / Page Down, Home and End. Let go near the top or
 * the bottom, it leaves the panel or the map alone.
 */
export function SplitHandle({ area }: { area: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('app');
  const split = useAtlas((state) => state.layout.split);
  const setLayout = useAtlas((state) => state.setLayout);
  const dragging = useRef(false);

  /** The pointer's height in the working area, as a share of it (null without one). */
  const shareAt = (clientY: number): number | null => {
    const box = area.current?.getBoundingClientRect();
    if (!box || box.height <= 0) return null;
    return (clientY - box.top) / box.height;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    dragging.current = true;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const share = shareAt(event.clientY);
    if (share !== null) setLayout({ split: share });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    const share = shareAt(event.clientY);
    if (share === null) return;
    if (share < SNAP) setLayout({ arrangement: 'panel' });
    else if (share > 1 - SNAP) setLayout({ arrangement: 'map' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowUp: split - STEP,
      ArrowDown: split + STEP,
      PageUp: split - PAGE,
      PageDown: split + PAGE,
      Home: MIN_SPLIT,
      End: MAX_SPLIT,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setLayout({ split: next });
  };

  const percent = Math.round(split * 100);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a window splitter has no HTML element; <hr> cannot be focused or dragged.
    <div
      className="split-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-controls="map-section site-table"
      aria-label={t('splitter')}
      aria-valuemin={Math.round(MIN_SPLIT * 100)}
      aria-valuemax={Math.round(MAX_SPLIT * 100)}
      aria-valuenow={percent}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        dragging.current = false;
      }}
      onKeyDown={onKeyDown}
    >
      <span className="split-grip" aria-hidden="true" />
    </div>
  );
}
