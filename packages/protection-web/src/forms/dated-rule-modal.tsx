import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Modal } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { FormAlert } from './form-alert';

/** What an edit form needs to tell a stale version from the other 409s (a date another row takes). */
export interface StaleCheck {
  /** Reloads the list and answers whether the row changed since the form read it. */
  check: () => Promise<boolean>;
  /** The row changed under the user: the screen closes the form and says so. */
  onStale: () => void;
}

/**
 * The modal form of a row of dated reference data (a service level, a reward rule), adding one or
 * correcting a scheduled one around the screen's own fields, with the server's refusals on them.
 * The API answers 409 without a field both for a stale version and for a date another row already
 * takes, so on a 409 the list is reloaded and the row's version decides which one it was.
 */
export function DatedRuleModal<TValues extends object, TBody>({
  title,
  name,
  initialValues,
  save,
  toBody,
  onDone,
  stale,
  children,
}: {
  title: string;
  name: string;
  initialValues: Partial<TValues>;
  save: UseMutationResult<unknown, ApiError, TBody>;
  /** The body to send, or null when there is nothing to send (an edit that changed nothing). */
  toBody: (values: TValues) => TBody | null;
  onDone: () => void;
  stale?: StaleCheck;
  children: ReactNode;
}) {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<TValues>();
  const errors = useServerErrors(form);
  const submit = (values: TValues) => {
    errors.clear();
    const body = toBody(values);
    if (body === null) return onDone();
    save.mutate(body, {
      onError: (error) => {
        if (error.code !== 'CONFLICT' || !stale) return errors.show(error);
        void stale.check().then((changed) => (changed ? stale.onStale() : errors.show(error)));
      },
    });
  };
  return (
    <Modal open title={title} okText={t('detail.submit')} cancelText={t('detail.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={save.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TValues> form={form} name={name} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {children}
      </Form>
    </Modal>
  );
}

/** The fields among `keys` the user changed from `row`: an edit sends only these, with the version read. */
export function changedFields<T extends object, K extends keyof T>(row: T, values: Partial<T>, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => values[key] !== undefined && values[key] !== row[key]).map((key) => [key, values[key]])) as Partial<Pick<T, K>>;
}

/** Whether `row` changed (or went) in `rows` as reloaded since the form read it. */
export function changedSince<T extends { id: string; version: number }>(rows: readonly T[] | undefined, row: T): boolean {
  return rows?.find((r) => r.id === row.id)?.version !== row.version;
}
