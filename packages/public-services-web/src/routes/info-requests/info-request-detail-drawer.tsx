import { Descriptions, Drawer, Rate, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { INFO_REQUEST_ACTION_LABELS, INFO_REQUEST_KIND_LABELS, INFO_REQUEST_STATUS_LABELS, type TInfoRequestAction } from '@ipbureau/domain/public-services';
import { useInfoRequest } from '../../api/public-services.api';
import { useLabel } from '../../shared/labels';

/** One request and its dated steps, oldest first. */
export function InfoRequestDetailDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const request = useInfoRequest(id);
  const r = request.data;
  const stepLabel = (action: string) => (action === 'create' ? t('infoRequests.received') : label.of(INFO_REQUEST_ACTION_LABELS[action as TInfoRequestAction], action));

  return (
    <Drawer open={!!id} onClose={onClose} title={r?.subject} destroyOnHidden>
      {r ? (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('infoRequests.kind')}>{label.of(INFO_REQUEST_KIND_LABELS[r.kind])}</Descriptions.Item>
            <Descriptions.Item label={t('infoRequests.enterprise')}>{`${r.enterpriseName}（${r.enterpriseCreditCode}）`}</Descriptions.Item>
            <Descriptions.Item label={t('infoRequests.status')}>{label.of(INFO_REQUEST_STATUS_LABELS[r.status])}</Descriptions.Item>
            <Descriptions.Item label={t('infoRequests.provider')}>{r.providerName ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('infoRequests.deliverable')}>{r.deliverable ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('infoRequests.rating')}>{r.rating ? <Rate disabled value={r.rating} /> : t('common.none')}</Descriptions.Item>
          </Descriptions>
          <Timeline items={r.history.map((e) => ({ key: `${e.at}-${e.action}`, children: `${e.date} ${stepLabel(e.action)}${e.note ? `：${e.note}` : ''}` }))} />
        </>
      ) : null}
    </Drawer>
  );
}
