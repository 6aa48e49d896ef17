import { Card, Descriptions } from 'antd';
import { HealthTag, type HealthState } from '../health-tag';
import { useUiText } from '../locale';
import { PageHeader } from '../page-header';

export interface PillarHomeProps {
  title: string;
  description: string;
  /** Health of the pillar's service, so an officer knows whether work can be saved. */
  health: HealthState;
}

/** The landing page every pillar module starts from until its own screens fill it. */
export function PillarHome({ title, description, health }: PillarHomeProps) {
  const text = useUiText();
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card>
        <Descriptions column={1} items={[{ key: 'health', label: text.serviceHealth, children: <HealthTag state={health} /> }]} />
      </Card>
    </>
  );
}
