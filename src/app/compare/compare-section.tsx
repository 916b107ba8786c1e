// "Compare guidelines" on the review and summary steps: a disclosure that loads the side-by-side
// table (and the explanations of where the guidelines differ) only when it is opened.
import { lazy, Suspense, useId } from 'react';
import { Disclosure } from '../ui/disclosure.tsx';
import { useRole } from '../ui/role.ts';
import './compare.css';

const ComparePanel = lazy(() => import('./compare-panel.tsx'));

export const COMPARE_LABEL = 'Compare guidelines';

export function CompareSection() {
  const plain = useRole() === 'patient';
  const heading = useId();
  return (
    <section className="compare-section" aria-labelledby={heading}>
      <h3 id={heading}>{plain ? 'What each guideline says' : 'ESHRE, RCOG and ASRM side by side'}</h3>
      <p className="hint">
        {plain
          ? 'Three groups of experts wrote guidelines on recurrent miscarriage. See where they give you the same answer, and where they differ.'
          : 'Every item for this case under ESHRE 2022, RCOG 2023 and ASRM 2012, with why they differ.'}
      </p>
      <Disclosure label={COMPARE_LABEL} className="compare-disclosure">
        <Suspense fallback={<p role="status">Loading the comparison…</p>}>
          <ComparePanel />
        </Suspense>
      </Disclosure>
    </section>
  );
}
