import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For optional input fields whose column is NOT NULL: leaving the field out keeps the current value, but an
 * explicit `null` is refused as a field error instead of reaching PostgreSQL. Use in place of @IsOptional().
 */
export function OptionalNotNull(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsDefined({ message: '$property cannot be null: leave it out to keep the current value' }),
  );
}
