import {
  createContext,
  type ReactElement,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useState,
} from 'react';
import { ApiError, api } from '../api/client';
import type { SessionResponse, User } from '../api/types';

interface AuthState {
  /** undefined while loading, null when signed out. */
  readonly user: User | null | undefined;
  setUser(user: User | null): void;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Who is signed in, loaded once from /auth/me and updated by the sign-in pages. */
export function AuthProvider({ children }: { children: ReactNode }): ReactElement {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setUser((await api<SessionResponse>('GET', '/auth/me')).user);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setUser(null);
      else throw error;
    }
  }, []);
  const signOut = useCallback(async () => {
    await api('POST', '/auth/logout').catch(() => undefined);
    setUser(null);
  }, []);
  useEffect(() => {
    refresh().catch(() => setUser(null));
  }, [refresh]);
  return <AuthContext.Provider value={{ user, setUser, refresh, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** A complete session: signed in and, when the account has TOTP, past the second step. */
export function isSignedIn(user: User | null | undefined): user is User {
  return !!user && user.secondFactor !== 'pending';
}
