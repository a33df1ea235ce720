import { useTranslation } from 'react-i18next';
import { TextField } from '@kinship/web/ui';
import { TOOLKIT_NS } from '../toolkit.resources';

/** What is wrong with a typed clean date, or null: it must be a date, and today or earlier. */
export function cleanDateProblem(value: string, today: string): 'invalid' | 'future' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'invalid';
  return value > today ? 'future' : null;
}

export function CleanDateField({
  label,
  value,
  today,
  problem,
  onChange,
}: {
  label: string;
  value: string;
  today: string;
  problem: 'invalid' | 'future' | null;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <TextField
      label={label}
      hint={t('recovery.form.hint')}
      type="date"
      name="cleanDate"
      max={today}
      min="1900-01-01"
      value={value}
      required
      error={
        problem === 'future'
          ? t('recovery.form.future')
          : problem === 'invalid'
            ? t('recovery.form.invalid', { example: today })
            : null
      }
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
