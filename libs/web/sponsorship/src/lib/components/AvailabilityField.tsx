import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@kinship/web/ui';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { minutesToTime, timeToMinutes, weekdayName } from '../utils/format';

export interface WindowValue {
  day: number;
  startMinute: number;
  endMinute: number;
}

/** Weekly windows in the member's zone: a day and a from–to time each; add and remove rows. */
export function AvailabilityField({
  value,
  onChange,
  error,
}: {
  value: readonly WindowValue[];
  onChange: (next: WindowValue[]) => void;
  error?: string | null;
}) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const update = (index: number, patch: Partial<WindowValue>) =>
    onChange(value.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  return (
    <fieldset className={['field', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
      <legend className="field__label">{t('availability.label')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('availability.hint')}
      </p>
      {error ? <p className="field__error">{error}</p> : null}
      {value.length === 0 ? <p className="muted">{t('availability.none')}</p> : null}
      <ul className="windows">
        {value.map((w, index) => (
          <li key={index} className="windows__row">
            <label>
              <span className="windows__label">{t('availability.day')}</span>
              <select
                className="field__control"
                value={w.day}
                onChange={(e) => update(index, { day: Number(e.target.value) })}
              >
                {[0, 1, 2, 3, 4, 5, 6].map((d) => (
                  <option key={d} value={d}>
                    {weekdayName(d, locale)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="windows__label">{t('availability.from')}</span>
              <input
                className="field__control"
                type="time"
                step={900}
                value={minutesToTime(w.startMinute)}
                onChange={(e) =>
                  update(index, { startMinute: timeToMinutes(e.target.value) ?? w.startMinute })
                }
              />
            </label>
            <label>
              <span className="windows__label">{t('availability.to')}</span>
              <input
                className="field__control"
                type="time"
                step={900}
                value={minutesToTime(Math.min(w.endMinute, 1439))}
                onChange={(e) => update(index, { endMinute: timeToMinutes(e.target.value) ?? w.endMinute })}
              />
            </label>
            <Button
              variant="secondary"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              aria-label={t('availability.remove', {
                day: weekdayName(w.day, locale),
                from: minutesToTime(w.startMinute),
                to: minutesToTime(w.endMinute),
              })}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        onClick={() => onChange([...value, { day: 1, startMinute: 18 * 60, endMinute: 20 * 60 }])}
      >
        {t('availability.add')}
      </Button>
    </fieldset>
  );
}

/** Every window ends after it starts. */
export const windowsValid = (windows: readonly WindowValue[]) =>
  windows.every((w) => w.endMinute > w.startMinute);
