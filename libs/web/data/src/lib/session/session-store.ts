import type { AccountFieldsFragment } from '../../generated/graphql';

export type SessionAccount = AccountFieldsFragment;

/** `restoring` while the app asks the API whether this device still has a session (at start). */
export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionState {
  status: SessionStatus;
  account: SessionAccount | null;
}

export interface SessionPayload {
  accessToken: string;
  account: SessionAccount;
}

type Listener = () => void;

/**
 * The signed-in member and their access token. The token lives in memory only (never localStorage):
 * a reload restores the session through the httpOnly refresh cookie instead.
 */
export class SessionStore {
  private token: string | null = null;
  private state: SessionState = { status: 'restoring', account: null };
  private readonly listeners = new Set<Listener>();

  get accessToken(): string | null {
    return this.token;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  signedIn(payload: SessionPayload): void {
    this.token = payload.accessToken;
    this.set({ status: 'signedIn', account: payload.account });
  }

  /** Replaces the account after the member changed it (the token stays). */
  updateAccount(account: SessionAccount): void {
    if (this.state.status !== 'signedIn') return;
    this.set({ status: 'signedIn', account });
  }

  clear(): void {
    this.token = null;
    this.set({ status: 'signedOut', account: null });
  }

  private set(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
