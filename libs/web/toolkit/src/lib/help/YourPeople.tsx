import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HelpNowQuery } from '@kinship/web/data';
import { MessageSponsorLink } from '../shared/sponsor-link';
import { telHref } from '../shared/tel';
import { TOOLKIT_NS } from '../toolkit.resources';

/** The member's own people to call (from their plan) and their sponsor, on "Get help now". */
export function YourPeople({
  help,
  loading,
  failed,
}: {
  help: HelpNowQuery['helpNow'] | null;
  loading: boolean;
  failed: boolean;
}) {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <section aria-labelledby="help-people" className="help-people">
      <h2 id="help-people">{t('help.people.heading')}</h2>
      {help ? <p className="muted">{t('help.people.intro')}</p> : null}
      {!help && loading ? (
        <p role="status" className="muted">
          {t('help.people.loading')}
        </p>
      ) : null}
      {!help && failed ? <p className="muted">{t('help.people.unavailable')}</p> : null}
      {help ? (
        <ul className="crisis-lines">
          {help.sponsor ? (
            <li className="crisis-line crisis-line--person">
              <h3 className="crisis-line__name">
                {t('help.people.sponsor', { name: help.sponsor.displayName })}
              </h3>
              <MessageSponsorLink
                sponsorId={help.sponsor.id}
                className="crisis-action"
                label={t('help.people.message', { name: help.sponsor.displayName })}
              />
            </li>
          ) : null}
          {help.people.map((person, i) => (
            <li key={i} className="crisis-line crisis-line--person">
              <h3 className="crisis-line__name">{person.name}</h3>
              {person.note ? <p>{person.note}</p> : null}
              <a className="crisis-action" href={telHref(person.phone)}>
                {t('help.people.call', { name: person.name })}{' '}
                <span className="crisis-action__number">({person.phone})</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {help && help.people.length === 0 ? (
        <p>
          {t('help.people.none')} <Link to="/toolkit/plan">{t('help.people.add')}</Link>
        </p>
      ) : null}
    </section>
  );
}
