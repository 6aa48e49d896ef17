import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import type { ApiError } from '@ipbureau/api-client';

/**
 * Shows a refused save where the user looks: each issue beside its field, and the server's
 * message above the form when it names no field of the form. (admin-web has a fuller one that
 * is not exported; this is the part the pillar's forms need.)
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
      form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
      setFormError(unplaced ? error.message : null);
    },
    [form, fields],
  );
  const clear = useCallback(() => setFormError(null), []);
  return { formError, show, clear };
}
