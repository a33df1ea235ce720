import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { Trim } from '../shared/validators';
import { CrisisHelp } from '../help/crisis-help.model';

const L = TOOLKIT_LIMITS.checkIn;

@ObjectType({ description: 'One day’s check-in. Only you can see it.' })
export class CheckIn {
  @Field({ description: 'Your local date, YYYY-MM-DD.' }) date!: string;
  @Field(() => Int, { description: `Mood, ${L.moodMin} (very low) to ${L.moodMax} (very good).` })
  mood!: number;
  @Field(() => Int, { description: `Cravings, ${L.cravingMin} (none) to ${L.cravingMax} (very strong).` })
  craving!: number;
  @Field() note!: string;
  @Field() updatedAt!: Date;
  @Field(() => CrisisHelp, {
    nullable: true,
    description:
      'Only in the answer to checkIn: help, when the note reads like a crisis. Nobody else is told; null otherwise.',
  })
  crisis?: CrisisHelp | null;
}

@ObjectType()
export class CheckInHistory {
  @Field({ description: 'Your today, YYYY-MM-DD, in your time zone.' }) today!: string;
  @Field(() => CheckIn, { nullable: true, description: 'Today’s check-in, if you made one.' })
  todayCheckIn!: CheckIn | null;
  @Field(() => [CheckIn], { description: 'Check-ins of the days asked for, oldest first.' })
  entries!: CheckIn[];
}

@InputType({ description: 'Today’s check-in. Checking in again today changes it; other days cannot change.' })
export class CheckInInput {
  @Field(() => Int)
  @IsInt()
  @Min(L.moodMin, { message: `mood must be ${L.moodMin} to ${L.moodMax}` })
  @Max(L.moodMax, { message: `mood must be ${L.moodMin} to ${L.moodMax}` })
  mood!: number;

  @Field(() => Int)
  @IsInt()
  @Min(L.cravingMin, { message: `craving must be ${L.cravingMin} to ${L.cravingMax}` })
  @Max(L.cravingMax, { message: `craving must be ${L.cravingMin} to ${L.cravingMax}` })
  craving!: number;

  @Field(() => String, { defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(L.noteMax, { message: `note must be at most ${L.noteMax} characters` })
  note = '';
}

@ArgsType()
export class CheckInHistoryArgs {
  @Field(() => Int, {
    defaultValue: 30,
    description: `How many days back, including today (1 to ${L.historyDaysMax}).`,
  })
  @IsInt()
  @Min(1, { message: `days must be 1 to ${L.historyDaysMax}` })
  @Max(L.historyDaysMax, { message: `days must be 1 to ${L.historyDaysMax}` })
  days = 30;
}
