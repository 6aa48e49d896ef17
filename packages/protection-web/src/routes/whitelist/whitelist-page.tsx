import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@ipbureau/api-client';
import { hasModuleLevel } from '@ipbureau/domain';
import { Link } from 'react-router';
import { Button, Input, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { PROTECTED_RIGHT_KIND_LABELS, type TProtectedRightKind, type TWhitelistEntry } from '@ipbureau/domain/protection';
import { PageHeader } from '@ipbureau/ui';
import type { TWhitelistParams } from '../../api/credit.api';
import { useWhitelist } from '../../api/credit.queries';
import { useLabels } from '../../labels';
import { WhitelistForm } from './whitelist-form';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

/** The whitelist 白名单: rights watched for early warning, with their owners and validity. */
export function WhitelistPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canAdd = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [adding, setAdding] = useState(false);
  const { params, setParams, filter } = useListParams<TWhitelistParams>();
  const rights = useWhitelist(params);
  const columns: TableColumnsType<TWhitelistEntry> = [
    { title: t('credit.rightKind'), dataIndex: 'rightKind', render: (k: TProtectedRightKind) => l.label(PROTECTED_RIGHT_KIND_LABELS, k) },
    { title: t('credit.rightNumber'), dataIndex: 'rightNumber' },
    { title: t('credit.rightName'), dataIndex: 'rightName' },
    { title: t('credit.owner'), dataIndex: 'ownerName', render: (_v, r) => `${r.ownerName}（${r.ownerCreditCode}）` },
    { title: t('fields.district'), dataIndex: 'district', render: (code: string) => l.district(code) },
    { title: t('credit.validFrom'), dataIndex: 'validFrom' },
    { title: t('credit.validTo'), dataIndex: 'validTo', render: (d: string | null) => d ?? t('credit.openEnded') },
  ];
  return (
    <>
      <PageHeader title={t('credit.whitelistTitle')} description={t('credit.whitelistDescription')} extra={
          <Space>
            <ListExportButton fileName={t('credit.whitelistTitle')} path="/credit/whitelist" params={params} />
            <Link to="../blacklist">{t('nav.blacklist')}</Link>
            {canAdd && (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('credit.addRight')}
              </Button>
            )}
          </Space>
        }
      />
      {adding && <WhitelistForm onDone={() => setAdding(false)} />}
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Input.Search allowClear aria-label={t('credit.q')} placeholder={t('credit.q')} style={{ width: 240 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
        <Select<TProtectedRightKind | undefined>
          allowClear
          aria-label={t('credit.rightKind')}
          placeholder={t('credit.rightKind')}
          style={{ width: 160 }}
          options={l.options(PROTECTED_RIGHT_KIND_LABELS)}
          onChange={(rightKind) => filter({ rightKind })}
        />
        <Input type="date" aria-label={t('credit.asOf')} style={{ width: 160 }} onChange={(e) => filter({ asOf: e.target.value || undefined })} />
      </Space>
      <PagedTable columns={columns} query={rights} params={params} setParams={setParams} />
    </>
  );
}
