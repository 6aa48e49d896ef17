import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Descriptions, type DescriptionsProps } from 'antd';
import { PageHeader } from '@ipbureau/ui';
import type { Labels } from '../labels';
import { NextActions } from './next-actions';
import { StepsCard, type StepsCardProps, type StepView } from './steps-card';

/** What a step form is handed: close it after saving or cancelling, or report a stale version (409). */
export interface StepFormHandlers {
  onDone: () => void;
  onStale: () => void;
}

/**
 * The shell every lifecycle record page of this pillar shares: the title with a link back to its
 * list, the stale-version warning, the next steps, the particulars, the dated steps, and the form
 * of the step picked. It owns the picked step and the stale flag, so a 409 from any form closes
 * that form, shows the warning and reads the record again.
 */
export function RecordPage<A extends string, S extends StepView>(props: {
  title: string;
  /** The list page's name, linked to the parent route. */
  backLabel: string;
  actions: readonly A[];
  labels: Labels<A>;
  /** Buttons besides the lifecycle steps (reassign). */
  extraActions?: ReactNode;
  items: DescriptionsProps['items'];
  steps: StepsCardProps<S>;
  /** The version read: a new version remounts the open step form with fresh values. */
  version: number;
  refetch: () => unknown;
  stepForm: (action: A, handlers: StepFormHandlers) => ReactNode;
  /** Forms the page opens itself (reassign), given the shell's stale handler. */
  forms?: (onStale: () => void) => ReactNode;
  /** Closes the page's own forms when a version turns out stale. */
  onStale?: () => void;
}) {
  const { t } = useTranslation('protection');
  const [action, setAction] = useState<A | null>(null);
  const [stale, setStale] = useState(false);
  const onStale = () => {
    setAction(null);
    props.onStale?.();
    setStale(true);
    void props.refetch();
  };
  return (
    <>
      <PageHeader title={props.title} extra={<Link to=".." relative="path">{props.backLabel}</Link>} />
      {stale && <Alert type="warning" showIcon closable message={t('credit.stale')} style={{ marginBottom: 16 }} onClose={() => setStale(false)} />}
      <NextActions actions={props.actions} labels={props.labels} onPick={setAction} extra={props.extraActions} />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={props.items} style={{ marginBottom: 16 }} />
      <StepsCard {...props.steps} />
      {action && <Fragment key={`${action}-${props.version}`}>{props.stepForm(action, { onDone: () => setAction(null), onStale })}</Fragment>}
      {props.forms?.(onStale)}
    </>
  );
}
