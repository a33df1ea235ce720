import { useTranslation } from 'react-i18next';
import type { ChatRestriction } from '@kinship/shared/contracts';
import { CHAT_NS } from '../chat.resources';
import { formatTime } from './format';

/** In place of the composer: why this member cannot post here, in the moderator's words, and until when. */
export function RestrictionNotice({ restriction }: { restriction: ChatRestriction }) {
  const { t, i18n } = useTranslation(CHAT_NS);
  return (
    <div className="alert alert--info chat-restriction" role="status">
      <p className="alert__title">
        {restriction.kind === 'ban'
          ? t('restriction.ban')
          : t('restriction.timeout', { time: formatTime(restriction.until ?? '', i18n.resolvedLanguage) })}
      </p>
      <p>{t('restriction.note', { reason: restriction.reason })}</p>
    </div>
  );
}
