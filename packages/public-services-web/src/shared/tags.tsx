import { AGENCY_STATUS_LABELS, SUPERVISION_STATUS_LABELS, type TAgencyStatus, type TSupervisionStatus } from '@ipbureau/domain/public-services';
import { StatusTag } from '@ipbureau/ui';
import { useLabel } from './labels';

export function AgencyStatusTag({ status }: { status: TAgencyStatus }) {
  const { of } = useLabel();
  return <StatusTag status={status} tones={{ active: 'success', deregistered: 'default' }} label={of(AGENCY_STATUS_LABELS[status])} />;
}

export function SupervisionStatusTag({ status }: { status: TSupervisionStatus }) {
  const { of } = useLabel();
  return <StatusTag status={status} tones={{ open: 'warning', rectified: 'processing', closed: 'success' }} label={of(SUPERVISION_STATUS_LABELS[status])} />;
}
