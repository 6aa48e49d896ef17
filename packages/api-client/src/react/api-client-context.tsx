import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../client/api-client';

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an <ApiClientProvider> above it');
  return client;
}

/** Re-renders when the session starts or ends (login, logout, refused refresh). */
export function useSignedIn(): boolean {
  const { tokens } = useApiClient();
  return useSyncExternalStore(tokens.subscribe, tokens.hasSession, tokens.hasSession);
}
