/** Where the session lives between calls. */
export interface TokenStore {
  getAccessToken(): string | null;
  getRefreshToken(): string | null;
  save(tokens: { accessToken: string; refreshToken: string }): void;
  clear(): void;
  /** True while there is anything to authenticate with; screens redirect to login when false. */
  hasSession(): boolean;
  /** For `useSyncExternalStore`: called after every save or clear. */
  subscribe(listener: () => void): () => void;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const REFRESH_KEY = 'ipbureau.refreshToken';

/**
 * The access token stays in memory only, so a script that reads storage gets at most the refresh
 * token. The refresh token goes to sessionStorage rather than localStorage because:
 * - officers share office computers; closing the browser must end the session (等保 session
 *   termination), which localStorage would outlive;
 * - refresh tokens rotate and the server rejects a reused one; tabs sharing localStorage would
 *   race to rotate the same token and sign each other out, while each tab's sessionStorage
 *   keeps its own chain.
 * A reload keeps the session: the refresh token survives and buys a new access token.
 */
export function createTokenStore(storage: KeyValueStorage | null = globalThis.sessionStorage ?? null): TokenStore {
  let accessToken: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    getAccessToken: () => accessToken,
    getRefreshToken: () => storage?.getItem(REFRESH_KEY) ?? null,
    save(tokens) {
      accessToken = tokens.accessToken;
      storage?.setItem(REFRESH_KEY, tokens.refreshToken);
      notify();
    },
    clear() {
      accessToken = null;
      storage?.removeItem(REFRESH_KEY);
      notify();
    },
    hasSession: () => accessToken !== null || (storage?.getItem(REFRESH_KEY) ?? null) !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
