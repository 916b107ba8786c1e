// The flags panel on the first screen. Its markup is prerendered with the start screen
// (src/prerender.tsx) and shown at once; its code (with the rule files) loads once someone uses the
// page (src/pwa/idle.ts), in idle time, and React then hydrates it; a click on it before then is
// replayed by React once it has hydrated. Until then that markup is a first visit's, so the panel keeps a first visit's
// role and guideline: a change reaching it before its code would make React throw the markup away and
// show "Loading…" instead. Once loaded it follows this device's preferences.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { GuidelineId, ItemId, Role } from '../../guidelines/ids.ts';
import { idle, someoneActs } from '../pwa/idle.ts';
import { useAppStore } from '../store/app-store.ts';
import { RoleContext } from './ui/role.ts';

let flagsModule: Promise<typeof import('./flags/flags-panel.tsx')> | undefined;
/** The flags panel's code, fetched once, in the first idle period after someone has started using the page. */
export const loadFlagsWhenIdle = () =>
  (flagsModule ??= someoneActs()
    .then(idle)
    .then(() => import('./flags/flags-panel.tsx')));

const FlagsPanel = lazy(() => loadFlagsWhenIdle().then((m) => ({ default: m.FlagsPanel })));
const FIRST_VISIT = useAppStore.getInitialState().preferences;

export function HomeFlags({ role, guideline, askedId, onAsk }: { role: Role; guideline: GuidelineId; askedId: ItemId | null; onAsk: (id: ItemId) => void }) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadFlagsWhenIdle().then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);
  const shownRole = loaded ? role : FIRST_VISIT.role;
  const shownGuideline = loaded ? guideline : FIRST_VISIT.guideline;
  // The same element while nothing it shows has changed, so re-renders above never reach it.
  return useMemo(
    () => (
      <RoleContext.Provider value={shownRole}>
        <Suspense
          fallback={
            <aside className="flags-panel" aria-label="Flags">
              <p className="loading" role="status">
                Loading the flags panel…
              </p>
            </aside>
          }
        >
          <FlagsPanel askedId={askedId} guideline={shownGuideline} onAsk={onAsk} />
        </Suspense>
      </RoleContext.Provider>
    ),
    [shownRole, shownGuideline, askedId, onAsk],
  );
}
