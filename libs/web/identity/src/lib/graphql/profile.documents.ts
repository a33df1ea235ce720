import { graphql } from '@kinship/web/data';

export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...AccountFields
    }
  }
`);

export const EXPORT_MY_DATA = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DELETE_ACCOUNT = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input)
  }
`);
