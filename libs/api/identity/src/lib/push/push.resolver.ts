import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsString, MaxLength } from 'class-validator';
import { type AuthUser, CurrentUser } from '@kinship/api/auth';
import { PushKind, PushSettings, PushSubscriptionInput } from './push.models';
import { PushService } from './push.service';

@ArgsType()
class UnsubscribePushArgs {
  @Field()
  @IsString()
  @MaxLength(2048, { message: 'endpoint must be at most 2048 characters' })
  endpoint!: string;
}

@ArgsType()
class SetPushKindArgs {
  @Field(() => PushKind)
  @IsEnum(PushKind, { message: 'kind must be one of the push kinds' })
  kind!: PushKind;

  @Field()
  @IsBoolean()
  enabled!: boolean;
}

/** The member's Web Push: whether the server offers it, their browsers and the kinds they want. */
@Resolver(() => PushSettings)
export class PushResolver {
  constructor(private readonly push: PushService) {}

  @Query(() => PushSettings, { description: 'Push on this server and your choices.' })
  pushSettings(@CurrentUser() user: AuthUser): Promise<PushSettings> {
    return this.push.settings(user.id);
  }

  @Mutation(() => PushSettings, {
    description: "Subscribe this browser (its PushSubscription's endpoint and keys).",
  })
  subscribePush(
    @CurrentUser() user: AuthUser,
    @Args('subscription') subscription: PushSubscriptionInput,
  ): Promise<PushSettings> {
    return this.push.subscribe(user.id, subscription);
  }

  @Mutation(() => PushSettings, { description: 'Stop pushing to this browser.' })
  unsubscribePush(@CurrentUser() user: AuthUser, @Args() args: UnsubscribePushArgs): Promise<PushSettings> {
    return this.push.unsubscribe(user.id, args.endpoint);
  }

  @Mutation(() => PushSettings, {
    description: 'Turn one kind of push notification on or off (all start off).',
  })
  setPushKind(@CurrentUser() user: AuthUser, @Args() args: SetPushKindArgs): Promise<PushSettings> {
    return this.push.setKind(user.id, args.kind, args.enabled);
  }
}
