import { Field, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { OptionalNotNull } from '@kinship/api/core';
import {
  BIO_MAX,
  DISPLAY_NAME_MAX,
  DISPLAY_NAME_MIN,
  PASSWORD_MAX,
  PASSWORD_MIN,
  SUPPORTED_LOCALES,
} from '@kinship/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Letters (any script), spaces, dots, apostrophes and hyphens: "Ana R.", "José M.", "Mary-Kate O'B." */
export const DISPLAY_NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u;
const DISPLAY_NAME_RULE = {
  message: `displayName may use letters, spaces, dots, apostrophes and hyphens only, like "Ana R." (first name and last initial)`,
};

@ValidatorConstraint({ name: 'timeZone' })
export class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || value.length > 64) return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'timeZone must be an IANA time zone such as America/New_York';
  }
}

@InputType()
export class RegisterInput {
  @Field({ description: 'Seen only by you; never shown to other members.' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, {
    message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long`,
  })
  password!: string;

  @Field({ description: 'How other members see you; first name and last initial is suggested.' })
  @Transform(trim)
  @IsString()
  @Length(DISPLAY_NAME_MIN, DISPLAY_NAME_MAX, {
    message: `displayName must be ${DISPLAY_NAME_MIN} to ${DISPLAY_NAME_MAX} characters long`,
  })
  @Matches(DISPLAY_NAME_PATTERN, DISPLAY_NAME_RULE)
  displayName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES, { message: `locale must be one of ${SUPPORTED_LOCALES.join(', ')}` })
  locale?: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(DISPLAY_NAME_MIN, DISPLAY_NAME_MAX, {
    message: `displayName must be ${DISPLAY_NAME_MIN} to ${DISPLAY_NAME_MAX} characters long`,
  })
  @Matches(DISPLAY_NAME_PATTERN, DISPLAY_NAME_RULE)
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'What you choose to share with other members.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(BIO_MAX, { message: `bio must be at most ${BIO_MAX} characters long` })
  bio?: string;

  @Field(() => String, { nullable: true })
  @OptionalNotNull()
  @IsIn(SUPPORTED_LOCALES, { message: `locale must be one of ${SUPPORTED_LOCALES.join(', ')}` })
  locale?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;
}

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Your current password, to confirm it is you.' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}
