import { Alert, Card, Col, Descriptions, Empty, Flex, Result, Row, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CASE_STATUS_LABELS } from '@ipbureau/domain/protection';
import { ENTERPRISE_TITLE_LABELS, PATENT_STATUS_LABELS, SUBSIDY_STATUS_LABELS, TRADEMARK_STATUS_LABELS } from '@ipbureau/domain/creation';
import { AGENCY_STATUS_LABELS, type TBilingualText, type TOrganizationSection, type TProfileItem, type TProfileSection } from '@ipbureau/domain/public-services';
import { APPROVAL_STATUS_LABELS, PLEDGE_STATUS_LABELS } from '@ipbureau/domain/utilization';
import { BarChart, PageHeader } from '@ipbureau/ui';
import { useOrganizationProfile } from '../api/organizations.api';
import { useLabel, type Bilingual } from '../shared/labels';

const STATUS_LABELS: Partial<Record<TOrganizationSection, Record<string, Bilingual>>> = {
  patents: PATENT_STATUS_LABELS,
  trademarks: TRADEMARK_STATUS_LABELS,
  pledges: PLEDGE_STATUS_LABELS,
  cases: CASE_STATUS_LABELS,
  agencies: AGENCY_STATUS_LABELS,
  patentSubsidies: SUBSIDY_STATUS_LABELS,
  financingSubsidies: APPROVAL_STATUS_LABELS,
  training: { registered: { zh: '已报名', en: 'Registered' }, attended: { zh: '已签到', en: 'Attended' } },
};

/** The line of facts a section shows under its total, when it has one. */
function factsLine(section: TProfileSection, t: (key: string, values?: Record<string, unknown>) => string): string | null {
  if (section.section === 'financingSubsidies') return t('organizations.facts.financing', { interest: section.facts.interestSubsidies ?? 0, premium: section.facts.premiumSubsidies ?? 0 });
  if (section.section === 'training') return t('organizations.facts.trainingAttended', { count: Number(section.facts.attended ?? 0) });
  return null;
}

const CODE = /^[0-9A-Z]{18}$/;

function SectionCard({ section }: { section: TProfileSection }) {
  const { t, i18n } = useTranslation('public-services');
  const label = useLabel();
  const reason = (r: TBilingualText | null) => (r ? (i18n.language === 'en' ? r.en : r['zh-CN']) : '');
  const status = (item: TProfileItem) => {
    if (section.section === 'enterprise') return null;
    return label.of(STATUS_LABELS[section.section]?.[item.status], item.status);
  };
  const columns: TableColumnsType<TProfileItem> = [
    { title: t('organizations.columns.reference'), key: 'reference', render: (_, item) => <Link to={item.link}>{item.reference}</Link> },
    {
      title: t('organizations.columns.title'),
      key: 'title',
      ellipsis: true,
      // The trademark's title is its Nice classes, as numbers.
      render: (_, item) => (section.section === 'trademarks' ? t('organizations.niceClasses', { classes: item.title }) : item.title),
    },
    { title: t('organizations.columns.date'), key: 'date', render: (_, item) => item.date ?? t('common.none') },
    { title: t('organizations.columns.status'), key: 'status', render: (_, item) => status(item) },
  ];
  const title = (
    <Flex gap={8} align="center">
      {t(`organizations.sections.${section.section}`)}
      <Tag>{t(`organizations.pillars.${section.pillar}`)}</Tag>
    </Flex>
  );
  const extra = section.state === 'ok' ? <Link to={section.listLink}>{t('organizations.viewAll')}</Link> : null;
  return (
    <Card title={title} extra={extra} size="small" data-testid={`section-${section.section}`} data-state={section.state} style={{ height: '100%' }}>
      {section.state !== 'ok' ? (
        <Alert type={section.state === 'forbidden' ? 'info' : 'warning'} showIcon title={t(`organizations.${section.state}`)} description={reason(section.reason)} />
      ) : section.section === 'enterprise' ? (
        <EnterpriseFacts section={section} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text strong data-testid={`total-${section.section}`}>
            {t('organizations.total', { count: section.total })}
          </Typography.Text>
          {factsLine(section, t) ? (
            <Typography.Text type="secondary" data-testid={`facts-${section.section}`}>
              {factsLine(section, t)}
            </Typography.Text>
          ) : null}
          {section.recent.length > 0 ? (
            <Table<TProfileItem> rowKey="id" size="small" pagination={false} columns={columns} dataSource={section.recent} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organizations.noRecords')} />
          )}
        </Flex>
      )}
    </Card>
  );
}

function EnterpriseFacts({ section }: { section: TProfileSection }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const entry = section.recent[0];
  if (!entry) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organizations.noRecords')} />;
  const titles = Array.isArray(section.facts.currentTitles) ? section.facts.currentTitles : [];
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('organizations.columns.title')}>
        <Link to={entry.link}>{entry.title}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.facts.industry')}>{String(section.facts.industry || t('common.none'))}</Descriptions.Item>
      <Descriptions.Item label={t('organizations.facts.currentTitles')}>
        {titles.length > 0 ? titles.map((k) => <Tag key={k}>{label.of(ENTERPRISE_TITLE_LABELS[k as keyof typeof ENTERPRISE_TITLE_LABELS], k)}</Tag>) : t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.facts.validCertificates')}>{String(section.facts.validCertificates ?? 0)}</Descriptions.Item>
    </Descriptions>
  );
}

/** 单位画像: one organization across the pillars, each section from that pillar, marked when it could not be read. */
export function OrganizationProfilePage() {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const creditCode = (useParams().creditCode ?? '').toUpperCase();
  const valid = CODE.test(creditCode);
  const profile = useOrganizationProfile(valid ? creditCode : '');
  if (!valid) return <Result status="warning" title={t('organizations.invalidCode')} />;
  if (profile.isPending) return <Spin />;
  if (profile.isError) return <Result status="error" title={t('common.loadFailed')} subTitle={profile.error.message} />;
  const p = profile.data;
  const counted = p.sections.filter((s) => s.section !== 'enterprise');
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={p.name ?? t('organizations.unknownName')}
        description={
          <Typography.Text type="secondary">
            {t('organizations.creditCode')}: <span data-testid="profile-credit-code">{p.creditCode}</span>
            {p.district ? ` · ${label.district(p.district)}` : ''} · {t('organizations.profileTitle')}
          </Typography.Text>
        }
      />
      {p.complete ? null : <Alert type="warning" showIcon title={t('organizations.partial')} data-testid="profile-partial" />}
      <Card size="small" title={t('organizations.recordsChart')}>
        <BarChart
          ariaLabel={t('organizations.recordsChart')}
          height={220}
          categories={counted.map((s) => t(`organizations.sections.${s.section}`))}
          // A section that could not be read is a gap, not a zero.
          series={[{ name: t('organizations.records'), data: counted.map((s) => (s.state === 'ok' ? s.total : null)) }]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        {p.sections.map((section) => (
          <Col key={section.section} xs={24} xl={12}>
            <SectionCard section={section} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
