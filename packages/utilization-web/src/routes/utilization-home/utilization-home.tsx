import { Card, Space } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { PillarHome } from '@ipbureau/ui';
import { utilizationPaths } from '../../paths';

export function UtilizationHome() {
  const { t } = useTranslation('utilization');
  const health = useServiceHealth('utilization');
  return (
    <>
      <PillarHome title={t('title')} description={t('description')} health={health} />
      <Card style={{ marginTop: 16 }}>
        <Space size="large" wrap>
          <Link to={utilizationPaths.pledges}>{t('nav.pledges')}</Link>
          <Link to={utilizationPaths.overview}>{t('nav.overview')}</Link>
          <Link to={utilizationPaths.pledgeCreate}>{t('nav.apply')}</Link>
          {/* Risk-compensation fund, interest subsidies, payment approvals (util-fund). */}
          <Link to={utilizationPaths.fundLedger}>{t('fund.nav.ledger')}</Link>
          <Link to={utilizationPaths.interestSubsidyCreate}>{t('fund.nav.subsidyCreate')}</Link>
          <Link to={utilizationPaths.paymentApprovals}>{t('fund.nav.approvals')}</Link>
        </Space>
      </Card>
    </>
  );
}
