import type { TServiceName } from './client/services';

/**
 * Every cache key in one factory, so invalidation names what it means (`queryKeys.auth.all`)
 * rather than repeating array literals that drift apart.
 */
export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    me: () => [...queryKeys.auth.all, 'me'] as const,
  },
  health: {
    all: ['health'] as const,
    service: (service: TServiceName) => [...queryKeys.health.all, service] as const,
  },
};
