import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { hasModuleLevel, todayInChina } from '@ipbureau/domain';
import { CALENDAR_DAY_KIND_LABELS, NATIONWIDE, type TCalendarDay, type TCalendarDayKind } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { DataTable, PageHeader, useServerErrors } from '@ipbureau/ui';
import { FormAlert } from '../../forms/form-alert';
import { calendarApi, useCalendar, useCalendarWrite } from '../../api/calendar.api';
import { useLabels } from '../../labels';

interface Values {
  date: string;
  kind: TCalendarDayKind;
  name: string;
}

/** The working-day calendar editor 工作日历: the year's public holidays and adjusted working days, kept by the section chief. */
export function CalendarPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canEdit = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'approver');
  const [year, setYear] = useState(Number(todayInChina().slice(0, 4)));
  const [adding, setAdding] = useState(false);
  const days = useCalendar(year);
  const verify = useCalendarWrite(calendarApi.verify);
  const remove = useCalendarWrite(calendarApi.remove);
  const region = (code: string) => (code === NATIONWIDE ? t('calendar.nationwide') : l.district(code));

  const columns: TableColumnsType<TCalendarDay> = [
    { title: t('calendar.date'), dataIndex: 'date' },
    { title: t('calendar.kind'), dataIndex: 'kind', render: (kind: TCalendarDayKind) => <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{l.label(CALENDAR_DAY_KIND_LABELS, kind)}</Tag> },
    { title: t('calendar.name'), dataIndex: 'name' },
    { title: t('calendar.region'), dataIndex: 'region', render: region },
    { title: t('calendar.verified'), dataIndex: 'verified', render: (verified: boolean) => (verified ? <Tag color="success">{t('calendar.yes')}</Tag> : <Tag color="warning">{t('calendar.toVerify')}</Tag>) },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'actions',
            render: (_v: unknown, d: TCalendarDay) => (
              <Space>
                {!d.verified && (
                  <Button size="small" onClick={() => verify.mutate(d)}>
                    {t('calendar.markVerified')}
                  </Button>
                )}
                <Button size="small" danger onClick={() => remove.mutate(d)}>
                  {t('create.remove')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        description={t('calendar.description')}
        extra={
          <Space>
            <Link to="../cases">{t('nav.cases')}</Link>
            <Link to="../rapid-service-levels">{t('rapidLevels.nav')}</Link>
            {canEdit && (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('calendar.add')}
              </Button>
            )}
          </Space>
        }
      />
      <Space style={{ marginBottom: 16 }}>
        <span>{t('overview.year')}</span>
        <InputNumber aria-label={t('overview.year')} min={2000} max={2100} value={year} onChange={(value) => value && setYear(value)} />
      </Space>
      {days.data && days.data.some((d) => !d.verified) && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('calendar.unverified')} />}
      <DataTable<TCalendarDay> columns={columns} rows={days.data ?? []} rowKey="id" loading={days.isFetching} page={1} pageSize={500} total={days.data?.length ?? 0} onChange={() => undefined} />
      {adding && <AddDay onDone={() => setAdding(false)} />}
    </>
  );
}

function AddDay({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const create = useCalendarWrite(calendarApi.create, onDone);
  const submit = (values: Values) => {
    errors.clear();
    create.mutate({ date: values.date, kind: values.kind, name: values.name }, { onError: (error) => errors.show(error) });
  };
  return (
    <Modal open title={t('calendar.add')} okText={t('detail.submit')} cancelText={t('detail.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={create.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name="calendar-day" layout="vertical" initialValues={{ kind: 'holiday' }} onFinish={submit}>
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true }]}>
          <Select options={l.options(CALENDAR_DAY_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
