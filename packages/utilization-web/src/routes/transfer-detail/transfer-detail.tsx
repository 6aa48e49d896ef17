import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import type { TTransferContract } from '@ipbureau/domain/utilization';
import { PageHeader } from '@ipbureau/ui';
import { useProduct } from '../../features/products/api/products.queries';
import { EditModal } from '../../features/products/components/edit-modal';
import { formatRights, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

function ContractView({ contract }: { contract: TTransferContract }) {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const { district } = usePledgeLabels();
  const [editing, setEditing] = useState(false);
  const none = t('products.common.none');
  const items = [
    { key: 'kind', label: t('products.transfers.kind'), children: vocab.label('transferKind', contract.kind) },
    { key: 'licenseKind', label: t('products.transfers.licenseKind'), children: contract.licenseKind ? vocab.label('licenseKind', contract.licenseKind) : none },
    { key: 'licensor', label: t('products.transfers.licensorName'), children: `${contract.licensorName}${contract.licensorCreditCode ? `（${contract.licensorCreditCode}）` : ''}` },
    { key: 'licensee', label: t('products.transfers.licenseeName'), children: `${contract.licenseeName}（${contract.licenseeCreditCode}）` },
    { key: 'rights', label: t('products.common.rightsShort'), children: formatRights(contract.rights) },
    { key: 'amount', label: t('products.transfers.amount'), children: formatYuan(contract.amount) },
    { key: 'contractNumber', label: t('products.transfers.contractNumber'), children: contract.contractNumber ?? none },
    { key: 'contractDate', label: t('products.transfers.contractDate'), children: contract.contractDate },
    { key: 'registrationNumber', label: t('products.transfers.registrationNumber'), children: contract.registrationNumber ?? none },
    { key: 'registrationDate', label: t('products.transfers.registrationDate'), children: contract.registrationDate ?? none },
    { key: 'term', label: `${t('products.transfers.termFrom')} – ${t('products.transfers.termTo')}`, children: contract.termFrom || contract.termTo ? `${contract.termFrom ?? none} – ${contract.termTo ?? none}` : none },
    { key: 'district', label: t('products.common.district'), children: district(contract.district) },
    { key: 'note', label: t('products.common.note'), children: contract.note ?? none },
  ];
  return (
    <>
      <PageHeader title={`${contract.licensorName} → ${contract.licenseeName}`} description={vocab.label('transferKind', contract.kind)} extra={<Button onClick={() => setEditing(true)}>{t('products.common.edit')}</Button>} />
      <Flex vertical gap="middle">
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <Link to={productPaths.transfers}>{t('products.common.back')}</Link>
      </Flex>
      {editing ? (
        <EditModal
          key={contract.version}
          resource="transfer-contracts"
          record={contract}
          fields={[
            { name: 'amount', label: t('products.transfers.amount'), type: 'decimal' },
            { name: 'registrationNumber', label: t('products.transfers.registrationNumber') },
            { name: 'registrationDate', label: t('products.transfers.registrationDate'), type: 'date' },
            { name: 'note', label: t('products.common.note'), type: 'textarea' },
          ]}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}

/** One contract: parties, rights, amount and registration; the registration is added here when it comes. */
export function TransferDetail() {
  const { id = '' } = useParams();
  const contract = useProduct('transfer-contracts', id);
  if (contract.isError) return <Alert type="error" showIcon title={contract.error.message} />;
  if (!contract.data) return <Skeleton active />;
  return <ContractView contract={contract.data} />;
}
