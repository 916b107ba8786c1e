// Words that depend on this device's preferences (role, guideline) on the prerendered first screen.
// The prerender (src/prerender.tsx) can only show a first visit's; the stored choice shows after
// hydration. Every variant is laid out in the same cell and only the chosen one is visible, so the
// box already has the size of the largest and switching moves nothing (no layout shift).
// Hidden variants (visibility: hidden, aria-hidden) are not read by screen readers.
import type { ReactNode } from 'react';

export function Reserved<K extends string>({ variants, shown }: { variants: Readonly<Record<K, ReactNode>>; shown: K }) {
  return (
    <span className="reserved">
      {(Object.keys(variants) as K[]).map((k) => (
        <span key={k} className={k === shown ? undefined : 'reserved-other'} aria-hidden={k === shown ? undefined : true}>
          {variants[k]}
        </span>
      ))}
    </span>
  );
}
