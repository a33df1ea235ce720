import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '@kinship/web/data';
import { Alert, Button, PageHeading, UI_NS } from '@kinship/web/ui';
import { helpLinesFor } from '@kinship/shared/contracts';
import { MY_PLAN } from '../graphql/plan.documents';
import { MY_RECOVERY } from '../graphql/recovery.documents';
import { useErrorMessage } from '../shared/errors';
import { RequireMember } from '../shared/RequireMember';
import { telHref } from '../shared/tel';
import { TOOLKIT_NS } from '../toolkit.resources';

function Items({ items }: { items: string[] }) {
  const { t } = useTranslation(TOOLKIT_NS);
  if (items.length === 0) return <p className="muted">{t('plan.printPage.empty')}</p>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function PlanSheet({ plan, country }: { plan: PlanFieldsFragment; country: string }) {
  const { t, i18n } = useTranslation(TOOLKIT_NS);
  const { t: tUi } = useTranslation(UI_NS);
  const help = helpLinesFor(country);
  const lines = help.lines
    .filter((l) => l.call || l.text)
    .map((l) => `${tUi(`help.lines.${l.id}.name`, { defaultValue: l.name })} ${l.call ?? l.text}`)
    .join(' · ');
  const today = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(new Date());
  return (
    <div className="plan-sheet">
      <section aria-labelledby="print-signs">
        <h2 id="print-signs">{t('plan.warningSigns.legend')}</h2>
        <Items items={plan.warningSigns} />
      </section>
      <section aria-labelledby="print-triggers">
        <h2 id="print-triggers">{t('plan.triggers.heading')}</h2>
        <dl className="plan-sheet__pairs">
          {(['people', 'places', 'things', 'feelings'] as const).map((key) => (
            <div key={key}>
              <dt>{t(`plan.triggers.${key}.legend`)}</dt>
              <dd>{plan.triggers[key].join(', ') || '—'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="print-halt">
        <h2 id="print-halt">{t('plan.halt.heading')}</h2>
        <dl className="plan-sheet__pairs">
          {(['hungry', 'angry', 'lonely', 'tired'] as const).map((key) => (
            <div key={key}>
              <dt>{t(`plan.halt.${key}`)}</dt>
              <dd>{plan.halt[key] || '—'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="print-coping">
        <h2 id="print-coping">{t('plan.coping.legend')}</h2>
        <Items items={plan.copingActions} />
      </section>
      <section aria-labelledby="print-reasons">
        <h2 id="print-reasons">{t('plan.reasons.legend')}</h2>
        <Items items={plan.reasons} />
      </section>
      <section aria-labelledby="print-people">
        <h2 id="print-people">{t('plan.people.heading')}</h2>
        <ul className="plan-sheet__people">
          {plan.sponsor ? <li>{t('plan.people.sponsor', { name: plan.sponsor.displayName })}</li> : null}
          {plan.people.map((p, i) => (
            <li key={i}>
              {p.name}: <a href={telHref(p.phone)}>{p.phone}</a>
              {p.note ? ` (${p.note})` : ''}
            </li>
          ))}
        </ul>
      </section>
      <p className="plan-sheet__help">{t('plan.printPage.help', { lines })}</p>
      <p className="muted plan-sheet__footer">{t('plan.printPage.printedFor', { date: today })}</p>
    </div>
  );
}

function PrintablePlan() {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const plan = useQuery(MY_PLAN);
  const recovery = useQuery(MY_RECOVERY);
  const error = plan.error ?? recovery.error;
  if (!plan.data) {
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
  return <PlanSheet plan={plan.data.myPlan} country={recovery.data?.myRecovery.country ?? 'US'} />;
}

/** The plan as a page to print or save as PDF (the print stylesheet hides the site around it). */
export function PlanPrintPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <RequireMember>
      <div className="print-page">
        <PageHeading title={t('plan.printPage.title')} />
        <p className="button-row no-print">
          <Button onClick={() => window.print()}>{t('plan.printPage.print')}</Button>
          <Link className="button button--secondary" to="/toolkit/plan">
            {t('plan.printPage.edit')}
          </Link>
        </p>
        <PrintablePlan />
      </div>
    </RequireMember>
  );
}
