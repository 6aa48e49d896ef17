import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';

/**
 * What a refused save carries: the shape of the platform's error body (an `ApiError` from
 * api-client matches it). Declared here so the kit depends on no service code.
 */
export interface Refusal {
  code: string;
  message: string;
  issues: readonly { path: string; message: string }[];
}

export interface ServerErrorsOptions {
  /**
   * The form's top-level field names: an issue at `dataScope.districts` shows on `dataScope`.
   * Without them, issues go to whatever field the form has at that exact path, list items
   * included (`parties.0.creditCode`).
   */
  fields?: readonly string[];
  /**
   * Refusals that come without issues but concern one field (409 on create: the username is
   * taken; 422 on a password change: the current password is wrong).
   */
  fieldForCode?: Partial<Record<string, string>>;
}

type FieldName = (string | number)[];

const toName = (path: string): FieldName => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** The field a server issue belongs to among `fields`, or undefined when the form has none. */
export function fieldOfIssue(path: string, fields: readonly string[]): string | undefined {
  const head = path.split('.')[0] ?? '';
  return fields.includes(path) ? path : fields.find((field) => field === head);
}

/**
 * Shows a refused save where the user looks: each issue beside its field, and the server's
 * message above the form (`<FormError>`) when something could not be placed on a field.
 */
export function useServerErrors<TValues>(form: FormInstance<TValues>, options: readonly string[] | ServerErrorsOptions = {}) {
  const { fields, fieldForCode = {} } = Array.isArray(options) ? { fields: options as readonly string[] } : (options as ServerErrorsOptions);
  const [formError, setFormError] = useState<string | null>(null);

  const show = useCallback(
    (refusal: Refusal) => {
      const known = fields ?? form.getFieldsError().map((f) => f.name.join('.'));
      const byField = new Map<string, string[]>();
      let unplaced = refusal.issues.length === 0;
      for (const issue of refusal.issues) {
        const field = fields ? fieldOfIssue(issue.path, fields) : known.includes(issue.path) ? issue.path : undefined;
        if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
        else unplaced = true;
      }
      const codeField = fieldForCode[refusal.code];
      if (refusal.issues.length === 0 && codeField && known.includes(codeField)) {
        byField.set(codeField, [refusal.message]);
        unplaced = false;
      }
      // antd types `name` by the form's values; these names come from the form's own fields.
      form.setFields([...byField].map(([name, errors]) => ({ name: toName(name) as never, errors })));
      setFormError(unplaced ? refusal.message : null);
    },
    [form, fields, fieldForCode],
  );

  const clear = useCallback(() => setFormError(null), []);
  return { formError, show, clear };
}
