import { useMe } from '@ipbureau/api-client';
import { hasModuleLevel } from '@ipbureau/domain';

/** Whether the signed-in user may record and change public-services data (officer or approver). The server decides again. */
export function useCanWrite(): boolean {
  const me = useMe();
  return !!me.data && hasModuleLevel(me.data.roles, 'public-services', 'officer');
}
