import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TAward } from '@ipbureau/domain/utilization';
import { PageHeader } from '@ipbureau/ui';
import { useProduct } from '../../features/products/api/products.queries';
import { EditModal } from '../../features/products/components/edit-modal';
import { useVocab } from '../../features/products/product-labels';
import { usePledgeLabels } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

function AwardView({ award }: { award: TAward }) {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const { district } = usePledgeLabels();
  const [editing, setEditing] = useState(false);
  const none = t('products.common.none');
  const items = [
    { key: 'patentNumber', label: t('products.awards.patentNumber'), children: award.patentNumber },
    { key: 'patentTitle', label: t('products.awards.patentTitle'), children: award.patentTitle },
    { key: 'holderName', label: t('products.awards.holderName'), children: award.holderName },
    { key: 'holderCreditCode', label: t('products.awards.holderCreditCode'), children: award.holderCreditCode ?? none },
    { key: 'kind', label: t('products.awards.kind'), children: vocab.label('awardKind', award.kind) },
    { key: 'level', label: t('products.awards.level'), children: vocab.label('awardLevel', award.level) },
    { key: 'grade', label: t('products.awards.grade'), children: vocab.label('awardGrade', award.grade) },
    { key: 'year', label: t('products.awards.year'), children: award.year },
    { key: 'announcedDate', label: t('products.awards.announcedDate'), children: award.announcedDate ?? none },
    { key: 'district', label: t('products.common.district'), children: district(award.district) },
    { key: 'note', label: t('products.common.note'), children: award.note ?? none },
  ];
  return (
    <>
      <PageHeader title={award.awardName} description={`${award.patentNumber} · ${award.holderName}`} extra={<Button onClick={() => setEditing(true)}>{t('products.common.edit')}</Button>} />
      <Flex vertical gap="middle">
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <Link to={productPaths.awards}>{t('products.common.back')}</Link>
      </Flex>
      {editing ? (
        <EditModal
          key={award.version}
          resource="awards"
          record={award}
          fields={[
            { name: 'awardName', label: t('products.awards.awardName') },
            { name: 'patentTitle', label: t('products.awards.patentTitle') },
            { name: 'holderName', label: t('products.awards.holderName') },
            { name: 'announcedDate', label: t('products.awards.announcedDate'), type: 'date' },
            { name: 'note', label: t('products.common.note'), type: 'textarea' },
          ]}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}

/** One award: the patent, the award and its holder; the facts sent to creation are not editable. */
export function AwardDetail() {
  const { id = '' } = useParams();
  const award = useProduct('awards', id);
  if (award.isError) return <Alert type="error" showIcon title={award.error.message} />;
  if (!award.data) return <Skeleton active />;
  return <AwardView award={award.data} />;
}
