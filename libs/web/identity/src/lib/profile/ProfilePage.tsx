import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Button, MemberName, PageHeading, SessionGate } from '@kinship/web/ui';
import { IDENTITY_NS } from '../identity.resources';
import { DeleteAccount } from './DeleteAccount';
import { ChangeEmail, ConfirmAddressNotice } from '../email/ChangeEmail';
import { ProfileForm } from './ProfileForm';
import { YourData } from './YourData';
import { NotificationSettings } from '../notifications/NotificationSettings';

function Profile() {
  const { t, i18n } = useTranslation(IDENTITY_NS);
  const session = useSession();
  const navigate = useNavigate();
  const account = session.account;
  if (!account) return null;

  const signOut = async () => {
    navigate('/', { replace: true, state: { notice: t('profile.signedOut') } });
    await session.signOut();
  };

  const since = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(account.createdAt),
  );

  return (
    <>
      <PageHeading title={t('profile.title')} />
      <section className="card" aria-labelledby="your-account">
        <h2 id="your-account">{t('profile.account')}</h2>
        <p>{t('profile.emailPrivate', { email: account.email })}</p>
        {account.emailVerified ? null : <ConfirmAddressNotice />}
        <p>
          {t('profile.seenAs')}{' '}
          <MemberName
            member={{ displayName: account.displayName, handle: account.handle, badge: account.role }}
          />
        </p>
        <p className="muted">{t('profile.handleHint', { handle: `#${account.handle}` })}</p>
        <p className="muted">{t('profile.memberSince', { date: since })}</p>
        <Button variant="secondary" onClick={() => void signOut()}>
          {t('profile.signOut')}
        </Button>
      </section>
      <section className="card" aria-labelledby="profile-details">
        <h2 id="profile-details">{t('profile.edit')}</h2>
        <ProfileForm key={account.id} account={account} />
      </section>
      <ChangeEmail />
      <NotificationSettings />
      <YourData />
      <DeleteAccount />
    </>
  );
}

/** The member's own profile; only for a signed-in member. */
export function ProfilePage() {
  const { status } = useSession();
  return (
    <SessionGate status={status}>
      <Profile />
    </SessionGate>
  );
}
