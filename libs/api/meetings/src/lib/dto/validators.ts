import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { canonicalTimeZone, isTimeZone } from '../domain/time-zones';

export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * An IANA time zone name, such as America/New_York, that PostgreSQL and this runtime both know. Legacy
 * names (US/Eastern) and other spellings (america/new_york) are replaced by the canonical name first.
 */
export function IsIanaTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    Transform(({ value }) => canonicalTimeZone(value))(target, propertyName);
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName,
      options: {
        message: (args) =>
          `${propertyName} must be an IANA time zone such as America/New_York (got "${String(args.value).slice(0, 64)}")`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) },
    });
  };
}

/** A time of day written HH:MM, 00:00 to 23:59. */
export function IsClock(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isClock',
      target: target.constructor,
      propertyName,
      options: {
        message: (args) =>
          `${propertyName} must be a time of day from 00:00 to 23:59 written HH:MM, like 19:30 (got "${String(args.value)}")`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && CLOCK_PATTERN.test(value) },
    });
}

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
