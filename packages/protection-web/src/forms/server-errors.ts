import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { ApiError } from '@ipbureau/api-client';

/**
 * Puts a refused save's issues beside the form's fields (an issue at `parties.0.creditCode` on
 * that party's field) and keeps the message for the top of the form when an issue names no field
 * the form has, or the refusal names no field at all (409, 403).
 * (admin-web has a similar hook for flat forms; this one also places issues inside lists.)
 */
export function useServerErrors(form: FormInstance) {
  const [formError, setFormError] = useState<string | null>(null);
  const show = (error: ApiError) => {
    const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
    const placed = error.issues.filter((issue) => known.has(issue.path));
    form.setFields(placed.map((issue) => ({ name: issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: [issue.message] })));
    setFormError(placed.length === error.issues.length && placed.length > 0 ? null : error.message);
  };
  return { formError, show, clear: () => setFormError(null) };
}
