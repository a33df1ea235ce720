import { registerEnumType } from '@nestjs/graphql';

export enum ModerationItemType {
  MESSAGE = 'message',
  CHECK_IN_REQUEST = 'checkin_request',
}
registerEnumType(ModerationItemType, {
  name: 'ModerationItemType',
  description:
    'MESSAGE: a crisis, held or reported message. CHECK_IN_REQUEST: a member asked for a check-in.',
});
