// A button that shows and hides a panel (aria-expanded + aria-controls): works the same in every browser and in jsdom.
import { type ReactNode, useId, useState } from 'react';

export function Disclosure({
  label,
  ariaLabel,
  children,
  className,
  initiallyOpen = false,
}: {
  label: ReactNode;
  /** A fuller name for assistive technology; it must begin with the visible label (WCAG 2.5.3). */
  ariaLabel?: string;
  children: ReactNode;
  className?: string;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <div className={`disclosure ${className ?? ''}`}>
      <button type="button" className="link-button" aria-expanded={open} aria-controls={id} aria-label={ariaLabel} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="chevron">
          {open ? '▾' : '▸'}
        </span>{' '}
        {label}
      </button>
      <div id={id} hidden={!open} className="disclosure-panel">
        {open ? children : null}
      </div>
    </div>
  );
}
