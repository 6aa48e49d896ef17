import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCaseCreateInput, TCaseDocument, TCaseDocumentCreate, TCaseDetail, TCaseTransitionInput, TCaseUpdateInput } from '@ipbureau/domain/protection';
import { useApiClient, type ApiError } from '@ipbureau/api-client';
import { casesApi } from './cases.api';
import { caseKeys } from './cases.queries';

/**
 * Every case write makes the lists and the summary stale, and puts the case file it answered
 * with into the cache. The invalidation is part of the hook, so a screen's own `onSuccess` (close
 * the form, navigate) runs after it and cannot replace it.
 */
function useCaseWrite<TVariables>(write: (variables: TVariables) => Promise<TCaseDetail>, onSuccess?: (saved: TCaseDetail) => void) {
  const queryClient = useQueryClient();
  return useMutation<TCaseDetail, ApiError, TVariables>({
    mutationFn: write,
    onSuccess: async (saved) => {
      queryClient.setQueryData(caseKeys.detail(saved.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'summary'] }),
      ]);
      onSuccess?.(saved);
    },
  });
}

export function useRegisterCase(onSuccess?: (saved: TCaseDetail) => void) {
  const client = useApiClient();
  return useCaseWrite((body: TCaseCreateInput) => casesApi.register(client, body), onSuccess);
}

export function useCaseTransition(id: string, onSuccess?: (saved: TCaseDetail) => void) {
  const client = useApiClient();
  return useCaseWrite((body: TCaseTransitionInput) => casesApi.transition(client, id, body), onSuccess);
}

export function useUpdateCase(id: string, onSuccess?: (saved: TCaseDetail) => void) {
  const client = useApiClient();
  return useCaseWrite((body: TCaseUpdateInput) => casesApi.update(client, id, body), onSuccess);
}

/** A write to the case's documents register refreshes the register it shows. */
function useDocumentWrite<TVariables>(id: string, write: (variables: TVariables) => Promise<TCaseDocument>, onSuccess?: (saved: TCaseDocument) => void) {
  const queryClient = useQueryClient();
  return useMutation<TCaseDocument, ApiError, TVariables>({
    mutationFn: write,
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.documents(id) });
      onSuccess?.(saved);
    },
  });
}

export function useAddCaseDocument(id: string, onSuccess?: (saved: TCaseDocument) => void) {
  const client = useApiClient();
  return useDocumentWrite(id, (body: TCaseDocumentCreate) => casesApi.addDocument(client, id, body), onSuccess);
}

export function useVoidCaseDocument(id: string, onSuccess?: (saved: TCaseDocument) => void) {
  const client = useApiClient();
  return useDocumentWrite(id, ({ docId, reason }: { docId: string; reason: string }) => casesApi.voidDocument(client, id, docId, reason), onSuccess);
}
