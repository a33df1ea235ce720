import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { PASSWORD_MAX, PASSWORD_MIN } from '@kinship/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(254)
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token from the link in the email.' })
  @IsString()
  @Length(1, 200, { message: 'token must be the token from the link in the email' })
  token!: string;

  @Field({ description: 'The new password; the same rules as at registration.' })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, {
    message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long`,
  })
  password!: string;
}

@ArgsType()
export class VerifyEmailArgs {
  @Field({ description: 'The token from the link in the email.' })
  @IsString()
  @Length(1, 200, { message: 'token must be the token from the link in the email' })
  token!: string;
}

@ArgsType()
export class RequestEmailChangeArgs {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'newEmail must be an email address, like name@example.org' })
  @MaxLength(254)
  newEmail!: string;

  @Field({ description: 'Your current password, to confirm it is you.' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}
