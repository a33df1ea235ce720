import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Button, PageHeading, SessionGate } from '@kinship/web/ui';
import { SEEKER_PREFERENCES, SPONSOR_MATCHES } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { CandidateCard } from '../components/CandidateCard';
import { PreferencesForm } from '../components/PreferencesForm';
import { SponsorshipNav } from '../components/SponsorshipNav';

const PAGE = 10;

function Finder() {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const prefs = useQuery(SEEKER_PREFERENCES, { fetchPolicy: 'network-only' });
  const saved = prefs.data?.mySeekerPreferences ?? null;
  const [editing, setEditing] = useState(false);
  const matches = useQuery(SPONSOR_MATCHES, {
    variables: { first: PAGE },
    skip: !saved,
    fetchPolicy: 'network-only',
  });
  const page = matches.data?.sponsorMatches;

  const more = () =>
    void matches.fetchMore({
      variables: { after: page?.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        sponsorMatches: {
          ...fetchMoreResult.sponsorMatches,
          candidates: [...prev.sponsorMatches.candidates, ...fetchMoreResult.sponsorMatches.candidates],
        },
      }),
    });

  if (prefs.loading && !prefs.data) return <p role="status">{t('find.loading')}</p>;
  const showForm = !saved || editing;
  return (
    <>
      <p className="lead">{t('find.intro')}</p>
      <section className="card" aria-labelledby="preferences-title">
        <h2 id="preferences-title">{t('find.preferences')}</h2>
        {showForm ? (
          <PreferencesForm
            key={saved ? 'saved' : 'new'}
            saved={saved}
            onSaved={() => {
              setEditing(false);
              void prefs.refetch().then(() => matches.refetch());
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('find.editPreferences')}
          </Button>
        )}
      </section>
      {saved ? (
        <section aria-labelledby="results-title" aria-busy={matches.loading}>
          <h2 id="results-title">{page ? t('find.results', { count: page.total }) : t('find.loading')}</h2>
          {page && page.total === 0 ? <p>{t('find.none')}</p> : null}
          <ul className="candidates">
            {(page?.candidates ?? []).map((c) => (
              <CandidateCard key={c.sponsorId} candidate={c} onRequested={() => undefined} />
            ))}
          </ul>
          {page?.hasNextPage ? (
            <Button variant="secondary" onClick={more}>
              {t('find.more')}
            </Button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** /sponsorship/find: preferences, then ranked sponsors or mentors with the reasons for each. */
export function FindSponsorPage() {
  const { status } = useSession();
  const { t } = useTranslation(SPONSORSHIP_NS);
  return (
    <SessionGate status={status}>
      <PageHeading title={t('find.title')} />
      <SponsorshipNav />
      <Finder />
    </SessionGate>
  );
}
