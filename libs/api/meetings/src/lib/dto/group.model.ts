import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PageArgs } from '@kinship/api/core';
import { Transform, Type } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { NearInput } from './search.inputs';
import { trim } from './validators';

@ObjectType({ description: 'A group: the people who hold one or more meetings.' })
export class MeetingGroup {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() notes!: string;
  @Field(() => [String], { description: 'Its area, general to specific.' }) regions!: string[];
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field({ description: 'The group’s chat room: "group:<id>".' }) chatRoomKey!: string;

  /** Not a field: resolved through a loader. */
  programId!: string;
}

@ObjectType()
export class MeetingGroupEdge {
  @Field() cursor!: string;
  @Field(() => MeetingGroup) node!: MeetingGroup;
  @Field(() => Float, { nullable: true }) distanceKm!: number | null;
  @Field(() => Float, { nullable: true }) distanceMiles!: number | null;
}

@ObjectType()
export class MeetingGroupConnection {
  @Field(() => [MeetingGroupEdge]) edges!: MeetingGroupEdge[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
  @Field(() => Float, { nullable: true }) radiusKm!: number | null;
  @Field() widened!: boolean;
}

@InputType({ description: 'Find local groups: near a point (nearest first), by name, by program.' })
export class MeetingGroupFilter {
  @Field(() => NearInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  query?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  program?: string;
}

@ObjectType({ description: 'A message to a group, as its contacts see it. Nobody’s email is shown.' })
export class GroupMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) groupId!: string;
  @Field(() => ID, { description: 'The sender’s member id (for a reply through Kinship).' })
  senderId!: string;
  @Field() senderName!: string;
  @Field() body!: string;
  @Field() sentAt!: Date;
}

@InputType()
export class ContactGroupInput {
  @Field(() => ID)
  @IsString()
  groupId!: string;

  @Field({ description: 'Up to 2,000 characters. The group’s contacts read it on Kinship.' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000, { message: 'message must be 1 to 2,000 characters long' })
  message!: string;
}

@ArgsType()
export class MeetingGroupSearchArgs extends PageArgs {
  @Field(() => MeetingGroupFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingGroupFilter)
  filter?: MeetingGroupFilter;
}
