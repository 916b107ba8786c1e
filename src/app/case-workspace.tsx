// An open case: one workup actor (restored from its saved snapshot), saved again on every change,
// with the progress, the current step, and the flags panel beside it.
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { workupMachine } from '../../machines/workup-machine.ts';
import { isCoreDomain } from '../../machines/steps.ts';
import type { ItemId } from '../../guidelines/ids.ts';
import { useAppStore } from '../store/app-store.ts';
import { draftAge } from '../store/intake-draft.ts';
import { type Answer, FlagsPanel } from './flags/flags-panel.tsx';
import { EditHistory, IntakeStep } from './intake/intake-step.tsx';
import { Footer } from './layout/footer.tsx';
import { focusFlagSearch, Header } from './layout/header.tsx';
import { caseLabel } from './start/saved-cases.tsx';
import { RoleContext } from './ui/role.ts';
import { DefinitionStep } from './walkthrough/definition-step.tsx';
import { DomainStep } from './walkthrough/domain-step.tsx';
import { GuidelineChangeNotice } from './walkthrough/guideline-change.tsx';
import { ProgressNav } from './walkthrough/progress-nav.tsx';
import { ReviewStep } from './walkthrough/review-step.tsx';
import { SummaryStep } from './walkthrough/summary-step.tsx';
import { TriageBanner } from './walkthrough/triage-panel.tsx';
import { actorOptions, selectEvaluation, selectGuideline, selectStep, Workup } from './workup/workup-context.ts';

export function CaseWorkspace({ caseId }: { caseId: string }) {
  // Another tab's newer version of this case restarts the workup from it.
  const reloads = useAppStore((s) => s.reloads[caseId] ?? 0);
  // Read once per opening: the actor is created from the saved snapshot, then owns the workflow.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloads` re-reads the saved case when another tab saved a newer one
  const options = useMemo(() => {
    const { cases, preferences } = useAppStore.getState();
    return actorOptions(cases[caseId]!, preferences);
  }, [caseId, reloads]);
  return (
    <Workup.Provider key={`${caseId}:${reloads}`} logic={workupMachine} options={options}>
      <CaseShell caseId={caseId} />
    </Workup.Provider>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function CaseShell({ caseId }: { caseId: string }) {
  const actor = Workup.useActorRef();
  const step = Workup.useSelector(selectStep);
  const role = useAppStore((s) => s.preferences.role);
  const guideline = Workup.useSelector(selectGuideline);
  const evaluation = Workup.useSelector(selectEvaluation);
  const asked = Workup.useSelector((s) => s.context.asked);
  const hasCase = Workup.useSelector((s) => s.context.case !== null);
  const saved = useAppStore((s) => s.cases[caseId]);
  const shortcuts = useAppStore((s) => s.preferences.shortcuts);
  const { setRole, saveMachine, saveDraft, closeCase } = useAppStore.getState();
  const [editing, setEditing] = useState(false);

  // The workup is saved with its case on every change (the store skips a snapshot it already holds).
  useEffect(() => {
    const save = () => saveMachine(caseId, actor.getPersistedSnapshot());
    save();
    const sub = actor.subscribe(save);
    return () => sub.unsubscribe();
  }, [actor, caseId, saveMachine]);

  // Single-key shortcuts, off while typing and switchable off (WCAG 2.1.4).
  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const snap = actor.getSnapshot();
      if (e.key === 'n' || e.key === 'N') {
        if (snap.can({ type: 'step.next' })) actor.send({ type: 'step.next' });
        else if (snap.can({ type: 'definition.continue', acknowledged: false })) actor.send({ type: 'definition.continue', acknowledged: false });
        else if (!snap.matches('summary') && snap.can({ type: 'summary.open' })) actor.send({ type: 'summary.open' });
      } else if (e.key === 'b' || e.key === 'B') {
        if (snap.can({ type: 'step.back' })) actor.send({ type: 'step.back' });
      } else if (e.key === '/') {
        e.preventDefault();
        focusFlagSearch();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actor, shortcuts]);

  /** Asks about an item; true when that added it to the open case's requests ("Added to this case"). */
  function ask(id: ItemId): boolean {
    const before = actor.getSnapshot().context.case?.requested ?? [];
    actor.send({ type: 'item.ask', id });
    // Before the case exists, keep the question in the draft so it joins the case on submit.
    const c = useAppStore.getState().cases[caseId];
    if (!hasCase && c && !(c.draft.requested ?? []).includes(id)) saveDraft(caseId, { ...c.draft, requested: [...(c.draft.requested ?? []), id] });
    return hasCase && !before.includes(id);
  }

  let answer: Answer | null = null;
  if (evaluation && asked) {
    answer = evaluation.items.find((i) => i.id === asked) ?? evaluation.flags.find((f) => f.id === asked) ?? null;
  }

  let content: ReactNode;
  if (editing && hasCase) content = <EditHistory caseId={caseId} onDone={() => setEditing(false)} />;
  else if (step === 'intake') content = <IntakeStep caseId={caseId} />;
  else if (step === 'definition') content = <DefinitionStep />;
  else if (step === 'review') content = <ReviewStep />;
  else if (step === 'summary') content = <SummaryStep />;
  else if (isCoreDomain(step) || step === 'immune') content = <DomainStep key={step} step={step} />;

  const label = saved ? caseLabel(saved) : 'Case';
  // An age still to correct is shown where it was typed, with its message, not in the title.
  const age = saved ? draftAge(saved.draft) : undefined;
  return (
    <RoleContext.Provider value={role}>
      <Header role={role} onRole={setRole} guideline={guideline} onGuideline={(g) => actor.send({ type: 'guideline.change', guideline: g })}>
        <button type="button" className="button secondary" onClick={closeCase}>
          All cases
        </button>
      </Header>
      <div className="layout">
        <ProgressNav />
        <main id="main" tabIndex={-1} className="main">
          <div className="case-head">
            <h1 className="case-title">
              {label}
              {age !== undefined ? <span className="case-sub">, age {age}</span> : null}
            </h1>
            {hasCase && step !== 'intake' && !editing ? (
              <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
                Edit history
              </button>
            ) : null}
          </div>
          {role === 'nurse' && evaluation && step !== 'summary' ? <TriageBanner evaluation={evaluation} /> : null}
          <GuidelineChangeNotice />
          {content}
        </main>
        <FlagsPanel flags={evaluation?.flags} answer={answer} askedId={asked} guideline={guideline} onAsk={ask} closeKey={editing ? 'editing' : step} />
      </div>
      <Footer guideline={guideline} role={role} />
    </RoleContext.Provider>
  );
}
