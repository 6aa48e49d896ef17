import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Form, Input, Modal, Space, Spin, Tag } from 'antd';
import { hasModuleLevel, todayInChina } from '@ipbureau/domain';
import { useMe } from '@ipbureau/api-client';
import {
  PROTECTED_RIGHT_KIND_LABELS,
  REPORT_ACTION_LABELS,
  REPORT_ENDED_STATUSES,
  REPORT_STATUS_LABELS,
  type TReportAction,
  type TReportDetail,
  type TReportReassignInput,
  type TReportStatus,
  type TReportTransitionInput,
} from '@ipbureau/domain/protection';
import { StatusTag, useServerErrors } from '@ipbureau/ui';
import { useReassignReport, useReport, useReportStep } from '../../api/reports.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { REPORT_STATUS_TONES } from './report-list-page';
import { RecordPage } from '../record-page';

/** One report: the reporter (masked unless the caller handles it), the case, the reward, the dated steps and the caller's next steps. */
export function ReportDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const l = useLabels();
  const report = useReport(id);
  const me = useMe();
  const [reassigning, setReassigning] = useState(false);
  if (report.isPending) return <Spin />;
  if (report.isError) return <Alert type="error" showIcon message={report.error.message} />;
  const r = report.data;
  // The approver (section chief) hands an open report to another officer.
  const canReassign = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'approver') && !(REPORT_ENDED_STATUSES as readonly TReportStatus[]).includes(r.status);
  const items = [
    { key: 'status', label: t('report.status'), children: <StatusTag status={r.status} tones={REPORT_STATUS_TONES} label={l.label(REPORT_STATUS_LABELS, r.status)} /> },
    { key: 'reporter', label: t('report.reporterName'), children: r.identityMasked ? <Space>{r.reporter.name}<Tag>{t('report.masked')}</Tag></Space> : r.reporter.name },
    { key: 'phone', label: t('report.phone'), children: r.reporter.phone },
    { key: 'idNumber', label: t('report.idNumber'), children: r.reporter.idNumber },
    { key: 'rightKind', label: t('report.rightKind'), children: l.label(PROTECTED_RIGHT_KIND_LABELS, r.rightKind) },
    { key: 'receivedDate', label: t('report.receivedDate'), children: r.receivedDate },
    { key: 'handlingOfficer', label: t('report.handlingOfficer'), children: r.handlingOfficer.name },
    { key: 'district', label: t('fields.district'), children: l.district(r.district) },
    { key: 'case', label: t('report.case'), children: r.caseId ? <Link to={`../../cases/${r.caseId}`} relative="path">{r.caseNumber}</Link> : '—' },
    { key: 'reward', label: t('report.rewardAmount'), children: r.rewardAmount ? `${l.yuan(r.rewardAmount)}（${t('report.basis')} ${l.yuan(r.rewardBasis)}）` : '—' },
    { key: 'paidDate', label: t('report.paidDate'), children: r.paidDate ?? '—' },
    { key: 'reason', label: t('report.reason'), children: r.notVerifiedReason ?? '—' },
    { key: 'subject', label: t('report.subject'), children: r.subject },
  ];
  return (
    <RecordPage
      title={`${t('report.title')} · ${r.receivedDate}`}
      backLabel={t('report.title')}
      actions={r.allowedActions}
      labels={REPORT_ACTION_LABELS}
      extraActions={canReassign && <Button onClick={() => setReassigning(true)}>{t('report.reassign')}</Button>}
      items={items}
      steps={{
        steps: r.timeline,
        testId: 'report-step',
        heading: (step) => <>{l.label(REPORT_ACTION_LABELS, step.action)} → {l.label(REPORT_STATUS_LABELS, step.toStatus)}</>,
        details: (step) =>
          Object.entries(step.details).map(([key, value]) => (
            <div key={key}>
              {t(step.action === 'reassign' && key === 'reason' ? 'report.reassignReason' : `report.${key}`, { defaultValue: key })}: {value}
            </div>
          )),
      }}
      version={r.version}
      refetch={report.refetch}
      stepForm={(action, handlers) => <StepForm report={r} action={action} {...handlers} />}
      onStale={() => setReassigning(false)}
      forms={(onStale) => reassigning && <ReassignForm key={r.version} report={r} onDone={() => setReassigning(false)} onStale={onStale} />}
    />
  );
}

type Values = { effectiveDate: string; caseId?: string; reason?: string; note?: string };

function StepForm({ report, action, onDone, onStale }: { report: TReportDetail; action: TReportAction; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const step = useReportStep(report.id, onDone);
  const submit = ({ caseId, ...values }: Values) => {
    errors.clear();
    const body = { ...values, action, version: report.version, ...(action === 'verify' ? { caseId: caseId?.trim() ? caseId.trim() : null } : {}) } as TReportTransitionInput;
    step.mutate(body, {
      onError: (error) => {
        errors.show(error);
        if (error.code === 'CONFLICT') onStale();
      },
    });
  };
  return (
    <Modal open title={l.label(REPORT_ACTION_LABELS, action)} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={step.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name={`report-${action}`} layout="vertical" initialValues={{ effectiveDate: todayInChina() }} onFinish={submit}>
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {action === 'verify' && (
          <Form.Item name="caseId" label={t('report.caseId')}>
            <Input />
          </Form.Item>
        )}
        {action === 'reject' && (
          <Form.Item name="reason" label={t('report.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ReassignValues = { effectiveDate: string; handlingOfficer: { userId: string; name: string }; reason: string };

/** 变更承办人: the new officer, the date and the reason, sent with the version read. */
function ReassignForm({ report, onDone, onStale }: { report: TReportDetail; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<ReassignValues>();
  const errors = useServerErrors(form);
  const reassign = useReassignReport(report.id, onDone);
  const submit = (values: ReassignValues) => {
    errors.clear();
    const body: TReportReassignInput = { ...values, version: report.version };
    reassign.mutate(body, {
      onError: (error) => {
        errors.show(error);
        if (error.code === 'CONFLICT') onStale();
      },
    });
  };
  return (
    <Modal open title={t('report.reassign')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={reassign.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<ReassignValues> form={form} name="report-reassign" layout="vertical" initialValues={{ effectiveDate: todayInChina() }} onFinish={submit}>
        <Form.Item name={['handlingOfficer', 'name']} label={t('report.newOfficerName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name={['handlingOfficer', 'userId']} label={t('report.newOfficerId')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('credit.effectiveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="reason" label={t('report.reassignReason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
