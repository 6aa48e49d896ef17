import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import type { TSecuritization } from '@ipbureau/domain/utilization';
import { PageHeader } from '@ipbureau/ui';
import { useProduct } from '../../features/products/api/products.queries';
import { EditModal } from '../../features/products/components/edit-modal';
import { formatRights, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

function ProductView({ product }: { product: TSecuritization }) {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const { district } = usePledgeLabels();
  const [editing, setEditing] = useState(false);
  const none = t('products.common.none');
  const items = [
    { key: 'kind', label: t('products.securitization.kind'), children: vocab.label('securitizationKind', product.kind) },
    { key: 'code', label: t('products.securitization.code'), children: product.code ?? none },
    { key: 'issuer', label: t('products.securitization.issuerName'), children: product.issuerName },
    { key: 'amount', label: t('products.securitization.amount'), children: formatYuan(product.amount) },
    { key: 'issueDate', label: t('products.securitization.issueDate'), children: product.issueDate },
    { key: 'maturityDate', label: t('products.securitization.maturityDate'), children: product.maturityDate ?? none },
    { key: 'rights', label: t('products.common.rightsShort'), children: formatRights(product.rights) },
    { key: 'enterprises', label: t('products.securitization.enterprisesShort'), children: product.enterprises.map((e) => `${e.name}（${e.creditCode}）`).join('；') },
    { key: 'district', label: t('products.common.district'), children: district(product.district) },
    { key: 'note', label: t('products.common.note'), children: product.note ?? none },
  ];
  return (
    <>
      <PageHeader title={product.name} description={product.issuerName} extra={<Button onClick={() => setEditing(true)}>{t('products.common.edit')}</Button>} />
      <Flex vertical gap="middle">
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <Link to={productPaths.securitization}>{t('products.common.back')}</Link>
      </Flex>
      {editing ? (
        <EditModal
          key={product.version}
          resource="securitization-products"
          record={product}
          fields={[
            { name: 'name', label: t('products.securitization.name') },
            { name: 'code', label: t('products.securitization.code') },
            { name: 'amount', label: t('products.securitization.amount'), type: 'decimal' },
            { name: 'maturityDate', label: t('products.securitization.maturityDate'), type: 'date' },
            { name: 'note', label: t('products.common.note'), type: 'textarea' },
          ]}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}

/** One securitization or trust product with its underlying rights and enterprises. */
export function SecuritizationDetail() {
  const { id = '' } = useParams();
  const product = useProduct('securitization-products', id);
  if (product.isError) return <Alert type="error" showIcon title={product.error.message} />;
  if (!product.data) return <Skeleton active />;
  return <ProductView product={product.data} />;
}
