import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { PillarHome } from '@ipbureau/ui';

export function PublicServicesHome() {
  const { t } = useTranslation('public-services');
  const health = useServiceHealth('public-services');
  return <PillarHome title={t('title')} description={t('description')} health={health} />;
}
