import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { servicePath, useApiClient } from '@ipbureau/api-client';
import type { TOrganizationProfile, TOrganizationSearchResult } from '@ipbureau/domain/public-services';

/** Unified search and the organization profile, served by public-services-api from every pillar's API. */
export const organizationKeys = {
  search: (q: string) => ['public-services', 'organizations', 'search', q] as const,
  profile: (creditCode: string) => ['public-services', 'organizations', 'profile', creditCode] as const,
};

/** Suggestions for the header's search box; asks only once there are two characters. */
export function useOrganizationSearch(q: string) {
  const client = useApiClient();
  const text = q.trim();
  return useQuery({
    queryKey: organizationKeys.search(text),
    queryFn: ({ signal }) => client.get<TOrganizationSearchResult>(servicePath('public-services', '/search'), { query: { q: text }, signal }),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useOrganizationProfile(creditCode: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: organizationKeys.profile(creditCode),
    queryFn: ({ signal }) => client.get<TOrganizationProfile>(servicePath('public-services', `/organizations/${encodeURIComponent(creditCode)}/profile`), { signal }),
    enabled: creditCode !== '',
  });
}
