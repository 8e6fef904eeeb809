import { type ReactNode, useId } from 'react';

/**
 * A column beside the working area that folds away to a narrow strip: the strip is the
 * button that unfolds it again, and says what it holds (a title, a count). The content
 * stays mounted while folded, so nothing typed in it (a form's draft) is lost.
 */
export function SidePanel({
  side,
  open,
  onOpenChange,
  title,
  badge,
  foldLabel,
  unfoldLabel,
  className,
  children,
}: {
  side: 'left' | 'right';
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Shown along the strip while folded. */
  title: string;
  /** A short note beside the title while folded (how many filters are on), and its words. */
  badge?: { text: string; label: string };
  foldLabel: string;
  unfoldLabel: string;
  className: string;
  children: ReactNode;
}) {
  const id = useId();
  // The chevron points the way the panel will move.
  const chevron = (side === 'left') === open ? '‹' : '›';
  const label = open ? foldLabel : badge ? `${unfoldLabel} (${badge.label})` : unfoldLabel;
  const toggle = (
    <button
      type="button"
      className="fold-toggle"
      aria-expanded={open}
      aria-controls={id}
      aria-label={label}
      title={label}
      onClick={() => onOpenChange(!open)}
    >
      <span className="fold-chevron" aria-hidden="true">
        {chevron}
      </span>
      {!open && (
        <span className="fold-title" aria-hidden="true">
          {title}
        </span>
      )}
      {!open && badge && (
        <span className="fold-badge" aria-hidden="true">
          {badge.text}
        </span>
      )}
    </button>
  );
  return (
    <div className={`side-panel side-${side}${open ? '' : ' folded'}`}>
      {side === 'right' && toggle}
      <div id={id} className={className} hidden={!open}>
        {children}
      </div>
      {side === 'left' && toggle}
    </div>
  );
}
