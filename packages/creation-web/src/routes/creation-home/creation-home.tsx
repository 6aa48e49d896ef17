import { Space } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { PillarHome } from '@ipbureau/ui';
import { creationPaths } from '../../paths';

export function CreationHome() {
  const { t } = useTranslation('creation');
  const health = useServiceHealth('creation');
  return (
    <>
      <PillarHome title={t('title')} description={t('description')} health={health} />
      <Space size="large" style={{ marginTop: 16 }}>
        <Link to={creationPaths.patents}>{t('nav.patents')}</Link>
        <Link to={creationPaths.trademarks}>{t('nav.trademarks')}</Link>
        <Link to={creationPaths.enterprises}>{t('nav.enterprises')}</Link>
        <Link to={creationPaths.ipcMappings}>{t('nav.ipcMappings')}</Link>
        <Link to={creationPaths.subsidies}>{t('nav.subsidies')}</Link>
        <Link to={creationPaths.clawbacks}>{t('subsidy.clawback.listTitle')}</Link>
        <Link to={creationPaths.gis}>{t('nav.gis')}</Link>
        <Link to={creationPaths.imports}>{t('nav.imports')}</Link>
        <Link to={creationPaths.overview}>{t('nav.overview')}</Link>
      </Space>
    </>
  );
}
