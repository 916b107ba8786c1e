// The app: the first screen, or the open case. Everything stays in this browser.
import { useState } from 'react';
import type { ItemId } from '../engine/ids.ts';
import { useAppStore } from '../store/app-store.ts';
import { CaseWorkspace } from './case-workspace.tsx';
import { FlagsPanel } from './flags/flags-panel.tsx';
import { Footer } from './layout/footer.tsx';
import { Header } from './layout/header.tsx';
import { StartScreen } from './start/start-screen.tsx';
import { StorageProblems } from './layout/storage-problems.tsx';
import { UpdateBanner } from './layout/update-banner.tsx';
import { RoleContext } from './ui/role.ts';

export function App() {
  const openCaseId = useAppStore((s) => s.openCaseId);
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <StorageProblems />
      <UpdateBanner />
      {openCaseId ? <CaseWorkspace key={openCaseId} caseId={openCaseId} /> : <Home />}
    </>
  );
}

function Home() {
  const { role, guideline } = useAppStore((s) => s.preferences);
  const setRole = useAppStore((s) => s.setRole);
  const setGuideline = useAppStore((s) => s.setGuideline);
  const [asked, setAsked] = useState<ItemId | null>(null);
  return (
    <RoleContext.Provider value={role}>
      <Header role={role} onRole={setRole} guideline={guideline} onGuideline={setGuideline} choosers={false} />
      <div className="layout">
        <main id="main" tabIndex={-1} className="main">
          <StartScreen />
        </main>
        <FlagsPanel askedId={asked} guideline={guideline} onAsk={setAsked} />
      </div>
      <Footer guideline={guideline} role={role} />
    </RoleContext.Provider>
  );
}
