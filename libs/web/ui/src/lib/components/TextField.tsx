import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

interface Labelled {
  label: string;
  hint?: string;
  error?: string | null;
  labelSuffix?: string;
}

export type TextFieldProps = Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled text input with an optional hint and error (aria-describedby, aria-invalid). */
export function TextField({ label, hint, error, labelSuffix, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} labelSuffix={labelSuffix} className={className}>
      {(control) => <input className="field__control" type="text" {...input} {...control} />}
    </Field>
  );
}

export type TextAreaFieldProps = Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({
  label,
  hint,
  error,
  labelSuffix,
  className,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} labelSuffix={labelSuffix} className={className}>
      {(control) => <textarea className="field__control" rows={5} {...textarea} {...control} />}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

export type SelectFieldProps = Labelled &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & { options: readonly SelectOption[] };

export function SelectField({
  label,
  hint,
  error,
  labelSuffix,
  className,
  options,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} labelSuffix={labelSuffix} className={className}>
      {(control) => (
        <select className="field__control" {...select} {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
