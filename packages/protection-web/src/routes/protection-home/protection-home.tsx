import { useTranslation } from 'react-i18next';
import { useServiceHealth } from '@ipbureau/api-client';
import { PillarHome } from '@ipbureau/ui';

export function ProtectionHome() {
  const { t } = useTranslation('protection');
  const health = useServiceHealth('protection');
  return <PillarHome title={t('title')} description={t('description')} health={health} />;
}
