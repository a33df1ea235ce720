import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  /** Shown after the label, e.g. "(optional)". */
  labelSuffix?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** What a control needs to be labelled and described: pass it straight to the input. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** Label, hint and error around one control, wired with ids so screen readers read all three. */
export function Field({ label, hint, error, labelSuffix, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {labelSuffix ? <span className="field__suffix"> {labelSuffix}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
