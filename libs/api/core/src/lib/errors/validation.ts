import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, validateSync, type ValidatorOptions } from 'class-validator';
import { badInput } from './app-error';

function flatten(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

type Storage = {
  getTargetValidationMetadatas(target: unknown, schema: string, ...rest: unknown[]): unknown[];
  addValidationMetadata(metadata: unknown): void;
  addConstraintMetadata(metadata: { async?: boolean }): void;
  constraintMetadatas: Map<unknown, { async?: boolean }[]>;
};

const storage = getMetadataStorage() as unknown as Storage;
/** Lookups of a class's rules (no groups, no schema), by the lookup's options and the class. */
const remembered = new Map<string, Map<unknown, unknown[]>>();
let anyAsyncRule: boolean | null = null;

/**
 * class-validator looks up a class's rules for every object it validates by walking every class that has
 * rules (an `instanceof` each). The rules are declared when the modules load, so a lookup without groups
 * is remembered, and everything remembered is forgotten if a rule is ever added later.
 */
function rememberRuleLookups(): void {
  if ((storage as { remembering?: true }).remembering) return;
  (storage as { remembering?: true }).remembering = true;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema || (groups as string[] | undefined)?.length)
      return lookUp(target, schema, always, strictGroups, groups);
    const key = `${String(always)} ${String(strictGroups)}`;
    let byClass = remembered.get(key);
    if (!byClass) remembered.set(key, (byClass = new Map()));
    let rules = byClass.get(target);
    if (!rules) byClass.set(target, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  const addRule = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    remembered.clear();
    addRule(metadata);
  };
  const addConstraint = storage.addConstraintMetadata.bind(storage);
  storage.addConstraintMetadata = (metadata) => {
    remembered.clear();
    anyAsyncRule = null;
    addConstraint(metadata);
  };
}

/**
 * Nest's ValidationPipe, validating synchronously: class-validator's async mode makes promises for every
 * rule of every property. Every constraint here returns a boolean; should one ever be declared
 * `async: true`, validation goes back to the async mode.
 */
class SyncValidationPipe extends ValidationPipe {
  protected override validate(object: object, options?: ValidatorOptions) {
    anyAsyncRule ??= [...storage.constraintMetadatas.values()].some((list) => list.some((c) => c.async));
    return anyAsyncRule ? super.validate(object, options) : validateSync(object, options);
  }
}

/**
 * Validates every GraphQL input with class-validator. Unknown properties are refused, and the error names
 * each field with what is wrong, e.g. `displayName: displayName must be shorter than or equal to 40 characters`.
 */
export function createValidationPipe(): ValidationPipe {
  rememberRuleLookups();
  return new SyncValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badInput(fields.map((f) => f.message).join('; '), { fields });
    },
  });
}
