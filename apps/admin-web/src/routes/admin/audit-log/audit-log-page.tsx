import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, DatePicker, Descriptions, Form, Input, Select, Tag, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SERVICES, useAuditEvents, useAuditVerification } from '@ipbureau/api-client';
import { AUDIT_ACTIONS, type TAuditAction, type TAuditEvent } from '@ipbureau/domain';
import { BeforeAfter, DateTime, FilterBar } from '@ipbureau/ui';
import { AdminScreen } from '../admin-list/admin-screen';
import { LongText } from '../admin-list/long-text';
import { PagedTable } from '../admin-list/paged-table';
import { usePaging } from '../admin-list/use-paging';
import { periodBounds } from './audit-period';
import { AuditVerification } from './audit-verification';

interface AuditFilterValues {
  service?: string;
  entity?: string;
  action?: TAuditAction;
  period?: [Dayjs | null, Dayjs | null] | null;
}

type AuditFilters = Pick<AuditFilterValues, 'service' | 'entity' | 'action'> & { from?: string; to?: string };

function AuditDetail({ event }: { event: TAuditEvent }) {
  const { t } = useTranslation();
  return (
    <>
      <BeforeAfter before={event.before} after={event.after} />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginTop: 12 }}
        items={[
          { key: 'seq', label: 'seq', children: `${event.chain} #${event.seq}` },
          { key: 'clientAddress', label: t('audit.clientAddress'), children: event.clientAddress ?? t('common.none') },
          { key: 'roles', label: t('users.roles'), children: event.actorRoles.join(', ') || t('common.none') },
          { key: 'hash', label: t('audit.hash'), children: <LongText value={event.hash} width={360} code /> },
        ]}
      />
    </>
  );
}

/** 审计日志: the auditor searches every service's audit trail and checks its hash chains. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const paging = usePaging<AuditFilters>({});
  const events = useAuditEvents(paging.params);
  const verification = useAuditVerification();

  const columns: TableColumnsType<TAuditEvent> = [
    { title: t('audit.at'), key: 'at', render: (_, e) => <DateTime value={e.at} /> },
    { title: t('audit.service'), key: 'service', render: (_, e) => t(`audit.serviceNames.${e.service}`, { defaultValue: e.service }) },
    { title: t('audit.entity'), dataIndex: 'entity', key: 'entity' },
    { title: t('audit.entityId'), key: 'entityId', render: (_, e) => <LongText value={e.entityId} width={160} /> },
    { title: t('audit.action'), key: 'action', render: (_, e) => <Tag>{t(`audit.actions.${e.action}`)}</Tag> },
    { title: t('audit.actor'), key: 'actor', render: (_, e) => e.actorName ?? e.actorId ?? t('audit.system') },
    { title: t('audit.requestId'), key: 'requestId', render: (_, e) => <LongText value={e.requestId} width={160} /> },
  ];

  return (
    <AdminScreen
      title={t('menu.auditLog')}
      description={t('audit.description')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verification.isFetching} onClick={() => void verification.refetch()}>
          {t('audit.verify')}
        </Button>
      }
    >
      <AuditVerification check={verification} />
      <FilterBar<AuditFilterValues>
        name="audit-filters"
        onSearch={({ service, entity, action, period }) =>
          paging.setFilters({
            service,
            entity: entity?.trim() || undefined,
            action,
            ...periodBounds(period?.[0]?.format('YYYY-MM-DD'), period?.[1]?.format('YYYY-MM-DD')),
          })
        }
      >
        <Form.Item name="service" label={t('audit.service')}>
          <Select allowClear style={{ width: 160 }} options={SERVICES.map((service) => ({ value: service, label: t(`audit.serviceNames.${service}`) }))} />
        </Form.Item>
        <Form.Item name="entity" label={t('audit.entity')}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <Select allowClear style={{ width: 120 }} options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))} />
        </Form.Item>
        <Form.Item name="period" label={t('audit.period')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
      </FilterBar>
      <PagedTable<TAuditEvent>
        query={events}
        paging={paging.table}
        columns={columns}
        rowKey={(e) => `${e.chain}:${e.seq}`}
        expandable={{ expandedRowRender: (event) => <AuditDetail event={event} /> }}
      />
    </AdminScreen>
  );
}
