// The app: the first screen, or the open case. Everything stays in this browser.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ItemId } from '../../guidelines/ids.ts';
import { idle } from '../pwa/idle.ts';
import { useAppStore } from '../store/app-store.ts';
import { HomeFlags, loadFlagsWhenIdle } from './home-flags.tsx';
import { Footer } from './layout/footer.tsx';
import { Header } from './layout/header.tsx';
import { StartScreen } from './start/start-screen.tsx';
import { ErrorBoundary } from './layout/error-boundary.tsx';
import { StorageProblems } from './layout/storage-problems.tsx';
import { SyncNotices } from './layout/sync-notices.tsx';
import { UpdateBanner } from './layout/update-banner.tsx';
import { RoleContext } from './ui/role.ts';

// The first screen needs neither the rules nor the engine: they load with the case workspace and
// the flags panel (home-flags.tsx), in idle time once someone uses the page, so the first load stays
// close to React's own size.
const loadWorkspace = () => import('./case-workspace.tsx');
const CaseWorkspace = lazy(() => loadWorkspace().then((m) => ({ default: m.CaseWorkspace })));

function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function App() {
  return (
    <ErrorBoundary>
      <Shell />
    </ErrorBoundary>
  );
}

function Shell() {
  const openCaseId = useAppStore((s) => s.openCaseId);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <StorageProblems />
      <SyncNotices />
      <UpdateBanner />
      {/* Keyed by the open case: going back to the first screen from the recovery screen starts it afresh. */}
      <ErrorBoundary key={openCaseId ?? 'home'}>
        {openCaseId ? (
          <Suspense fallback={<Loading what="the case" />}>
            <CaseWorkspace key={openCaseId} caseId={openCaseId} />
          </Suspense>
        ) : (
          <Home />
        )}
      </ErrorBoundary>
    </>
  );
}

function Home() {
  const { role, guideline } = useAppStore((s) => s.preferences);
  const setRole = useAppStore((s) => s.setRole);
  const setGuideline = useAppStore((s) => s.setGuideline);
  const [asked, setAsked] = useState<ItemId | null>(null);
  // Fetch the workspace while the user reads the first screen, so starting a case does not wait: in
  // an idle period after the flags panel's (so once someone uses the page), so the two never run in
  // one long task.
  useEffect(() => {
    let live = true;
    void loadFlagsWhenIdle()
      .then(idle)
      .then(() => {
        if (live) void loadWorkspace();
      });
    return () => {
      live = false;
    };
  }, []);
  // The flags panel is outside the role provider: it has its own (home-flags.tsx), so that a stored
  // role arriving after hydration does not reach it before its code has loaded and it has hydrated.
  return (
    <>
      <RoleContext.Provider value={role}>
        <Header role={role} onRole={setRole} guideline={guideline} onGuideline={setGuideline} choosers={false} />
      </RoleContext.Provider>
      <div className="layout">
        <RoleContext.Provider value={role}>
          <main id="main" tabIndex={-1} className="main">
            <StartScreen />
          </main>
        </RoleContext.Provider>
        <HomeFlags role={role} guideline={guideline} askedId={asked} onAsk={setAsked} />
      </div>
      <RoleContext.Provider value={role}>
        <Footer guideline={guideline} role={role} />
      </RoleContext.Provider>
    </>
  );
}
