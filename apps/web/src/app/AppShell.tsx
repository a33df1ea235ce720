import { lazy, Suspense, useEffect } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { isLocale, LanguageSwitcher, setLocale } from '@kinship/web/i18n';
import { Alert, Layout } from '@kinship/web/ui';
import { APP_NS } from './app.resources';
import { AppRoutes } from './routes';
import { SponsorshipNavLink } from './SponsorshipNavLink';
import { ConnectionNotice } from './ConnectionNotice';

// Moderators' live count comes with the chat code, loaded only for them; a plain link shows until it arrives.
const ModerationNavLink = lazy(() =>
  import('@kinship/web/chat').then((m) => ({ default: m.ModerationNavLink })),
);

/** A one-time message handed over in the navigation state, e.g. "You signed out." */
function notice(state: unknown): string | null {
  const value = (state as { notice?: unknown } | null)?.notice;
  return typeof value === 'string' ? value : null;
}

/** The frame of every page: navigation by session, the language switcher and the routes. */
export function AppShell() {
  const { t } = useTranslation(APP_NS);
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const accountLocale = session.account?.locale;

  // A member's saved language wins once they are signed in (and whenever they change it).
  useEffect(() => {
    if (isLocale(accountLocale)) void setLocale(accountLocale);
  }, [accountLocale]);

  const signOut = async () => {
    navigate('/', { replace: true, state: { notice: t('signedOut') } });
    await session.signOut();
  };

  const nav =
    session.status === 'signedIn'
      ? [
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>,
          <NavLink to="/meetings" end>
            {t('nav.meetings')}
          </NavLink>,
          <NavLink to="/my-meetings">{t('nav.myMeetings')}</NavLink>,
          ...(session.account?.role === 'ADMIN'
            ? [<NavLink to="/admin/meetings">{t('nav.manageMeetings')}</NavLink>]
            : []),
          <SponsorshipNavLink />,
          <NavLink to="/chat">{t('nav.chat')}</NavLink>,
          ...(session.account?.role === 'MODERATOR' || session.account?.role === 'ADMIN'
            ? [
                <Suspense fallback={<NavLink to="/chat/moderation">{t('nav.moderation')}</NavLink>}>
                  <ModerationNavLink />
                </Suspense>,
              ]
            : []),
          <NavLink to="/toolkit">{t('nav.toolkit')}</NavLink>,
          <NavLink to="/resources">{t('nav.resources')}</NavLink>,
          <NavLink to="/profile">{t('nav.profile')}</NavLink>,
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>,
        ]
      : [
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>,
          <NavLink to="/meetings" end>
            {t('nav.meetings')}
          </NavLink>,
          <NavLink to="/resources">{t('nav.resources')}</NavLink>,
          <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>,
          <NavLink to="/sign-up">{t('nav.signUp')}</NavLink>,
        ];

  const message = notice(location.state);
  return (
    <Layout
      nav={nav}
      tools={
        <LanguageSwitcher onChange={(locale) => void session.saveLocale(locale).catch(() => undefined)} />
      }
    >
      <ConnectionNotice />
      {message ? (
        <Alert tone="success">
          <p>{message}</p>
        </Alert>
      ) : null}
      <AppRoutes />
    </Layout>
  );
}
