import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { PageHeading } from '@kinship/web/ui';
import { APP_NS } from '../app/app.resources';

const FEATURES = [
  { key: 'meetings', to: '/meetings' },
  { key: 'sponsor', to: '/sponsorship/find' },
  { key: 'chat', to: '/chat' },
  { key: 'toolkit', to: '/toolkit' },
] as const;

/** Welcome: what a person can do here right away, the programs we link to, and help now. */
export default function HomePage() {
  const { t } = useTranslation(APP_NS);
  const { status, account } = useSession();
  return (
    <>
      <PageHeading title={t('home.title')} />
      <p className="lead">{t('home.lead')}</p>
      <section aria-labelledby="home-features">
        <h2 id="home-features">{t('home.featuresTitle')}</h2>
        <ul className="card-grid">
          {FEATURES.map(({ key, to }) => (
            <li className="card" key={key}>
              <h3>
                <Link to={to}>{t(`home.features.${key}.title`)}</Link>
              </h3>
              <p>{t(`home.features.${key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <h2>{t('home.programsTitle')}</h2>
      <ul className="card-grid">
        <li className="card">
          <h3>{t('home.naTitle')}</h3>
          <p>{t('home.naText')}</p>
          <p>
            <a href="https://www.na.org/meetingsearch/" rel="noreferrer">
              {t('home.naSearch')}
            </a>
          </p>
          <p>
            <a href="https://na.org" rel="noreferrer">
              {t('home.naSite')}
            </a>
          </p>
        </li>
        <li className="card">
          <h3>{t('home.smartTitle')}</h3>
          <p>{t('home.smartText')}</p>
          <p>
            <a href="https://smartrecovery.org" rel="noreferrer">
              {t('home.smartSite')}
            </a>
          </p>
        </li>
      </ul>
      <p className="muted">{t('home.externalNote')}</p>
      <section className="card" aria-labelledby="home-crisis">
        <h2 id="home-crisis">{t('home.crisisTitle')}</h2>
        <p>{t('home.crisisText')}</p>
        <Link to="/help">{t('home.crisisLink')}</Link>
      </section>
      {status === 'signedIn' && account ? (
        <section className="card" aria-labelledby="home-member">
          <h2 id="home-member">{t('home.welcomeBack', { name: account.displayName })}</h2>
          <Link to="/profile">{t('home.toProfile')}</Link>
        </section>
      ) : (
        <section className="card" aria-labelledby="home-join">
          <h2 id="home-join">{t('home.joinTitle')}</h2>
          <p>{t('home.joinText')}</p>
          <p className="button-row">
            <Link className="button button--primary" to="/sign-up">
              {t('nav.signUp')}
            </Link>
            <Link className="button button--secondary" to="/sign-in">
              {t('nav.signIn')}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
