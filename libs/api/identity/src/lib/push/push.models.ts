import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { MemberNotificationKind } from '@kinship/api/core';

/** What a member can choose to be told about by push; each is off until they turn it on. */
export enum PushKind {
  PRIVATE_MESSAGE = 'private_message',
  SPONSORSHIP_REQUEST = 'sponsorship_request',
  SPONSORSHIP_ANSWER = 'sponsorship_answer',
  MODERATOR_CHECK_IN = 'moderator_check_in',
  MEETING_REMINDER = 'meeting_reminder',
}
registerEnumType(PushKind, { name: 'PushKind', description: 'A kind of push notification (opt-in).' });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The compiler checks that push kinds are exactly the core notification kinds. */
export const PUSH_KINDS_MATCH_CORE: Same<`${PushKind}`, MemberNotificationKind> = true;

@ObjectType({ description: 'Web Push on this server and the kinds you turned on.' })
export class PushSettings {
  @Field({ description: 'False when the server has no push keys: the option is then hidden.' })
  available!: boolean;
  @Field(() => String, { nullable: true, description: 'The VAPID public key browsers subscribe with.' })
  publicKey!: string | null;
  @Field(() => [PushKind], { description: 'The kinds you opted in to.' })
  enabledKinds!: PushKind[];
  @Field(() => Int, { description: 'How many of your browsers are subscribed.' })
  subscriptions!: number;
}

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

@InputType({ description: "A browser's push subscription (PushSubscription.toJSON(): endpoint and keys)." })
export class PushSubscriptionInput {
  @Field({ description: "The push service's URL for this browser." })
  @IsString()
  @MaxLength(2048, { message: 'endpoint must be at most 2048 characters' })
  endpoint!: string;

  @Field({ description: "keys.p256dh: the browser's public key, base64url." })
  @IsString()
  @MaxLength(200, { message: 'p256dh must be at most 200 characters' })
  @Matches(BASE64URL, { message: 'p256dh must be base64url' })
  p256dh!: string;

  @Field({ description: 'keys.auth: the shared auth secret, base64url.' })
  @IsString()
  @MaxLength(100, { message: 'auth must be at most 100 characters' })
  @Matches(BASE64URL, { message: 'auth must be base64url' })
  auth!: string;
}
