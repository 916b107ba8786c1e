// Declining an item needs a reason: the machine's guard decides (snapshot.can), the form shows why not.
import { type FormEvent, useId, useState } from 'react';
import { useFormDraft } from '../../store/form-drafts.ts';
import type { ItemId } from '../../../guidelines/ids.ts';
import { useCopy } from '../ui/role.ts';
import { useWorkupEvents, Workup } from '../workup/workup-context.ts';

export function DeclineForm({ id, name, onDone }: { id: ItemId; name: string; onDone: (message: string) => void }) {
  const copy = useCopy();
  const [reason, setReason] = useFormDraft(`decline:${id}:reason`, '');
  const [tried, setTried] = useState(false);
  const { send } = useWorkupEvents();
  const event = { type: 'item.decline', id, reason } as const;
  const allowed = Workup.useSelector((s) => s.can(event));
  const uid = useId();
  const error = tried && !allowed ? copy.declineReasonMissing : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!allowed) return;
    send(event);
    onDone(`${name}: declined.`);
  }

  return (
    <form className="decline-form" onSubmit={submit} noValidate aria-label={`${copy.declineButton}: ${name}`}>
      <div className="field">
        <label htmlFor={`${uid}-reason`}>{copy.declineReasonLabel}</label>
        <p id={`${uid}-hint`} className="hint">
          {copy.declineReasonHint}
        </p>
        <textarea
          // Opened on request, so the reason field takes focus.
          // biome-ignore lint/a11y/noAutofocus: the form opens only when the user asks for it, so focus follows their action
          autoFocus
          id={`${uid}-reason`}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${uid}-hint${error ? ` ${uid}-error` : ''}`}
        />
        {error ? (
          <p id={`${uid}-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button secondary">
        {copy.declineButton}
      </button>
    </form>
  );
}
