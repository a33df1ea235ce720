import { registerNamespace, translations } from '@kinship/web/i18n';

export const MEMBER_NS = 'member';

registerNamespace(
  MEMBER_NS,
  translations(
    {
      handleLabel: 'member code {{handle}}',
      badge: {
        moderator: 'Moderator',
        admin: 'Admin',
        sponsor: 'Sponsor',
      },
      badgeLabel: {
        moderator: 'verified Kinship moderator',
        admin: 'verified Kinship admin',
        sponsor: 'your sponsor in this conversation',
      },
    },
    {
      handleLabel: 'código de miembro {{handle}}',
      badge: {
        moderator: 'Moderador',
        admin: 'Admin',
        sponsor: 'Padrino',
      },
      badgeLabel: {
        moderator: 'moderador verificado de Kinship',
        admin: 'administrador verificado de Kinship',
        sponsor: 'tu padrino o madrina en esta conversación',
      },
    },
  ),
);
