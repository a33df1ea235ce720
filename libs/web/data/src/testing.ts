// Test support for the web client's libs and app: `@kinship/web/data/testing`, for tests only. An entry point
// of its own, so that none of it (Testing Library registers test hooks when imported) can reach the app bundle.
export {
  fakeApi,
  gqlError,
  account as fakeAccount,
  authPayload as fakeAuthPayload,
  type SeenRequest,
  type Handler as FakeApiHandler,
} from './lib/testing/fake-api';
export { FakeSocket, fakeSocketFactory } from './lib/testing/fake-socket';
export { renderWithProviders, type RenderOptions } from './lib/testing/render';
