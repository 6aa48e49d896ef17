import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { PillarHome } from '@ipbureau/ui';

export function CreationHome() {
  const { t } = useTranslation('creation');
  const health = useServiceHealth('creation');
  return <PillarHome title={t('title')} description={t('description')} health={health} />;
}
