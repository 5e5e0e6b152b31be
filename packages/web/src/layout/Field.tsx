import { type InputHTMLAttributes, type ReactElement, useId } from 'react';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
}

/** A labelled input with its hint and error announced to screen readers (WCAG 1.3.1, 3.3.1, 3.3.2). */
export function Field({ label, hint, error, id, ...input }: FieldProps): ReactElement {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <input id={inputId} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
    </div>
  );
}

/** A form-level message: errors are announced at once, confirmations politely. */
export function Notice({ kind, children }: { kind: 'error' | 'success'; children: string }): ReactElement {
  return (
    <p className={`notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
