import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '@kinship/web/data';
import { Alert, Button, PageHeading, TextAreaField } from '@kinship/web/ui';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { MY_PLAN, SAVE_PLAN } from '../graphql/plan.documents';
import { writePlan } from '../shared/cache';
import { useErrorMessage } from '../shared/errors';
import { ListEditor } from '../shared/ListEditor';
import { RequireMember } from '../shared/RequireMember';
import { TOOLKIT_NS } from '../toolkit.resources';
import { PeopleEditor } from './PeopleEditor';
import { draftOf, inputOf, peopleProblems, type PlanDraft } from './plan-draft';
import { SponsorEntry } from './SponsorEntry';

const L = TOOLKIT_LIMITS.plan;
const HALT = ['hungry', 'angry', 'lonely', 'tired'] as const;
const TRIGGERS = ['people', 'places', 'things', 'feelings'] as const;

function PlanForm({ plan }: { plan: PlanFieldsFragment }) {
  const { t, i18n } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SAVE_PLAN, {
    update: (cache, { data }) => writePlan(cache, data?.savePlan),
  });
  const problems = checked ? peopleProblems(draft.people) : {};
  const change = (next: Partial<PlanDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...next }));
  };
  const list = (
    key: 'warningSigns' | 'copingActions' | 'reasons',
    legend: string,
    item: string,
    hint?: string,
  ) => (
    <ListEditor
      legend={legend}
      itemLabel={item}
      hint={hint}
      items={draft[key]}
      maxItems={L.listMax}
      maxLength={L.itemMax}
      legendHidden
      onChange={(items) => change({ [key]: items })}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(peopleProblems(draft.people)).length > 0) return;
    try {
      await save({ variables: { input: inputOf(draft) } });
      setSaved(true);
    } catch {
      // shown below from `error`
    }
  };

  return (
    <form className="form plan-form" noValidate onSubmit={(event) => void submit(event)}>
      <section aria-labelledby="plan-signs">
        <h2 id="plan-signs">{t('plan.warningSigns.legend')}</h2>
        {list(
          'warningSigns',
          t('plan.warningSigns.legend'),
          t('plan.warningSigns.item'),
          t('plan.warningSigns.hint'),
        )}
      </section>
      <section aria-labelledby="plan-triggers">
        <h2 id="plan-triggers">{t('plan.triggers.heading')}</h2>
        <p className="muted">{t('plan.triggers.intro')}</p>
        {TRIGGERS.map((key) => (
          <ListEditor
            key={key}
            legend={t(`plan.triggers.${key}.legend`)}
            itemLabel={t(`plan.triggers.${key}.item`)}
            items={draft.triggers[key]}
            maxItems={L.listMax}
            maxLength={L.itemMax}
            onChange={(items) => change({ triggers: { ...draft.triggers, [key]: items } })}
          />
        ))}
      </section>
      <section aria-labelledby="plan-halt">
        <h2 id="plan-halt">{t('plan.halt.heading')}</h2>
        <p className="muted">{t('plan.halt.intro')}</p>
        {HALT.map((key) => (
          <TextAreaField
            key={key}
            label={t(`plan.halt.${key}`)}
            rows={2}
            maxLength={L.haltNoteMax}
            value={draft.halt[key]}
            onChange={(event) => change({ halt: { ...draft.halt, [key]: event.target.value } })}
          />
        ))}
      </section>
      <section aria-labelledby="plan-coping">
        <h2 id="plan-coping">{t('plan.coping.legend')}</h2>
        {list('copingActions', t('plan.coping.legend'), t('plan.coping.item'), t('plan.coping.hint'))}
      </section>
      <section aria-labelledby="plan-reasons">
        <h2 id="plan-reasons">{t('plan.reasons.legend')}</h2>
        {list('reasons', t('plan.reasons.legend'), t('plan.reasons.item'))}
      </section>
      <section aria-labelledby="plan-people">
        <h2 id="plan-people">{t('plan.people.heading')}</h2>
        <p className="muted">{t('plan.people.intro')}</p>
        <SponsorEntry sponsor={plan.sponsor} />
        <PeopleEditor people={draft.people} problems={problems} onChange={(people) => change({ people })} />
      </section>
      {error ? (
        <Alert tone="error">
          <p>{errorMessage(error)}</p>
        </Alert>
      ) : null}
      <p className="button-row">
        <Button type="submit" busy={loading}>
          {loading ? t('common.saving') : t('plan.save')}
        </Button>
        <Link className="button button--secondary" to="/toolkit/plan/print">
          {t('plan.print')}
        </Link>
      </p>
      {saved ? (
        <Alert tone="success">
          <p>{t('plan.saved')}</p>
        </Alert>
      ) : plan.updatedAt ? (
        <p className="muted">
          {t('plan.lastSaved', {
            date: new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
              new Date(plan.updatedAt),
            ),
          })}
        </p>
      ) : null}
    </form>
  );
}

function Plan() {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const { data, error } = useQuery(MY_PLAN);
  if (!data) {
    return error ? (
      <Alert tone="error">
        <p>{errorMessage(error)}</p>
      </Alert>
    ) : (
      <p role="status" className="muted">
        {t('plan.loading')}
      </p>
    );
  }
  return <PlanForm plan={data.myPlan} />;
}

/** The relapse-prevention plan editor. */
export function PlanPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <RequireMember>
      <PageHeading title={t('plan.title')} />
      <p className="lead">{t('plan.lead')}</p>
      <Plan />
    </RequireMember>
  );
}
