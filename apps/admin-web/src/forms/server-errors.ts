import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import type { ApiError } from '@ipbureau/api-client';
import type { TErrorCode } from '@ipbureau/domain';

export interface ServerErrorsOptions {
  /** The form's top-level field names; an issue at `dataScope.districts` shows on `dataScope`. */
  fields: readonly string[];
  /**
   * Failures that answer without issues but mean one field (409 on create: the username is
   * taken; 422 on a password change: the current password is wrong).
   */
  fieldForCode?: Partial<Record<TErrorCode, string>>;
}

/** The field a server issue path belongs to, or undefined when the form has no such field. */
export function fieldOfIssue(path: string, fields: readonly string[]): string | undefined {
  const head = path.split('.')[0] ?? '';
  return fields.includes(path) ? path : fields.find((field) => field === head);
}

/**
 * Shows a refused save where the user looks: each issue beside its field, and the server's
 * message above the form when something could not be placed on a field.
 */
export function useServerErrors<TValues>(form: FormInstance<TValues>, { fields, fieldForCode = {} }: ServerErrorsOptions) {
  const [formError, setFormError] = useState<string | null>(null);

  const show = useCallback(
    (error: ApiError) => {
      const byField = new Map<string, string[]>();
      let unplaced = error.issues.length === 0;
      for (const issue of error.issues) {
        const field = fieldOfIssue(issue.path, fields);
        if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
        else unplaced = true;
      }
      const codeField = fieldForCode[error.code];
      if (error.issues.length === 0 && codeField && fields.includes(codeField)) {
        byField.set(codeField, [error.message]);
        unplaced = false;
      }
      // antd types `name` by the form's values; the names here come from `fields`, which the
      // caller lists from those values.
      form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
      setFormError(unplaced ? error.message : null);
    },
    [form, fields, fieldForCode],
  );

  const clear = useCallback(() => setFormError(null), []);
  return { formError, show, clear };
}
