import type { ReactNode } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@ipbureau/ui';

const SECTIONS = ['overview', 'agencies', 'agents', 'violations', 'results', 'info-requests', 'navigation', 'trusteeship', 'training', 'policies'] as const;

/** The pillar's sections as tabs over its screens, with the screen's header. */
export function PillarScreen({ title, description, extra, children }: { title: ReactNode; description?: ReactNode; extra?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('public-services');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = pathname.replace(/\/(agencies|agents|violations|results|info-requests|navigation|trusteeship|training|policies)(\/.*)?$/, '');
  const active = SECTIONS.find((s) => s !== 'overview' && pathname.startsWith(`${base}/${s}`)) ?? 'overview';
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(key === 'overview' ? base || '/' : `${base}/${key}`)}
        items={SECTIONS.map((key) => ({ key, label: t(`nav.${key}`) }))}
      />
      <PageHeader title={title} description={description} extra={extra} />
      {children}
    </>
  );
}
