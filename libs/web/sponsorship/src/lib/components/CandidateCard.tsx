import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SponsorMatchesQuery } from '@kinship/web/data';
import { Alert, Button, Dialog, MemberName, TextAreaField } from '@kinship/web/ui';
import { SPONSORSHIP_REQUEST_MESSAGE_MAX } from '@kinship/shared/contracts';
import { REQUEST_SPONSORSHIP } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { cleanTimeText, errorText, languageName, listOf, reasonText } from '../utils/format';
import { Checkbox } from './fields';

export type Candidate = SponsorMatchesQuery['sponsorMatches']['candidates'][number];

/** One suggested sponsor or mentor: what they share, why they are suggested, and "Ask". */
export function CandidateCard({ candidate, onRequested }: { candidate: Candidate; onRequested: () => void }) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const locale = i18n.resolvedLanguage ?? 'en';
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  const headingId = `candidate-${candidate.sponsorId}`;
  const reasons = candidate.reasons.filter((r) => r.kind !== 'EXPERIENCE');
  return (
    <li className="card candidate" aria-labelledby={headingId}>
      <div className="candidate__head">
        <h3 id={headingId}>
          <MemberName member={candidate} />
        </h3>
        <span className="candidate__score">{t('find.score', { score: candidate.score })}</span>
      </div>
      <p className="muted">
        {[
          cleanTimeText(t, candidate.kind, candidate.cleanTime),
          listOf(
            candidate.languages.map((c) => languageName(c, locale)),
            locale,
          ),
          candidate.distance ? t(`distance.${candidate.distance}`) : null,
          t('find.openSpots', { count: candidate.openSpots }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {candidate.bio ? <p>{candidate.bio}</p> : null}
      {candidate.matComfortable && !candidate.reasons.some((r) => r.kind === 'MAT_COMFORTABLE') ? (
        <p className="muted">{t('find.matOk')}</p>
      ) : null}
      <h4 className="candidate__reasons-title">{t('reasons.heading')}</h4>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={r.kind}>{reasonText(t, r, candidate.kind, locale)}</li>
        ))}
      </ul>
      {candidate.requestPending || sent ? (
        <p role="status" className="candidate__sent">
          {sent ? t('request.sent', { name: candidate.displayName }) : t('find.requested')}
        </p>
      ) : (
        <Button onClick={() => setAsking(true)}>{t('find.ask', { name: candidate.displayName })}</Button>
      )}
      <RequestDialog
        open={asking}
        candidate={candidate}
        onClose={() => setAsking(false)}
        onSent={() => {
          setAsking(false);
          setSent(true);
          onRequested();
        }}
      />
    </li>
  );
}

function RequestDialog({
  open,
  candidate,
  onClose,
  onSent,
}: {
  open: boolean;
  candidate: Candidate;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const [request, { loading }] = useMutation(REQUEST_SPONSORSHIP);
  const [message, setMessage] = useState('');
  const [temporary, setTemporary] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await request({
        variables: { input: { sponsorId: candidate.sponsorId, message: message.trim(), temporary } },
      });
      onSent();
    } catch (e) {
      setError(errorText(t, e, i18n.resolvedLanguage ?? 'en'));
    }
  };
  return (
    <Dialog open={open} title={t('request.title', { name: candidate.displayName })} onClose={onClose}>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {error ? (
          <Alert tone="error">
            <p>{error}</p>
          </Alert>
        ) : null}
        <TextAreaField
          label={t('request.message')}
          hint={t('request.messageHint')}
          name="message"
          maxLength={SPONSORSHIP_REQUEST_MESSAGE_MAX}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <Checkbox
          name="temporary"
          label={t('request.temporary')}
          checked={temporary}
          onChange={setTemporary}
        />
        <div className="button-row">
          <Button type="submit" busy={loading}>
            {loading ? t('request.sending') : t('request.send')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('request.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
