import { registerEnumType } from '@nestjs/graphql';

export enum ChatRoomKind {
  TOPIC = 'topic',
  MEETING = 'meeting',
  GROUP = 'group',
}
export enum ChatRoomVisibility {
  PUBLIC = 'public',
  INVITE = 'invite',
}
export enum ChatMembership {
  INVITED = 'invited',
  JOINED = 'joined',
}
export enum ChatMessageStatus {
  VISIBLE = 'visible',
  HELD = 'held',
  HIDDEN = 'hidden',
  DELETED = 'deleted',
}
export enum ChatStatusReason {
  FILTER = 'filter',
  NEW_MEMBER_LINK = 'new_member_link',
  REPORTS = 'reports',
  MODERATOR = 'moderator',
  ACCOUNT_DELETED = 'account_deleted',
}
export { CrisisKindEnum } from '@kinship/api/safety';
export enum ChatReportReason {
  HARASSMENT = 'harassment',
  HATE = 'hate',
  SPAM = 'spam',
  PRIVATE_INFO = 'private_info',
  SOMEONE_AT_RISK = 'someone_at_risk',
  OTHER = 'other',
}
export enum ChatModerationAction {
  HIDE = 'hide',
  RESTORE = 'restore',
  DELETE = 'delete',
  APPROVE = 'approve',
  DISMISS = 'dismiss',
}
export enum ChatSanctionKind {
  TIMEOUT = 'timeout',
  BAN = 'ban',
}
export enum ChatFilterKind {
  WORD = 'word',
  PATTERN = 'pattern',
}
export enum ChatFilterAction {
  BLOCK = 'block',
  HOLD = 'hold',
}

registerEnumType(ChatRoomKind, { name: 'ChatRoomKind' });
registerEnumType(ChatRoomVisibility, {
  name: 'ChatRoomVisibility',
  description: 'PUBLIC: any member may join. INVITE: only invited members see and join it.',
});
registerEnumType(ChatMembership, { name: 'ChatMembership' });
registerEnumType(ChatMessageStatus, {
  name: 'ChatMessageStatus',
  description: 'HELD: waiting for a moderator, seen only by its author and moderators.',
});
registerEnumType(ChatStatusReason, { name: 'ChatStatusReason' });
registerEnumType(ChatReportReason, {
  name: 'ChatReportReason',
  description: 'SOMEONE_AT_RISK puts the message at the top of the moderators’ queue.',
});
registerEnumType(ChatModerationAction, {
  name: 'ChatModerationAction',
  description:
    'HIDE and RESTORE are reversible; DELETE erases the text; APPROVE publishes a held message; ' +
    'DISMISS closes its reports or alert and changes nothing else.',
});
registerEnumType(ChatSanctionKind, { name: 'ChatSanctionKind' });
registerEnumType(ChatFilterKind, {
  name: 'ChatFilterKind',
  description: 'WORD: a whole word or phrase. PATTERN: also * (any letters) and ? (one letter).',
});
registerEnumType(ChatFilterAction, {
  name: 'ChatFilterAction',
  description: 'BLOCK refuses the message; HOLD keeps it for a moderator to approve.',
});
