// The outlook for her age and number of losses, in the guideline's own words (never a number the
// guideline does not give), with its source one click away for clinicians.
import type { Evaluation } from '../../engine/evaluation.ts';
import { SUMMARY_COPY } from '../copy.ts';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { useCopy, useRole } from '../ui/role.ts';

/** The guideline's own words on the outlook for this age and number of losses, with its source. */
export function Prognosis({ evaluation }: { evaluation: Evaluation }) {
  const plain = useRole() === 'patient';
  const copy = useCopy();
  const p = evaluation.prognosis;
  if (!p) return null;
  return (
    <section className="summary-section prognosis" aria-labelledby="prognosis-heading">
      <h3 id="prognosis-heading">{SUMMARY_COPY.prognosis}</h3>
      <p>{plain ? p.plainText : p.text}</p>
      {plain ? null : (
        <Disclosure label={copy.whyAndSource} ariaLabel={`${copy.whyAndSource}: ${SUMMARY_COPY.prognosis}`}>
          <CitationBlock citation={p.citation} />
        </Disclosure>
      )}
    </section>
  );
}
