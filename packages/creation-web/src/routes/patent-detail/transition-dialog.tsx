import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPatentAction, TPatentDetail } from '@ipbureau/domain/creation';
import { useTransitionPatent } from '../../features/patents/api/patents.mutations';
import { useCreationLabels } from '../../features/labels';
import { EffectiveDateDialog } from '../../forms/effective-date-dialog';

/** Records one legal-status change of a patent, against the version on screen. */
export function TransitionDialog({ patent, action, onClose }: { patent: TPatentDetail; action: TPatentAction; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const transition = useTransitionPatent({ onSuccess: () => void message.success(t('patent.transitioned')) });
  return (
    <EffectiveDateDialog
      title={t('patent.recordAction', { action: labels.patentAction(action) })}
      pending={transition.isPending}
      submit={(values) => transition.mutateAsync({ id: patent.id, body: { action, version: patent.version, ...values } })}
      onClose={onClose}
    />
  );
}
