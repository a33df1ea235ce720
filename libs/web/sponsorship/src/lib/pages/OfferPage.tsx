import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession, type MySponsorProfileQuery } from '@kinship/web/data';
import { Alert, Button, PageHeading, SessionGate } from '@kinship/web/ui';
import { MY_SPONSOR_PROFILE, REMOVE_SPONSOR_PROFILE } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { SponsorProfileForm } from '../components/SponsorProfileForm';
import { SponsorshipNav } from '../components/SponsorshipNav';
import { cleanTimeText } from '../utils/format';
import { usePrograms } from '../hooks/usePrograms';

type Profile = NonNullable<MySponsorProfileQuery['mySponsorProfile']>;

/** Whether the offer is listed, and if not, why (and from when). */
function ListingStatus({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const locale = i18n.resolvedLanguage ?? 'en';
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const { label } = usePrograms();
  const kind = profile.eligibility.some((e) => e.kind === 'SPONSOR') ? 'SPONSOR' : 'MENTOR';
  const reasons = [
    profile.accepting ? null : t('offer.paused'),
    profile.activeSponsees >= profile.capacity
      ? t('offer.full', { active: profile.activeSponsees, capacity: profile.capacity })
      : null,
  ].filter((r): r is string => r !== null);
  return (
    <Alert tone={profile.offered ? 'success' : 'info'}>
      <p>{profile.offered ? t('offer.listed') : t('offer.notListed')}</p>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
        {profile.eligibility.map((e) => (
          <li key={e.program}>
            {e.eligible
              ? t('offer.eligible', { program: label(e.program) })
              : t('offer.notYet', {
                  program: label(e.program),
                  time:
                    e.minCleanDays % 365 === 0
                      ? t('cleanTime.y', { count: e.minCleanDays / 365 })
                      : t('cleanTime.d', { count: e.minCleanDays }),
                  date: e.eligibleFrom ? date(e.eligibleFrom) : '',
                })}
          </li>
        ))}
      </ul>
      <p className="muted">{t('offer.shownAs', { cleanTime: cleanTimeText(t, kind, profile.cleanTime) })}</p>
    </Alert>
  );
}

function Offer() {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const { data, loading, refetch } = useQuery(MY_SPONSOR_PROFILE, { fetchPolicy: 'network-only' });
  const [remove, removing] = useMutation(REMOVE_SPONSOR_PROFILE);
  const [removed, setRemoved] = useState(false);
  if (loading && !data) return <p role="status">{t('find.loading')}</p>;
  const profile = data?.mySponsorProfile ?? null;
  return (
    <>
      <p className="lead">{t('offer.intro')}</p>
      {profile ? <ListingStatus profile={profile} /> : null}
      {removed ? (
        <Alert tone="success">
          <p>{t('offer.removed')}</p>
        </Alert>
      ) : null}
      <section className="card">
        <SponsorProfileForm
          key={profile ? 'saved' : 'new'}
          saved={profile}
          onSaved={() => {
            setRemoved(false);
            void refetch();
          }}
        />
      </section>
      {profile ? (
        <Button
          variant="danger"
          busy={removing.loading}
          onClick={() =>
            void remove()
              .then(() => refetch())
              .then(() => setRemoved(true))
              .catch(() => undefined)
          }
        >
          {t('offer.remove')}
        </Button>
      ) : null}
    </>
  );
}

/** /sponsorship/offer: offer to sponsor or mentor, and see whether (and why not) the offer is listed. */
export function OfferPage() {
  const { status } = useSession();
  const { t } = useTranslation(SPONSORSHIP_NS);
  return (
    <SessionGate status={status}>
      <PageHeading title={t('offer.title')} />
      <SponsorshipNav />
      <Offer />
    </SessionGate>
  );
}
