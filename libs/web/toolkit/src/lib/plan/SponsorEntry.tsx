import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '@kinship/web/data';
import { MessageSponsorLink } from '../shared/sponsor-link';
import { TOOLKIT_NS } from '../toolkit.resources';

/** The sponsor among the people to call, while there is one (looked up, never stored in the plan). */
export function SponsorEntry({ sponsor }: { sponsor: PlanFieldsFragment['sponsor'] }) {
  const { t } = useTranslation(TOOLKIT_NS);
  if (!sponsor) return <p className="muted">{t('plan.people.noSponsor')}</p>;
  return (
    <div className="sponsor-entry">
      <p>
        <strong>{t('plan.people.sponsor', { name: sponsor.displayName })}</strong>
        <br />
        <span className="muted">{t('plan.people.sponsorNote')}</span>
      </p>
      <MessageSponsorLink
        sponsorId={sponsor.id}
        className="button button--secondary"
        label={t('plan.people.message', { name: sponsor.displayName })}
      />
    </div>
  );
}
