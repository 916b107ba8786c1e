// The start screen rendered to HTML at build time (scripts/prerender-plugin.ts puts it into
// dist/index.html), so the page paints its real first screen before any JavaScript runs; src/main.tsx
// then hydrates the same tree. It renders what a first visit shows: default preferences, no saved
// cases (there is no localStorage here). What this device holds replaces it after hydration (zustand
// serves its initial state while hydrating, so the two renders match).
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app.tsx';

/** The markup of `<App />` as a first visit sees it, lazy parts (the flags panel) included. */
export async function renderStartScreen(): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
