import type { ApolloCache } from '@apollo/client';
import type { PlanFieldsFragment, RecoveryFieldsFragment } from '@kinship/web/data';
import { MY_PLAN } from '../graphql/plan.documents';
import { MY_RECOVERY } from '../graphql/recovery.documents';

/**
 * The member's recovery settings and plan have no id (there is one of each per member), so Apollo cannot
 * match a mutation's answer to `myRecovery` / `myPlan` by itself: these write it there.
 */
export function writeRecovery(cache: ApolloCache, recovery: RecoveryFieldsFragment | undefined): void {
  if (recovery) cache.writeQuery({ query: MY_RECOVERY, data: { myRecovery: recovery } });
}

export function writePlan(cache: ApolloCache, plan: PlanFieldsFragment | undefined): void {
  if (plan) cache.writeQuery({ query: MY_PLAN, data: { myPlan: plan } });
}
