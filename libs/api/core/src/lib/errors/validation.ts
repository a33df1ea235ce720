import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './app-error';

function flatten(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates every GraphQL input with class-validator. Unknown properties are refused, and the error names
 * each field with what is wrong, e.g. `displayName: displayName must be shorter than or equal to 40 characters`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badInput(fields.map((f) => f.message).join('; '), { fields });
    },
  });
}
