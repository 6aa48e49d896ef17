import { App, Form, Input, Modal, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { INFO_REQUEST_ACTION_LABELS, type TInfoRequest, type TInfoRequestAction, type TInfoRequestTransition } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useInfoRequestTransition } from '../../api/public-services.api';
import { useLabel } from '../../shared/labels';
import { ProviderPicker, type TProvider } from './provider-picker';

type StepValues = { date: string; provider?: TProvider | null; deliverable?: string; rating?: number; comment?: string; note?: string };

/** One step of a request: each action asks for what it records, and sends the version read. */
export function InfoRequestStepModal({ request, action, onClose }: { request: TInfoRequest; action: TInfoRequestAction; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const errors = useServerErrors(form, { fields: ['date', 'provider', 'deliverable', 'rating', 'comment', 'note'] });
  const transition = useInfoRequestTransition();
  const actionLabel = label.of(INFO_REQUEST_ACTION_LABELS[action]);

  const submit = (v: StepValues) => {
    errors.clear();
    const common = { version: request.version, date: v.date };
    const body: TInfoRequestTransition =
      action === 'assign'
        ? { action, ...common, providerName: v.provider?.name ?? '', providerAgencyId: v.provider?.agencyId ?? null }
        : action === 'deliver'
          ? { action, ...common, deliverable: v.deliverable ?? '' }
          : action === 'rate'
            ? { action, ...common, rating: v.rating ?? 0, comment: v.comment ?? '' }
            : { action, ...common, note: v.note ?? '' };
    transition.mutate(
      { id: request.id, body },
      {
        onSuccess: () => {
          void message.success(t('infoRequests.stepDone', { action: actionLabel }));
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <Modal open title={`${actionLabel}：${request.subject}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={transition.isPending} destroyOnHidden>
      {errors.formError ? <div role="alert">{errors.formError}</div> : null}
      <Form<StepValues> form={form} name="info-request-step" layout="vertical" onFinish={submit} initialValues={{ date: todayInChina(), rating: 5 }}>
        <Form.Item name="date" label={t('infoRequests.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {action === 'assign' ? (
          <Form.Item name="provider" label={t('infoRequests.provider')} rules={[{ required: true, message: t('infoRequests.providerRequired') }]}>
            <ProviderPicker />
          </Form.Item>
        ) : null}
        {action === 'deliver' ? (
          <Form.Item name="deliverable" label={t('infoRequests.deliverable')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        ) : null}
        {action === 'rate' ? (
          <>
            <Form.Item name="rating" label={t('infoRequests.rating')} rules={[{ required: true }]}>
              <Rate />
            </Form.Item>
            <Form.Item name="comment" label={t('infoRequests.comment')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        ) : null}
        {action === 'cancel' ? (
          <Form.Item name="note" label={t('infoRequests.note')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
