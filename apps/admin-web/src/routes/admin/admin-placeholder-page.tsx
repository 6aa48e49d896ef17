import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '@ipbureau/ui';
import type { AdminPage } from './admin-pages';

/** Stands in for an administration screen until its issue builds it. */
export function AdminPlaceholderPage({ page }: { page: AdminPage }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`menu.${page.key}`)} />
      <Card>
        <EmptyState title={t('placeholder.title')} description={t('placeholder.description')} />
      </Card>
    </>
  );
}
