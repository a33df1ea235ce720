import { useId, type ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
  lang?: string;
}

/** A group of checkboxes in a fieldset with a legend (and a hint the group is described by). */
export function CheckboxGroup({
  legend,
  hint,
  error,
  choices,
  value,
  onChange,
  name,
}: {
  legend: string;
  hint?: string;
  error?: string | null;
  choices: readonly Choice[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  name: string;
}) {
  const id = useId();
  const toggle = (choice: string, on: boolean) =>
    onChange(on ? [...value, choice] : value.filter((v) => v !== choice));
  return (
    <fieldset
      className={['field', 'choice-group', error ? 'field--invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={
        [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined
      }
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <div className="choice-group__items">
        {choices.map((c) => (
          <label key={c.value} className="choice" lang={c.lang}>
            <input
              type="checkbox"
              name={name}
              value={c.value}
              checked={value.includes(c.value)}
              onChange={(e) => toggle(c.value, e.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One labelled checkbox with an optional hint under it. */
export function Checkbox({
  label,
  hint,
  checked,
  onChange,
  name,
}: {
  label: ReactNode;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
