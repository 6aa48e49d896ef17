import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { PillarHome } from '@ipbureau/ui';

export function UtilizationHome() {
  const { t } = useTranslation('utilization');
  const health = useServiceHealth('utilization');
  return <PillarHome title={t('title')} description={t('description')} health={health} />;
}
