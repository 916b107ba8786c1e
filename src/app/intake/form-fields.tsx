// The pieces every intake field is built from: a label, an optional hint, the control, and the
// field's own error message, tied together with aria-describedby and aria-invalid.
import type { ReactNode } from 'react';
import { fieldId, type TriState } from '../../store/intake-draft.ts';
import { WORDS } from '../copy.ts';

export interface Binding {
  input: { id: string; name: string; onBlur: () => void; 'aria-invalid'?: true; 'aria-describedby'?: string };
  hint: ReactNode;
  error: ReactNode;
}

export interface FieldKit {
  bind(path: string, hint?: string): Binding;
  field(path: string, text: string, hint: string | undefined, control: (b: Binding) => ReactNode): ReactNode;
  triSelect(value: TriState, onChange: (v: TriState) => void, b: Binding, yes?: string, no?: string): ReactNode;
  /** A short number box, kept as the text typed (checked on submit, so nothing typed is lost). */
  numberInput(value: string, onChange: (v: string) => void, b: Binding, mode?: 'numeric' | 'decimal', options?: { required?: boolean }): ReactNode;
}

/**
 * Plain functions, not components: a component defined inside the form would remount (and lose
 * focus) on every keystroke. `errorsFor` gives a field's messages once it should show them.
 */
export function fieldKit(errorsFor: (path: string) => string[] | undefined, touch: (path: string) => void, plain: boolean): FieldKit {
  function bind(path: string, hint?: string): Binding {
    const id = fieldId(path);
    const errors = errorsFor(path);
    const describedBy = [hint ? `${id}-hint` : '', errors ? `${id}-error` : ''].filter(Boolean).join(' ');
    return {
      input: { id, name: path, onBlur: () => touch(path), 'aria-invalid': errors ? true : undefined, 'aria-describedby': describedBy || undefined },
      hint: hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null,
      error: errors ? (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">Error: </span>
          {errors.join(' ')}
        </p>
      ) : null,
    };
  }
  return {
    bind,
    field(path, text, hint, control) {
      const b = bind(path, hint);
      return (
        <div className="field">
          <label htmlFor={b.input.id}>{text}</label>
          {b.hint}
          {control(b)}
          {b.error}
        </div>
      );
    },
    triSelect(value, onChange, b, yes = 'Yes', no = 'No') {
      return (
        <select {...b.input} value={value} onChange={(e) => onChange(e.target.value as TriState)}>
          <option value="">{WORDS.notRecorded[plain ? 'patient' : 'clinician']}</option>
          <option value="yes">{yes}</option>
          <option value="no">{no}</option>
        </select>
      );
    },
    numberInput(value, onChange, b, mode = 'numeric', { required = false } = {}) {
      return (
        <input
          {...b.input}
          className="narrow"
          type="text"
          inputMode={mode}
          autoComplete="off"
          aria-required={required || undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    },
  };
}
