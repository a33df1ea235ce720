import { useTranslation } from 'react-i18next';
import { MEMBER_NS } from './member-name.resources';
import './member-name.css';

const BADGES = ['moderator', 'admin', 'sponsor'] as const;
type Badge = (typeof BADGES)[number];

/** The API sends GraphQL enums in capitals (MODERATOR) and socket payloads in lower case (moderator). */
function badgeOf(value: string | null | undefined): Badge | null {
  const lower = value?.toLowerCase();
  return BADGES.find((b) => b === lower) ?? null;
}

export interface MemberNameProps {
  member: { displayName: string; handle?: string | null; badge?: string | null };
  /** Shown instead of the display name and handle (e.g. "You" on your own messages); the badge stays. */
  label?: string;
  className?: string;
}

/**
 * A member's name as everyone sees it: the display name, their handle ("Sam T. · #K7QM") so two members
 * with the same name can be told apart, and a badge only the server sets (moderator, admin, sponsor), drawn
 * as its own element with its own accessible text, never as part of the name.
 */
export function MemberName({ member, label, className }: MemberNameProps) {
  const { t } = useTranslation(MEMBER_NS);
  const badge = badgeOf(member.badge);
  return (
    <span className={className ? `member-name ${className}` : 'member-name'}>
      <span className="member-name__name">{label ?? member.displayName}</span>
      {member.handle && label === undefined ? (
        <span className="member-name__handle">
          <span aria-hidden="true">· #{member.handle}</span>
          <span className="member-name__sr">, {t('handleLabel', { handle: member.handle })}</span>
        </span>
      ) : null}
      {badge ? (
        <span className={`member-badge member-badge--${badge}`} data-badge={badge}>
          <span aria-hidden="true">{t(`badge.${badge}`)}</span>
          <span className="member-name__sr">, {t(`badgeLabel.${badge}`)}</span>
        </span>
      ) : null}
    </span>
  );
}
