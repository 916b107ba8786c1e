// Inline SVG icons: drawn the same on every system (no emoji font needed), hidden from assistive
// technology because the text beside them says the same.
export function LockIcon({ open }: { open: boolean }) {
  return (
    <svg className="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d={open ? 'M5 7V4.5a3 3 0 0 1 5.8-1.1' : 'M5 7V4.5a3 3 0 0 1 6 0V7'} fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

export function ShieldIcon() {
  return (
    <svg className="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.2 2.5 3.3v4.2c0 3.4 2.3 6 5.5 7.3 3.2-1.3 5.5-3.9 5.5-7.3V3.3z" fill="currentColor" />
    </svg>
  );
}
