import { CheckInsResolver } from './check-ins/check-ins.resolver';
import { HelpResolver } from './help/help.resolver';
import { PlanResolver } from './plan/plan.resolver';
import { RecoveryResolver } from './recovery/recovery.resolver';
import { ResourcesResolver } from './resources/resources.resolver';
import { WorksheetsResolver } from './worksheets/worksheets.resolver';

/** Every GraphQL resolver class of this feature (for emitting schema.graphql without a database). */
export const toolkitResolvers: (new (...args: never[]) => unknown)[] = [
  ResourcesResolver,
  RecoveryResolver,
  PlanResolver,
  WorksheetsResolver,
  CheckInsResolver,
  HelpResolver,
];
