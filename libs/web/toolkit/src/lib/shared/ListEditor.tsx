import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@kinship/web/ui';
import { TOOLKIT_NS } from '../toolkit.resources';

export interface ListEditorProps {
  /** The group's name, e.g. "Warning signs". */
  legend: string;
  /** How one item is called for screen readers, e.g. "Warning sign" → "Warning sign 2". */
  itemLabel: string;
  hint?: string;
  items: string[];
  onChange: (items: string[]) => void;
  maxItems: number;
  maxLength: number;
  placeholder?: string;
  /** When a heading right above already names the list, the legend is for screen readers only. */
  legendHidden?: boolean;
}

/**
 * An editable list of short texts: one labelled input per item, a remove button each, and "Add another"
 * (which moves the focus to the new input). Blank items are fine while editing; the API drops them.
 */
export function ListEditor({
  legend,
  itemLabel,
  hint,
  items,
  onChange,
  maxItems,
  maxLength,
  placeholder,
  legendHidden = false,
}: ListEditorProps) {
  const { t } = useTranslation(TOOLKIT_NS);
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const focusLast = useRef(false);
  const rows = items.length > 0 ? items : [''];

  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    const inputs = listRef.current?.querySelectorAll('input');
    inputs?.[inputs.length - 1]?.focus();
  }, [rows.length]);

  const set = (index: number, value: string) => onChange(rows.map((v, i) => (i === index ? value : v)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

  return (
    <fieldset className="list-editor" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className={legendHidden ? 'tk-sr-only' : 'field__label'}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <ul ref={listRef} className="list-editor__items">
        {rows.map((value, index) => {
          const label = t('common.list.item', { label: itemLabel, number: index + 1 });
          return (
            <li key={index} className="list-editor__item">
              <label className="tk-sr-only" htmlFor={`${id}-${index}`}>
                {label}
              </label>
              <input
                id={`${id}-${index}`}
                className="field__control"
                value={value}
                maxLength={maxLength}
                placeholder={index === 0 ? placeholder : undefined}
                onChange={(event) => set(index, event.target.value)}
              />
              {rows.length > 1 || value ? (
                <Button
                  variant="secondary"
                  className="list-editor__remove"
                  aria-label={t('common.list.remove', { item: label })}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {rows.length < maxItems ? (
        <Button
          variant="secondary"
          aria-label={t('common.list.addLabel', { item: itemLabel })}
          onClick={() => {
            focusLast.current = true;
            onChange([...rows, '']);
          }}
        >
          {t('common.list.add')}
        </Button>
      ) : null}
    </fieldset>
  );
}
