import { graphql } from '@kinship/web/data';

export const WORKSHEET_FIELDS = graphql(`
  fragment WorksheetFields on Worksheet {
    id
    kind
    title
    mine
    owner {
      id
      displayName
    }
    sharedWith {
      id
      displayName
    }
    visibleToSponsor
    updatedAt
    costBenefit {
      behavior
      usingBenefits
      usingCosts
      notUsingBenefits
      notUsingCosts
      reflection
    }
    abc {
      activatingEvent
      beliefs
      consequences
      disputing
      effectiveBeliefs
    }
    changePlan {
      changes
      reasons
      steps
      helpers
      signsOfSuccess
      obstacles
    }
  }
`);

export const WORKSHEET_LISTS = graphql(`
  query WorksheetLists {
    myWorksheets {
      id
      kind
      title
      updatedAt
      visibleToSponsor
      sharedWith {
        id
        displayName
      }
    }
    worksheetsSharedWithMe {
      id
      kind
      title
      updatedAt
      owner {
        id
        displayName
      }
    }
  }
`);

export const WORKSHEET = graphql(`
  query Worksheet($id: ID!) {
    worksheet(id: $id) {
      ...WorksheetFields
    }
  }
`);

export const SAVE_COST_BENEFIT = graphql(`
  mutation SaveCostBenefit($input: CostBenefitInput!) {
    saveCostBenefit(input: $input) {
      ...WorksheetFields
    }
  }
`);

export const SAVE_ABC = graphql(`
  mutation SaveAbc($input: AbcInput!) {
    saveAbc(input: $input) {
      ...WorksheetFields
    }
  }
`);

export const SAVE_CHANGE_PLAN = graphql(`
  mutation SaveChangePlan($input: ChangePlanInput!) {
    saveChangePlan(input: $input) {
      ...WorksheetFields
    }
  }
`);

export const SHARE_WORKSHEET = graphql(`
  mutation ShareWorksheet($id: ID!, $shared: Boolean!) {
    shareWorksheet(id: $id, shared: $shared) {
      ...WorksheetFields
    }
  }
`);

export const DELETE_WORKSHEET = graphql(`
  mutation DeleteWorksheet($id: ID!) {
    deleteWorksheet(id: $id)
  }
`);
