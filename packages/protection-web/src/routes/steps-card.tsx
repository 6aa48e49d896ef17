import type { ReactNode } from 'react';
import { Card, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';

/** What every dated step of this pillar's records shows. */
export interface StepView {
  id: string;
  effectiveDate: string;
  actorName: string;
  note?: string | null;
}

/**
 * A record's dated steps, oldest first, the way every record page of this pillar shows them: the
 * date, what happened (`heading`), who did it, then the step's own particulars and its note.
 */
export interface StepsCardProps<S extends StepView> {
  steps: readonly S[];
  testId: string;
  heading: (step: S) => ReactNode;
  details?: (step: S) => ReactNode;
  title?: string;
}

export function StepsCard<S extends StepView>(props: StepsCardProps<S>) {
  const { t } = useTranslation('protection');
  return (
    <Card size="small" title={props.title ?? t('detail.timeline')}>
      <Timeline
        items={props.steps.map((step) => ({
          key: step.id,
          children: (
            <div data-testid={props.testId}>
              <strong>{step.effectiveDate}</strong> {props.heading(step)} · {step.actorName}
              {props.details?.(step)}
              {step.note && <div>{step.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
