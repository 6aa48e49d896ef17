import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { formatYuan } from '@ipbureau/domain';
import type { TClaimAction, TInsuranceClaim, TInsurancePolicyDetail } from '@ipbureau/domain/utilization';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { useProduct } from '../../features/products/api/products.queries';
import { EditModal } from '../../features/products/components/edit-modal';
import { CLAIM_STATUS_TONES, formatRights, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';
import { DecideClaimModal, FileClaimModal } from './claim-modals';
import { PremiumSubsidyCard } from './premium-subsidy';

type Dialog = { kind: 'edit' } | { kind: 'file' } | { kind: 'decide'; claim: TInsuranceClaim; action: TClaimAction } | null;

function PolicyView({ policy }: { policy: TInsurancePolicyDetail }) {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const { district } = usePledgeLabels();
  const [dialog, setDialog] = useState<Dialog>(null);
  const none = t('products.common.none');
  const items = [
    { key: 'kind', label: t('products.insurance.kind'), children: vocab.label('insuranceKind', policy.kind) },
    { key: 'insurer', label: t('products.insurance.insurerName'), children: policy.insurerName },
    { key: 'insured', label: t('products.insurance.insuredName'), children: `${policy.insuredName}（${policy.insuredCreditCode}）` },
    { key: 'period', label: `${t('products.insurance.periodFrom')} – ${t('products.insurance.periodTo')}`, children: `${policy.periodFrom} – ${policy.periodTo}` },
    { key: 'insuredSum', label: t('products.insurance.insuredSum'), children: formatYuan(policy.insuredSum) },
    { key: 'premium', label: t('products.insurance.premium'), children: formatYuan(policy.premium) },
    { key: 'premiumSubsidy', label: t('products.insurance.premiumSubsidy'), children: formatYuan(policy.premiumSubsidy) },
    { key: 'paidClaims', label: t('products.insurance.paidClaims'), children: <span data-testid="paid-claims">{formatYuan(policy.paidClaims)}</span> },
    { key: 'rights', label: t('products.common.rightsShort'), children: policy.rights.length ? formatRights(policy.rights) : none },
    { key: 'district', label: t('products.common.district'), children: district(policy.district) },
    { key: 'note', label: t('products.common.note'), children: policy.note ?? none },
  ];
  const columns: TableColumnsType<TInsuranceClaim> = [
    { title: '#', dataIndex: 'seq' },
    { title: t('products.insurance.filedDate'), dataIndex: 'filedDate' },
    { title: t('products.insurance.claimedAmount'), dataIndex: 'claimedAmount', align: 'right', render: (amount: string) => formatYuan(amount) },
    { title: t('products.insurance.claimDescription'), dataIndex: 'description' },
    { title: t('products.insurance.claimStatus'), dataIndex: 'status', render: (status: TInsuranceClaim['status']) => <StatusTag status={status} tones={CLAIM_STATUS_TONES} label={vocab.label('claimStatus', status)} /> },
    { title: t('products.insurance.paidAmount'), dataIndex: 'paidAmount', align: 'right', render: (amount: string | null) => (amount ? formatYuan(amount) : none) },
    { title: t('products.insurance.decidedDate'), dataIndex: 'decidedDate', render: (date: string | null, c) => (date ? `${date}${c.refusalReason ? `（${c.refusalReason}）` : ''}` : none) },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, claim) => (
        <Space>
          {claim.allowedActions.map((action) => (
            <Button key={action} size="small" danger={action === 'refuse'} onClick={() => setDialog({ kind: 'decide', claim, action })}>
              {vocab.label('claimAction', action)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={policy.policyNumber} description={`${vocab.label('insuranceKind', policy.kind)} · ${policy.insuredName}`} extra={<Button onClick={() => setDialog({ kind: 'edit' })}>{t('products.common.edit')}</Button>} />
      <Flex vertical gap="middle">
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <PremiumSubsidyCard policy={policy} />
        <Card
          title={t('products.insurance.claims')}
          extra={
            <Button type="primary" onClick={() => setDialog({ kind: 'file' })}>
              {t('products.insurance.fileClaim')}
            </Button>
          }
        >
          {policy.claims.length === 0 ? <Typography.Text type="secondary">{t('products.insurance.noClaims')}</Typography.Text> : <Table<TInsuranceClaim> rowKey="id" columns={columns} dataSource={policy.claims} pagination={false} />}
        </Card>
        <Link to={productPaths.insurance}>{t('products.common.back')}</Link>
      </Flex>
      {dialog?.kind === 'file' ? <FileClaimModal policyId={policy.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'decide' ? <DecideClaimModal key={`${dialog.claim.id}-${dialog.claim.version}`} policyId={policy.id} claim={dialog.claim} action={dialog.action} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? (
        <EditModal
          key={policy.version}
          resource="insurance-policies"
          record={policy}
          fields={[
            { name: 'insurerName', label: t('products.insurance.insurerName') },
            { name: 'insuredSum', label: t('products.insurance.insuredSum'), type: 'decimal' },
            { name: 'premium', label: t('products.insurance.premium'), type: 'decimal' },
            { name: 'premiumSubsidy', label: t('products.insurance.premiumSubsidy'), type: 'decimal' },
            { name: 'periodTo', label: t('products.insurance.periodTo'), type: 'date' },
            { name: 'note', label: t('products.common.note'), type: 'textarea' },
          ]}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}

/** One policy with its figures and its claims, each claim with the decisions it allows next. */
export function InsuranceDetail() {
  const { id = '' } = useParams();
  const policy = useProduct('insurance-policies', id);
  if (policy.isError) return <Alert type="error" showIcon title={policy.error.message} />;
  if (!policy.data) return <Skeleton active />;
  return <PolicyView policy={policy.data} />;
}
