// The footer on every screen: guideline edition and rule version, what the tool is not, privacy,
// and the switch for single-key shortcuts.
import type { GuidelineId, Role } from '../../../guidelines/ids.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DISCLAIMER, PATIENT_DISCLAIMER } from '../../../guidelines/wording.ts';
import { guidelineEdition } from '../guidelines.ts';
import { ShieldIcon } from '../ui/icons.tsx';

export function Footer({ guideline, role }: { guideline: GuidelineId; role: Role }) {
  const edition = guidelineEdition(guideline);
  const shortcuts = useAppStore((s) => s.preferences.shortcuts);
  const setShortcuts = useAppStore((s) => s.setShortcuts);
  return (
    <footer className="site-footer">
      <p>
        <strong>Guideline:</strong>{' '}
        <a href={edition.url} rel="noreferrer">
          {edition.title}
        </a>{' '}
        (published {edition.published}) · <strong>Rule version</strong> {edition.ruleVersion}
      </p>
      <p>{role === 'patient' ? PATIENT_DISCLAIMER : DISCLAIMER}</p>
      <p>
        <ShieldIcon /> Private: nothing leaves this device. Cases are saved in this browser only.
      </p>
      <div className="shortcut-toggle">
        <input id="shortcuts-toggle" type="checkbox" checked={shortcuts} onChange={(e) => setShortcuts(e.target.checked)} />
        <label htmlFor="shortcuts-toggle">
          Single-key shortcuts: <kbd>N</kbd> next step, <kbd>B</kbd> back, <kbd>/</kbd> check a test or treatment
        </label>
      </div>
    </footer>
  );
}
