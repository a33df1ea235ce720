import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextAreaField } from '@kinship/web/ui';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { CHECK_IN, MY_CHECK_INS } from '../graphql/check-ins.documents';
import { useErrorMessage } from '../shared/errors';
import { TOOLKIT_NS } from '../toolkit.resources';

const L = TOOLKIT_LIMITS.checkIn;
const MOODS = [1, 2, 3, 4, 5];
const CRAVINGS = [0, 1, 2, 3, 4];

interface Today {
  mood: number;
  craving: number;
  note: string;
}

function Scale({
  name,
  legend,
  values,
  value,
  onChange,
}: {
  name: 'mood' | 'craving';
  legend: string;
  values: number[];
  value: number | null;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <fieldset className="scale">
      <legend className="field__label">{legend}</legend>
      <div className="scale__options">
        {values.map((v) => (
          <label key={v} className="scale__option">
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span>
              {v} · {t(`checkIn.${name}.${v}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Today's check-in: mood and cravings on a five-step scale, and an optional note. */
export function CheckInForm({ today }: { today: Today | null }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const [mood, setMood] = useState<number | null>(today?.mood ?? null);
  const [craving, setCraving] = useState<number | null>(today?.craving ?? null);
  const [note, setNote] = useState(today?.note ?? '');
  const [missing, setMissing] = useState(false);
  const [save, { data, loading, error }] = useMutation(CHECK_IN, { refetchQueries: [MY_CHECK_INS] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mood === null || craving === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    await save({ variables: { input: { mood, craving, note } } }).catch(() => undefined);
  };
  const saved = data?.checkIn;

  return (
    <form className="form check-in-form" noValidate onSubmit={(event) => void submit(event)}>
      {today && !saved ? <p className="muted">{t('checkIn.already')}</p> : null}
      <Scale name="mood" legend={t('checkIn.mood.legend')} values={MOODS} value={mood} onChange={setMood} />
      <Scale
        name="craving"
        legend={t('checkIn.craving.legend')}
        values={CRAVINGS}
        value={craving}
        onChange={setCraving}
      />
      <TextAreaField
        label={t('checkIn.note')}
        labelSuffix={t('common.optional')}
        rows={2}
        maxLength={L.noteMax}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {missing ? (
        <Alert tone="error">
          <p>{t('checkIn.choose')}</p>
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error">
          <p>{errorMessage(error)}</p>
        </Alert>
      ) : null}
      <Button type="submit" busy={loading}>
        {loading ? t('common.saving') : today || saved ? t('checkIn.update') : t('checkIn.save')}
      </Button>
      {saved ? (
        <Alert tone="success">
          <p>{t('checkIn.saved')}</p>
          {saved.craving >= 3 ? (
            <p>
              {t('checkIn.strong')} <Link to="/toolkit/plan">{t('checkIn.plan')}</Link> ·{' '}
              <Link to="/help">{t('checkIn.help')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
    </form>
  );
}
