import { useState } from 'react';
import { Alert, Card, Col, Form, Input, Row, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInChina } from '@ipbureau/domain';
import { OUTLIER_REASON_LABELS, type TAgencyResult, type TAgentResult } from '@ipbureau/domain/public-services';
import { BarChart, FilterBar, StatCard } from '@ipbureau/ui';
import { useSupervisionResults } from '../../api/public-services.api';
import { DISTRICTS, useLabel } from '../../shared/labels';
import { PillarScreen } from '../../shared/pillar-nav';

type Filters = { from: string; to: string; district?: string };

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const percentNumber = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/**
 * 按结果监管: agencies ranked by how their applications fared (facts the server reads from the
 * creation module), those to inspect marked in the table and in the chart; each agency unfolds
 * into its agents.
 */
export function SupervisionResultsPage() {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const today = todayInChina();
  const [filters, setFilters] = useState<Filters>({ from: `${Number(today.slice(0, 4)) - 1}-01-01`, to: `${Number(today.slice(0, 4)) - 1}-12-31` });
  const results = useSupervisionResults(filters);
  const data = results.data;

  const reasons = (r: { outlierReasons: TAgencyResult['outlierReasons'] }) =>
    r.outlierReasons.map((reason) => (
      <Tag key={reason} color="red">
        {label.of(OUTLIER_REASON_LABELS[reason])}
      </Tag>
    ));
  const figures = <T extends TAgentResult | TAgencyResult>(): TableColumnsType<T> => [
    { title: t('results.filed'), dataIndex: 'filed', key: 'filed', align: 'right' },
    { title: t('results.granted'), dataIndex: 'granted', key: 'granted', align: 'right' },
    { title: t('results.refusedOrWithdrawn'), dataIndex: 'refusedOrWithdrawn', key: 'refusedOrWithdrawn', align: 'right' },
    { title: t('results.flaggedAbnormal'), dataIndex: 'flaggedAbnormal', key: 'flaggedAbnormal', align: 'right' },
    { title: t('results.grantRate'), key: 'grantRate', align: 'right', render: (_, r) => percent(r.grantRate) },
    { title: t('results.abnormalShare'), key: 'abnormalShare', align: 'right', render: (_, r) => percent(r.abnormalShare) },
    { title: t('results.outlier'), key: 'outlier', render: (_, r) => (r.outlier ? <Space size={4} wrap>{reasons(r)}</Space> : null) },
  ];
  const agencyColumns: TableColumnsType<TAgencyResult> = [
    { title: t('results.rank'), dataIndex: 'rank', key: 'rank', width: 64 },
    {
      title: t('results.agency'),
      key: 'agency',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          {a.agencyId ? <Link to={`../agencies/${a.agencyId}`}>{a.name}</Link> : <span>{t('results.unregistered')}</span>}
          <Typography.Text type="secondary">{a.creditCode}</Typography.Text>
        </Space>
      ),
    },
    ...figures<TAgencyResult>(),
  ];
  const agentColumns: TableColumnsType<TAgentResult> = [
    { title: t('results.agent'), key: 'agent', render: (_, g) => `${g.name ?? t('results.unregistered')}（${g.licenceNumber}）` },
    ...figures<TAgentResult>(),
  ];
  const agencies = data?.agencies ?? [];
  const name = (a: TAgencyResult) => `${a.outlier ? t('results.chartOutlierMark') : ''}${a.name ?? a.creditCode}`;

  return (
    <PillarScreen title={t('results.title')} description={t('results.description')}>
      <FilterBar<Filters> name="results-filters" initialValues={filters} onSearch={(v) => setFilters({ ...filters, ...v })}>
        <Form.Item name="from" label={t('results.from')}>
          <Input type="date" aria-label={t('results.from')} />
        </Form.Item>
        <Form.Item name="to" label={t('results.to')}>
          <Input type="date" aria-label={t('results.to')} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear style={{ width: 140 }} placeholder={t('common.allDistricts')} options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
      </FilterBar>
      {results.isError ? <Alert type="error" showIcon title={t('results.unavailable')} description={results.error.message} style={{ marginBottom: 16 }} /> : null}
      {data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={6}>
            <StatCard title={t('results.overallGrantRate')} value={percent(data.overallGrantRate)} />
          </Col>
          <Col xs={24} md={6}>
            <StatCard title={t('results.overallAbnormalShare')} value={percent(data.overallAbnormalShare)} />
          </Col>
          <Col xs={24} md={12}>
            <Alert
              type="info"
              title={t('results.rule', { minFiled: data.rule.minFiled, abnormal: percent(data.rule.abnormalShareAbove), margin: Math.round(data.rule.grantRateBelowCityBy * 100) })}
            />
          </Col>
          <Col span={24}>
            <Card title={t('results.chart')}>
              {agencies.length ? (
                <BarChart
                  ariaLabel={t('results.chart')}
                  horizontal
                  unit="%"
                  height={Math.max(200, agencies.length * 48)}
                  categories={agencies.map(name)}
                  series={[
                    { name: t('results.grantRate'), data: agencies.map((a) => percentNumber(a.grantRate)) },
                    { name: t('results.abnormalShare'), data: agencies.map((a) => percentNumber(a.abnormalShare)) },
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">{t('results.empty')}</Typography.Text>
              )}
            </Card>
          </Col>
          <Col span={24}>
            <Table<TAgencyResult>
              size="small"
              rowKey="creditCode"
              columns={agencyColumns}
              dataSource={agencies}
              loading={results.isFetching}
              pagination={false}
              rowClassName={(a) => (a.outlier ? 'ps-outlier' : '')}
              expandable={{
                rowExpandable: (a) => a.agents.length > 0,
                expandedRowRender: (a) => <Table<TAgentResult> size="small" rowKey="licenceNumber" columns={agentColumns} dataSource={a.agents} pagination={false} />,
              }}
            />
          </Col>
        </Row>
      ) : null}
    </PillarScreen>
  );
}
