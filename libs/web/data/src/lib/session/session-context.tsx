import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { RegisterInput, SignInInput } from '../../generated/graphql';
import { REGISTER, SAVE_LOCALE, SIGN_IN, SIGN_OUT } from '../graphql/session.documents';
import type { KinshipClient } from '../apollo/create-apollo-client';
import type { SessionAccount, SessionStatus } from './session-store';
import { clearPrivateData, keepFor } from '../offline/private-data';

const SessionContext = createContext<KinshipClient | null>(null);

export interface SessionProviderProps {
  value: KinshipClient;
  children: ReactNode;
  /** Ask the API at mount whether the refresh cookie still holds a session (default true). */
  restore?: boolean;
}

/** Provides Apollo and the session; restores the session silently on start. */
export function SessionProvider({ value, children, restore = true }: SessionProviderProps) {
  useEffect(() => {
    if (restore) void value.restoreSession();
  }, [value, restore]);
  // Offline copies belong to one member: another member signing in on this device starts with none.
  useEffect(
    () =>
      value.session.subscribe(() => {
        const account = value.session.getState().account;
        if (account) void keepFor(account.id);
      }),
    [value],
  );
  return (
    <ApolloProvider client={value.client}>
      <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
    </ApolloProvider>
  );
}

export interface Session {
  status: SessionStatus;
  account: SessionAccount | null;
  signIn(input: SignInInput): Promise<SessionAccount>;
  register(input: RegisterInput): Promise<SessionAccount>;
  /** Ends the session on the API (best effort) and here (always). */
  signOut(): Promise<void>;
  /** Forgets the session here only, e.g. after the account was deleted. */
  clear(): Promise<void>;
  /** Keeps the session's account in step after the member changed their profile. */
  updateAccount(account: SessionAccount): void;
  /** Saves the interface language on the account when signed in. */
  saveLocale(locale: string): Promise<void>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  const { client, session } = value;
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);

  const signIn = useCallback(
    async (input: SignInInput) => {
      const { data } = await client.mutate({ mutation: SIGN_IN, variables: { input } });
      if (!data) throw new Error('The sign-in answer was empty.');
      session.signedIn(data.signIn);
      return data.signIn.account;
    },
    [client, session],
  );

  const register = useCallback(
    async (input: RegisterInput) => {
      // The answer is the same whether or not the email had an account (its owner is emailed instead), so
      // the new member is signed in with the same credentials; for someone else's address that fails.
      const { data } = await client.mutate({ mutation: REGISTER, variables: { input } });
      if (!data) throw new Error('The sign-up answer was empty.');
      return signIn({ email: input.email, password: input.password });
    },
    [client, signIn],
  );

  const clear = useCallback(async () => {
    session.clear();
    // What this device kept for offline use goes too (saved meetings, plan, the session's account).
    void clearPrivateData();
    await client.clearStore();
  }, [client, session]);

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: SIGN_OUT });
    } catch {
      // The API may already consider this session over; this device forgets it either way.
    }
    await clear();
  }, [client, clear]);

  const saveLocale = useCallback(
    async (locale: string) => {
      if (session.getState().status !== 'signedIn') return;
      const { data } = await client.mutate({ mutation: SAVE_LOCALE, variables: { locale } });
      if (data) session.updateAccount(data.updateProfile);
    },
    [client, session],
  );

  return useMemo(
    () => ({
      status: state.status,
      account: state.account,
      signIn,
      register,
      signOut,
      clear,
      saveLocale,
      updateAccount: (account: SessionAccount) => session.updateAccount(account),
    }),
    [state, signIn, register, signOut, clear, saveLocale, session],
  );
}

/**
 * The current access token, for the few REST calls the API has (file uploads too large for GraphQL, which
 * send it as `Authorization: Bearer …`). Read it right before the call; it lives in memory only.
 */
export function useAccessToken(): () => string | null {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useAccessToken must be used inside <SessionProvider>');
  const { session } = value;
  return useCallback(() => session.accessToken, [session]);
}

/** Back online: restore the session from the refresh cookie, then refetch every query on screen. */
export function useReconnect(): () => Promise<void> {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useReconnect must be used inside <SessionProvider>');
  return useCallback(() => value.reconnect(), [value]);
}
