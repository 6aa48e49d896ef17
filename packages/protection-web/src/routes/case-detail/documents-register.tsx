import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { compareDates, todayInChina } from '@ipbureau/domain';
import { CASE_DOCUMENT_KIND_LABELS, type TCaseDetail, type TCaseDocument, type TCaseDocumentCreate } from '@ipbureau/domain/protection';
import { exportXlsx, useApiClient } from '@ipbureau/api-client';
import { ExportButton, useServerErrors } from '@ipbureau/ui';
import { caseDocumentsPath } from '../../api/cases.api';
import { useAddCaseDocument, useVoidCaseDocument } from '../../api/cases.mutations';
import { useCaseDocuments } from '../../api/cases.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

/**
 * The case's documents register 案卷文书: kind, number, title, date and who recorded each entry, a
 * voided entry struck through with its reason. Officers record entries and void wrong ones.
 */
export function DocumentsRegister({ caseFile, canEdit }: { caseFile: TCaseDetail; canEdit: boolean }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const client = useApiClient();
  const documents = useCaseDocuments(caseFile.id);
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<TCaseDocument | null>(null);
  const struck = (doc: TCaseDocument, text: string) => (doc.voided ? <Typography.Text delete>{text}</Typography.Text> : text);
  return (
    <Card
      size="small"
      title={t('documents.title')}
      style={{ marginTop: 16 }}
      extra={
        <Space>
          <ExportButton fileName={`${caseFile.caseNumber} ${t('documents.title')}`} download={() => exportXlsx(client, caseDocumentsPath(caseFile.id), {})} />
          {canEdit && <Button onClick={() => setAdding(true)}>{t('documents.add')}</Button>}
        </Space>
      }
    >
      <Table<TCaseDocument>
        size="small"
        pagination={false}
        rowKey="id"
        loading={documents.isPending}
        dataSource={documents.data ?? []}
        locale={{ emptyText: t('documents.none') }}
        onRow={(doc) => ({ 'data-testid': doc.voided ? 'document-voided' : 'document' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('documents.kind'), key: 'kind', render: (_, doc) => struck(doc, l.label(CASE_DOCUMENT_KIND_LABELS, doc.kind)) },
          { title: t('documents.documentNumber'), key: 'documentNumber', render: (_, doc) => struck(doc, doc.documentNumber ?? '—') },
          {
            title: t('documents.documentTitle'),
            key: 'title',
            render: (_, doc) => (
              <>
                {struck(doc, doc.title)}
                {doc.voided && <div><Typography.Text type="secondary">{t('documents.voided', { reason: doc.voided.reason, name: doc.voided.by.name })}</Typography.Text></div>}
              </>
            ),
          },
          { title: t('documents.dated'), key: 'dated', render: (_, doc) => struck(doc, doc.dated) },
          { title: t('documents.recordedBy'), key: 'recordedBy', render: (_, doc) => struck(doc, doc.recordedBy.name) },
          ...(canEdit
            ? [{ title: '', key: 'actions', render: (_: unknown, doc: TCaseDocument) => !doc.voided && <Button size="small" danger onClick={() => setVoiding(doc)}>{t('documents.void')}</Button> }]
            : []),
        ]}
      />
      {adding && <AddDocumentForm caseFile={caseFile} onDone={() => setAdding(false)} />}
      {voiding && <VoidDocumentForm caseId={caseFile.id} doc={voiding} onDone={() => setVoiding(null)} />}
    </Card>
  );
}

type AddValues = { kind?: TCaseDocumentCreate['kind']; documentNumber?: string; title?: string; dated?: string };

/** Records a document; its date is checked in Chinese before sending: not before registration, not after today. */
function AddDocumentForm({ caseFile, onDone }: { caseFile: TCaseDetail; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<AddValues>();
  const errors = useServerErrors(form);
  const add = useAddCaseDocument(caseFile.id, onDone);
  const submit = (values: AddValues) => {
    errors.clear();
    const documentNumber = values.documentNumber?.trim();
    const body = { kind: values.kind!, title: values.title!, dated: values.dated!, ...(documentNumber ? { documentNumber } : {}) };
    add.mutate(body, { onError: (error) => errors.show(error) });
  };
  const datedRule = {
    validator: async (_: unknown, value?: string) => {
      if (!value) throw new Error(t('documents.datedRequired'));
      if (compareDates(value, caseFile.registeredDate) < 0) throw new Error(t('documents.datedBeforeRegistration', { date: caseFile.registeredDate }));
      if (compareDates(value, todayInChina()) > 0) throw new Error(t('documents.datedFuture'));
    },
  };
  return (
    <Modal open title={t('documents.add')} okText={t('detail.submit')} cancelText={t('detail.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={add.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<AddValues> form={form} name="case-document" layout="vertical" initialValues={{ dated: todayInChina() }} onFinish={submit}>
        <Form.Item name="kind" label={t('documents.kind')} rules={[{ required: true, message: t('documents.kindRequired') }]}>
          <Select options={l.options(CASE_DOCUMENT_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('documents.documentNumber')} rules={[{ max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('documents.documentTitle')} rules={[{ required: true, whitespace: true, message: t('documents.titleRequired') }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dated" label={t('documents.dated')} rules={[datedRule]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function VoidDocumentForm({ caseId, doc, onDone }: { caseId: string; doc: TCaseDocument; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<{ reason: string }>();
  const errors = useServerErrors(form);
  const voidDoc = useVoidCaseDocument(caseId, onDone);
  const submit = ({ reason }: { reason: string }) => {
    errors.clear();
    voidDoc.mutate({ docId: doc.id, reason: reason.trim() }, { onError: (error) => errors.show(error) });
  };
  return (
    <Modal open title={`${t('documents.voidTitle')}：${doc.title}`} okText={t('detail.submit')} cancelText={t('detail.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={voidDoc.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form form={form} name="case-document-void" layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('documents.voidReason')} rules={[{ required: true, whitespace: true, message: t('documents.reasonRequired') }, { max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
