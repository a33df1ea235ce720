import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SponsorshipFieldsFragment } from '@kinship/web/data';
import { Alert, Button, Dialog, MemberName, TextAreaField } from '@kinship/web/ui';
import { SPONSORSHIP_REASON_MAX } from '@kinship/shared/contracts';
import { programLabel } from '../hooks/usePrograms';
import {
  ACCEPT_REQUEST,
  BLOCK_MEMBER,
  CHECK_IN,
  DECLINE_REQUEST,
  END_SPONSORSHIP,
  WITHDRAW_REQUEST,
} from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { errorText } from '../utils/format';

type Dialogs = 'decline' | 'end' | 'block' | null;

/** A request or relationship with what this member can do about it. */
export function RelationshipCard({
  item,
  onChanged,
}: {
  item: SponsorshipFieldsFragment;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const locale = i18n.resolvedLanguage ?? 'en';
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Dialogs>(null);
  const [reason, setReason] = useState('');
  const [checkedIn, setCheckedIn] = useState(false);
  const [accept, a] = useMutation(ACCEPT_REQUEST);
  const [decline, d] = useMutation(DECLINE_REQUEST);
  const [withdraw, w] = useMutation(WITHDRAW_REQUEST);
  const [end, e] = useMutation(END_SPONSORSHIP);
  const [block, b] = useMutation(BLOCK_MEMBER);
  const [checkIn, c] = useMutation(CHECK_IN);
  const name = item.other.displayName;
  const kind = t(`kind.${item.kind}`);
  const iSponsor = item.myRole === 'SPONSOR';
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setOpen(null);
      setReason('');
      onChanged();
    } catch (err) {
      setError(errorText(t, err, locale));
    }
  };
  const withReason = (event: FormEvent, action: 'decline' | 'end') => {
    event.preventDefault();
    const variables = { id: item.id, reason: reason.trim() || null };
    void run(() => (action === 'decline' ? decline({ variables }) : end({ variables })));
  };

  const summary =
    item.status === 'PENDING'
      ? t(iSponsor ? 'overview.asks' : 'overview.asked', { name, kind })
      : t(iSponsor ? 'overview.yourSponsee' : 'overview.yourSponsor', { name, kind });
  return (
    <li className="card relationship">
      <h3 className="relationship__title">
        {summary}
        {item.temporary ? <span className="tag">{t('overview.temporary')}</span> : null}
      </h3>
      <p>
        <MemberName member={item.other} />
      </p>
      <p className="muted">
        {programLabel(t, item.program)} · {t(`overview.status.${item.status}`)}
        {item.startedAt && item.status === 'ACTIVE'
          ? ` · ${t('overview.since', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(item.startedAt)) })}`
          : null}
      </p>
      {item.requestMessage && item.status === 'PENDING' ? (
        <blockquote>{item.requestMessage}</blockquote>
      ) : null}
      {item.status === 'PENDING' && iSponsor && item.other.bio ? (
        <p className="muted">{item.other.bio}</p>
      ) : null}
      {item.declineReason && !iSponsor ? (
        <p>{t('overview.declinedBecause', { reason: item.declineReason })}</p>
      ) : null}
      {error ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
      {item.checkInDue && !checkedIn ? (
        <Alert tone="info">
          <p>{t('overview.checkIn')}</p>
          <div className="button-row">
            <Button
              busy={c.loading}
              onClick={() =>
                void run(() =>
                  checkIn({ variables: { id: item.id, makePermanent: false } }).then(() =>
                    setCheckedIn(true),
                  ),
                )
              }
            >
              {t('overview.keepGoing')}
            </Button>
            <Button
              variant="secondary"
              busy={c.loading}
              onClick={() =>
                void run(() =>
                  checkIn({ variables: { id: item.id, makePermanent: true } }).then(() => setCheckedIn(true)),
                )
              }
            >
              {t('overview.makePermanent')}
            </Button>
          </div>
        </Alert>
      ) : null}
      {checkedIn ? <p role="status">{t('overview.checkedIn')}</p> : null}
      <div className="button-row">
        {item.status === 'PENDING' && iSponsor ? (
          <>
            <Button busy={a.loading} onClick={() => void run(() => accept({ variables: { id: item.id } }))}>
              {t('overview.accept')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen('decline')}>
              {t('overview.decline')}
            </Button>
          </>
        ) : null}
        {item.status === 'PENDING' && !iSponsor ? (
          <Button
            variant="secondary"
            busy={w.loading}
            onClick={() => void run(() => withdraw({ variables: { id: item.id } }))}
          >
            {t('overview.withdraw')}
          </Button>
        ) : null}
        {item.status === 'ACTIVE' ? (
          <>
            <Link className="button button--primary" to={`/sponsorship/messages/${item.id}`}>
              {t('overview.messages')}
              {item.unreadCount > 0 ? (
                <span className="badge" aria-label={t('overview.unread', { count: item.unreadCount })}>
                  {item.unreadCount}
                </span>
              ) : null}
            </Link>
            <Button variant="secondary" onClick={() => setOpen('end')}>
              {t('overview.end')}
            </Button>
          </>
        ) : null}
        {item.status === 'PENDING' || item.status === 'ACTIVE' ? (
          <Button variant="danger" onClick={() => setOpen('block')}>
            {t('overview.block')}
          </Button>
        ) : null}
      </div>
      {(['decline', 'end'] as const).map((action) => (
        <Dialog
          key={action}
          open={open === action}
          title={t(action === 'decline' ? 'overview.declineTitle' : 'overview.endTitle', { name })}
          onClose={() => setOpen(null)}
        >
          <form className="form" noValidate onSubmit={(ev) => withReason(ev, action)}>
            <TextAreaField
              label={t(action === 'decline' ? 'overview.declineReason' : 'overview.endReason')}
              hint={t('overview.declineHint')}
              name="reason"
              maxLength={SPONSORSHIP_REASON_MAX}
              value={reason}
              onChange={(ev) => setReason(ev.target.value)}
            />
            <div className="button-row">
              <Button type="submit" variant="danger" busy={d.loading || e.loading}>
                {t(action === 'decline' ? 'overview.decline' : 'overview.endConfirm')}
              </Button>
              <Button variant="secondary" onClick={() => setOpen(null)}>
                {t('overview.cancel')}
              </Button>
            </div>
          </form>
        </Dialog>
      ))}
      <Dialog
        open={open === 'block'}
        title={t('overview.blockTitle', { name })}
        onClose={() => setOpen(null)}
      >
        <p>{t('overview.blockText')}</p>
        <div className="button-row">
          <Button
            variant="danger"
            busy={b.loading}
            onClick={() => void run(() => block({ variables: { memberId: item.other.id } }))}
          >
            {t('overview.blockConfirm')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(null)}>
            {t('overview.cancel')}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}
