import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICES, useServiceHealth, type TServiceName } from '@ipbureau/api-client';
import { HealthTag, PageHeader } from '@ipbureau/ui';
import { useCurrentUser } from '../../auth/require-auth';
import { PlanDashboard } from '../plans/dashboard/plan-dashboard';
import { canSeePlans } from '../plans/plan-format';

function ServiceHealth({ service }: { service: TServiceName }) {
  return (
    <span data-testid={`health-${service}`}>
      <HealthTag state={useServiceHealth(service)} />
    </span>
  );
}

/** The plan dashboard for whoever holds a plan role; the others see who they are and the services. */
export function DashboardPage() {
  const user = useCurrentUser();
  return canSeePlans(user.roles) ? <PlanDashboard /> : <Welcome />;
}

function Welcome() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: user.displayName })} description={t('dashboard.description')} />
      <Card title={t('dashboard.services')}>
        <Descriptions
          bordered
          column={1}
          items={SERVICES.map((service) => ({ key: service, label: t(`services.${service}`), children: <ServiceHealth service={service} /> }))}
        />
      </Card>
    </>
  );
}
