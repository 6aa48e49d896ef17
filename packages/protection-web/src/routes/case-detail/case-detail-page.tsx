import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Space, Spin, Table, Timeline } from 'antd';
import {
  CASE_ACTION_LABELS,
  CASE_KIND_LABELS,
  CASE_OUTCOME_LABELS,
  CASE_PARTY_ROLE_LABELS,
  CASE_ENDED_STATUSES,
  CASE_RIGHT_KIND_LABELS,
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  TRANSFER_RECIPIENT_KIND_LABELS,
  type TCaseAction,
  type TCaseDetail,
  type TCaseParty,
  type TCaseRight,
  type TCaseStatus,
} from '@ipbureau/domain/protection';
import { hasModuleLevel } from '@ipbureau/domain';
import { useMe } from '@ipbureau/api-client';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { useCase } from '../../api/cases.queries';
import { CASE_STATUS_TONES, useLabels } from '../../labels';
import { DeadlineBadge } from '../deadline-badge';
import { BlacklistForm } from './blacklist-form';
import { DocumentsRegister } from './documents-register';
import { PartiesForm } from './parties-form';
import { RightsForm } from './rights-form';
import { TransitionForm } from './transition-form';
import { NextActions } from '../next-actions';

/** The case file 案卷: particulars, parties, rights involved, officers, the dated timeline, the documents register and the caller's next actions. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const caseFile = useCase(id);
  const me = useMe();
  const [action, setAction] = useState<TCaseAction | null>(null);
  const [editingParties, setEditingParties] = useState(false);
  const [editingRights, setEditingRights] = useState(false);
  const [listing, setListing] = useState(false);
  const [stale, setStale] = useState(false);
  const canEdit = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const reload = () => {
    setAction(null);
    setEditingParties(false);
    setEditingRights(false);
    setStale(true);
    void caseFile.refetch();
  };

  if (caseFile.isPending) return <Spin />;
  if (caseFile.isError) return <Alert type="error" showIcon message={caseFile.error.message} />;
  const c = caseFile.data;
  return (
    <>
      <PageHeader title={`${c.caseNumber} ${c.title}`} extra={<Link to=".." relative="path">{t('nav.cases')}</Link>} />
      {stale && <Alert type="warning" showIcon closable message={t('detail.stale')} style={{ marginBottom: 16 }} onClose={() => setStale(false)} />}
      <CaseActions caseFile={c} onPick={setAction} onList={canEdit && c.status === 'closed' && c.outcome === 'punished' && c.parties.some((p) => p.role === 'respondent' && p.creditCode) ? () => setListing(true) : undefined} />
      <Particulars caseFile={c} />
      <PartiesAndTimeline
        caseFile={c}
        onEditParties={canEdit ? () => setEditingParties(true) : undefined}
        // The rights involved change only while the case is open.
        onEditRights={canEdit && !(CASE_ENDED_STATUSES as readonly TCaseStatus[]).includes(c.status) ? () => setEditingRights(true) : undefined}
      />
      <DocumentsRegister caseFile={c} canEdit={canEdit} />
      {action && (
        <TransitionForm
          key={`${action}-${c.version}`}
          caseFile={c}
          action={action}
          onDone={() => setAction(null)}
          onStale={reload}
        />
      )}
      {listing && <BlacklistForm caseFile={c} onDone={() => setListing(false)} />}
      {editingRights && <RightsForm key={`rights-${c.version}`} caseFile={c} onDone={() => setEditingRights(false)} onStale={reload} />}
      {editingParties && <PartiesForm key={c.version} caseFile={c} onDone={() => setEditingParties(false)} onStale={reload} />}
    </>
  );
}

function CaseActions({ caseFile, onPick, onList }: { caseFile: TCaseDetail; onPick: (action: TCaseAction) => void; onList: (() => void) | undefined }) {
  const { t } = useTranslation('protection');
  return (
    <NextActions actions={caseFile.allowedActions} labels={CASE_ACTION_LABELS} onPick={onPick} extra={onList && <Button onClick={onList}>{t('credit.listAction')}</Button>} noActions={t('detail.noActions')} />
  );
}

function Particulars({ caseFile: c }: { caseFile: TCaseDetail }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const items = [
    { key: 'status', label: t('fields.status'), children: <StatusTag status={c.status} tones={CASE_STATUS_TONES} label={l.label(CASE_STATUS_LABELS, c.status)} /> },
    { key: 'statusDate', label: t('fields.statusDate'), children: c.statusDate },
    { key: 'deadline', label: t('deadline.title'), children: <DeadlineBadge deadline={c.deadline} /> },
    { key: 'kind', label: t('fields.kind'), children: l.label(CASE_KIND_LABELS, c.kind) },
    { key: 'source', label: t('fields.source'), children: l.label(CASE_SOURCE_LABELS, c.source) },
    { key: 'district', label: t('fields.district'), children: l.district(c.district) },
    { key: 'registeredDate', label: t('fields.registeredDate'), children: c.registeredDate },
    { key: 'officers', label: t('fields.officers'), children: c.officers.map((o) => o.name).join('、') || '—' },
  ];
  if (c.outcome) {
    items.push(
      { key: 'outcome', label: t('fields.outcome'), children: `${l.label(CASE_OUTCOME_LABELS, c.outcome)}（${c.decisionNumber ?? ''}）` },
      { key: 'fineAmount', label: t('fields.fineAmount'), children: l.yuan(c.fineAmount) },
      { key: 'confiscationAmount', label: t('fields.confiscationAmount'), children: l.yuan(c.confiscationAmount) },
    );
  }
  if (c.transferredTo) items.push({ key: 'transferredTo', label: t('fields.transferredTo'), children: `${l.label(TRANSFER_RECIPIENT_KIND_LABELS, c.transferredTo.kind)} ${c.transferredTo.name}` });
  if (c.agreementDate) items.push({ key: 'agreementDate', label: t('fields.agreementDate'), children: c.agreementDate });
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} style={{ marginBottom: 16 }} />;
}

function PartiesAndTimeline({ caseFile: c, onEditParties, onEditRights }: { caseFile: TCaseDetail; onEditParties: (() => void) | undefined; onEditRights: (() => void) | undefined }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const actionLabel = (action: TCaseDetail['timeline'][number]['action']) => (action === 'register' ? t('detail.register') : l.label(CASE_ACTION_LABELS, action));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('fields.parties')} extra={onEditParties && <Button onClick={onEditParties}>{t('detail.editParties')}</Button>}>
        <Table<TCaseParty>
          size="small"
          pagination={false}
          rowKey={(p) => `${p.role}-${p.name}-${p.creditCode ?? ''}`}
          dataSource={c.parties}
          columns={[
            { title: t('fields.partyRole'), dataIndex: 'role', render: (role: TCaseParty['role']) => l.label(CASE_PARTY_ROLE_LABELS, role) },
            { title: t('fields.partyName'), dataIndex: 'name' },
            { title: t('fields.creditCode'), dataIndex: 'creditCode', render: (code: string | null) => code ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('fields.rights')} extra={onEditRights && <Button onClick={onEditRights}>{t('detail.editRights')}</Button>}>
        <Table<TCaseRight>
          size="small"
          pagination={false}
          rowKey={(r) => `${r.kind}-${r.number ?? ''}-${r.title ?? ''}`}
          dataSource={c.rights}
          locale={{ emptyText: t('rights.none') }}
          columns={[
            { title: t('fields.rightKind'), dataIndex: 'kind', render: (kind: TCaseRight['kind']) => l.label(CASE_RIGHT_KIND_LABELS, kind) },
            { title: t('fields.rightNumber'), dataIndex: 'number', render: (number: string | null) => number ?? '—' },
            { title: t('fields.rightTitle'), dataIndex: 'title', render: (title: string | null) => title ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('detail.timeline')}>
        <Timeline
          items={c.timeline.map((e) => ({
            key: e.id,
            children: (
              <div data-testid="timeline-step">
                <strong>{e.effectiveDate}</strong> {actionLabel(e.action)} → {l.label(CASE_STATUS_LABELS, e.toStatus)}
                {e.actorName && ` · ${t('detail.by')} ${e.actorName}`}
                {Object.entries(e.details).map(([key, value]) => (
                  <div key={key}>
                    {t(`fields.${key}`, { defaultValue: key })}: {/Amount$/.test(key) ? l.yuan(value) : value}
                  </div>
                ))}
                {e.note && <div>{e.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
