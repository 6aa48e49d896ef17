import { Card, Space } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { PillarHome } from '@ipbureau/ui';
import { productPaths, utilizationPaths } from '../../paths';

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
          <Link to={utilizationPaths.interestSubsidies}>{t('fund.nav.subsidies')}</Link>
          <Link to={utilizationPaths.interestSubsidyCreate}>{t('fund.nav.subsidyCreate')}</Link>
          <Link to={utilizationPaths.premiumSubsidies}>{t('fund.nav.premiumSubsidies')}</Link>
          <Link to={utilizationPaths.paymentApprovals}>{t('fund.nav.approvals')}</Link>
          {/* The products: awards, transfers, commercialization, insurance, securitization. */}
          <Link to={productPaths.awards}>{t('products.nav.awards')}</Link>
          <Link to={productPaths.transfers}>{t('products.nav.transfers')}</Link>
          <Link to={productPaths.projects}>{t('products.nav.projects')}</Link>
          <Link to={productPaths.insurance}>{t('products.nav.insurance')}</Link>
          <Link to={productPaths.securitization}>{t('products.nav.securitization')}</Link>
          <Link to={productPaths.overview}>{t('products.nav.overview')}</Link>
        </Space>
      </Card>
    </>
  );
}
