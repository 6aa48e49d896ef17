import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useUpdateProduct } from '../api/products.mutations';
import type { TProductResource, TProductResources } from '../api/products.api';

export type EditField = { name: string; label: string; type?: 'text' | 'date' | 'decimal' | 'textarea' };

/**
 * Corrects a few fields of a record against the version the page shows: when someone else
 * changed it meanwhile, the server refuses (409) and the message shows above the form. Only the
 * fields changed are sent; an emptied optional field is sent as null.
 */
export function EditModal<R extends Exclude<TProductResource, 'commercialization-projects'>>({
  resource,
  record,
  fields,
  onClose,
}: {
  resource: R;
  record: { id: string; version: number } & Record<string, unknown>;
  fields: readonly EditField[];
  onClose: () => void;
}) {
  const { t } = useTranslation('utilization');
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const errors = useServerErrors(form, fields.map((f) => f.name));
  const update = useUpdateProduct(resource, {
    onSuccess: () => {
      void message.success(t('products.common.saved'));
      onClose();
    },
    onError: errors.show,
  });
  const initial = Object.fromEntries(fields.map((f) => [f.name, (record[f.name] as string | null | undefined) ?? undefined]));

  const submit = (values: Record<string, string | undefined>) => {
    errors.clear();
    const changed = Object.fromEntries(
      fields.filter((f) => (values[f.name] ?? '') !== (initial[f.name] ?? '')).map((f) => [f.name, values[f.name] ? values[f.name] : null]),
    );
    update.mutate({ id: record.id, body: { version: record.version, ...changed } as unknown as TProductResources[R]['update'] });
  };

  return (
    <Modal open title={t('products.common.edit')} okText={t('products.common.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={update.isPending} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form form={form} name={`${resource}-edit`} layout="vertical" initialValues={initial} onFinish={submit}>
        {fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label}>
            {f.type === 'textarea' ? <Input.TextArea rows={2} maxLength={500} /> : <Input type={f.type === 'date' ? 'date' : 'text'} inputMode={f.type === 'decimal' ? 'decimal' : undefined} />}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
