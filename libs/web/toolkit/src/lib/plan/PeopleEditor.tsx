import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@kinship/web/ui';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { TOOLKIT_NS } from '../toolkit.resources';
import type { PersonDraft } from './plan-draft';

const L = TOOLKIT_LIMITS.plan;

/** The plan's people to call: name, number and a note each. */
export function PeopleEditor({
  people,
  problems,
  onChange,
}: {
  people: PersonDraft[];
  problems: Record<number, 'phone' | 'name'>;
  onChange: (people: PersonDraft[]) => void;
}) {
  const { t } = useTranslation(TOOLKIT_NS);
  const set = (index: number, change: Partial<PersonDraft>) =>
    onChange(people.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <>
      <ul className="people-editor">
        {people.map((person, index) => {
          const legend = person.name.trim() || t('plan.people.person', { number: index + 1 });
          return (
            <li key={index}>
              <fieldset className="people-editor__person">
                <legend>{legend}</legend>
                <TextField
                  label={t('plan.people.name')}
                  value={person.name}
                  maxLength={L.personNameMax}
                  autoComplete="off"
                  error={problems[index] === 'name' ? t('plan.people.nameMissing') : null}
                  onChange={(event) => set(index, { name: event.target.value })}
                />
                <TextField
                  label={t('plan.people.phone')}
                  type="tel"
                  value={person.phone}
                  maxLength={32}
                  autoComplete="off"
                  error={problems[index] === 'phone' ? t('plan.people.phoneInvalid') : null}
                  onChange={(event) => set(index, { phone: event.target.value })}
                />
                <TextField
                  label={t('plan.people.note')}
                  labelSuffix={t('common.optional')}
                  value={person.note}
                  maxLength={L.personNoteMax}
                  placeholder={t('plan.people.notePlaceholder')}
                  onChange={(event) => set(index, { note: event.target.value })}
                />
                <Button variant="secondary" onClick={() => onChange(people.filter((_, i) => i !== index))}>
                  {t('plan.people.remove', { name: legend })}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {people.length < L.peopleMax ? (
        <Button variant="secondary" onClick={() => onChange([...people, { name: '', phone: '', note: '' }])}>
          {t('plan.people.add')}
        </Button>
      ) : null}
    </>
  );
}
