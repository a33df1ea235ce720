import { graphql } from '@kinship/web/data';

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on RecoveryPlan {
    warningSigns
    triggers {
      people
      places
      things
      feelings
    }
    halt {
      hungry
      angry
      lonely
      tired
    }
    copingActions
    reasons
    people {
      name
      phone
      note
    }
    sponsor {
      id
      displayName
    }
    updatedAt
  }
`);

export const MY_PLAN = graphql(`
  query MyPlan {
    myPlan {
      ...PlanFields
    }
  }
`);

export const SAVE_PLAN = graphql(`
  mutation SavePlan($input: RecoveryPlanInput!) {
    savePlan(input: $input) {
      ...PlanFields
    }
  }
`);
