import { graphql } from '@kinship/web/data';

export const PUSH_SETTINGS = graphql(`
  query PushSettings {
    pushSettings {
      available
      publicKey
      enabledKinds
      subscriptions
    }
  }
`);

export const SUBSCRIBE_PUSH = graphql(`
  mutation SubscribePush($subscription: PushSubscriptionInput!) {
    subscribePush(subscription: $subscription) {
      available
      publicKey
      enabledKinds
      subscriptions
    }
  }
`);

export const UNSUBSCRIBE_PUSH = graphql(`
  mutation UnsubscribePush($endpoint: String!) {
    unsubscribePush(endpoint: $endpoint) {
      available
      publicKey
      enabledKinds
      subscriptions
    }
  }
`);

export const SET_PUSH_KIND = graphql(`
  mutation SetPushKind($kind: PushKind!, $enabled: Boolean!) {
    setPushKind(kind: $kind, enabled: $enabled) {
      available
      publicKey
      enabledKinds
      subscriptions
    }
  }
`);
