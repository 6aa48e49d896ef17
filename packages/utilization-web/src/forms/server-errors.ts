import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import type { ApiError } from '@ipbureau/api-client';

/**
 * Shows a refused save where the user looks: each issue beside its field, and the server's
 * message above the form when no field can hold it (409, 422). The same idea as admin-web's
 * `useServerErrors`; a pillar package may not import the app, so it lives here until the shared
 * kit offers it.
 */
export function useServerErrors<TValues>(form: FormInstance<TValues>, fields: readonly string[]) {
  const [formError, setFormError] = useState<string | null>(null);
  const show = useCallback(
    (error: ApiError) => {
      const byField = new Map<string, string[]>();
      let unplaced = error.issues.length === 0;
      for (const issue of error.issues) {
        const head = issue.path.split('.')[0] ?? '';
        if (fields.includes(head)) byField.set(head, [...(byField.get(head) ?? []), issue.message]);
        else unplaced = true;
      }
      // antd types `name` by the form's values; these names come from `fields`, listed from them.
      form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
      setFormError(unplaced ? error.message : null);
    },
    [form, fields],
  );
  const clear = useCallback(() => setFormError(null), []);
  return { formError, show, clear };
}
