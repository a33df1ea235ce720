import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryFieldsFragment } from '@kinship/web/data';
import { Button } from '@kinship/web/ui';
import { formatDate } from '../shared/dates';
import { TOOLKIT_NS } from '../toolkit.resources';
import { useMilestoneLabel } from './milestone-label';

type CleanTime = NonNullable<RecoveryFieldsFragment['cleanTime']>;

/** A milestone reached within the last week is celebrated, quietly and warmly (no badges, no points). */
export const CELEBRATE_DAYS = 7;

/** The day counter, a celebration of a recent milestone, and the next one. */
export function CleanTimeCard({ cleanDate, count }: { cleanDate: string; count: CleanTime }) {
  const { t, i18n } = useTranslation(TOOLKIT_NS);
  const label = useMilestoneLabel();
  const locale = i18n.resolvedLanguage ?? 'en';
  const [celebrationClosed, setCelebrationClosed] = useState(false);
  const latest = count.latest;
  const celebrate = latest && latest.daysAgo < CELEBRATE_DAYS && !celebrationClosed;

  const span = [
    count.years ? t('recovery.count.years', { count: count.years }) : null,
    count.months ? t('recovery.count.months', { count: count.months }) : null,
    count.remainderDays || (!count.years && !count.months)
      ? t('recovery.count.remainder', { count: count.remainderDays })
      : null,
  ].filter(Boolean);

  return (
    <>
      <section className="card clean-time" aria-labelledby="clean-time-count">
        {count.days === 0 ? (
          <>
            <h2 id="clean-time-count" className="clean-time__number">
              {t('recovery.count.dayZero')}
            </h2>
            <p>{t('recovery.count.dayZeroText')}</p>
          </>
        ) : (
          <>
            <h2 id="clean-time-count" className="clean-time__number">
              {t('recovery.count.days', { count: count.days })}
            </h2>
            {count.days >= 30 ? <p className="clean-time__span">{span.join(', ')}</p> : null}
          </>
        )}
        <p className="muted">{t('recovery.count.since', { date: formatDate(cleanDate, locale) })}</p>
      </section>

      {celebrate && latest ? (
        <section className="card celebration" aria-labelledby="celebration-heading">
          <h2 id="celebration-heading">{t('recovery.celebrate.heading', { milestone: label(latest) })}</h2>
          <p>
            {latest.daysAgo === 0
              ? t('recovery.celebrate.today', { milestone: label(latest) })
              : t('recovery.celebrate.past', {
                  milestone: label(latest),
                  date: formatDate(latest.date, locale),
                })}{' '}
            {t('recovery.celebrate.text')}
          </p>
          <Button variant="secondary" onClick={() => setCelebrationClosed(true)}>
            {t('recovery.celebrate.close')}
          </Button>
        </section>
      ) : null}

      <section className="card next-milestone" aria-labelledby="next-milestone">
        <h2 id="next-milestone">{t('recovery.next.heading')}</h2>
        <p>
          {t('recovery.next.text', {
            count: count.next.daysAway,
            milestone: label(count.next),
            date: formatDate(count.next.date, locale),
          })}
        </p>
      </section>
    </>
  );
}
