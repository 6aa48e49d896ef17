import type { ReactNode } from 'react';
import { Empty, Typography } from 'antd';
import { useUiText } from '../locale';

export interface EmptyStateProps {
  /** Defaults to "no data" in the UI language. */
  title?: ReactNode;
  description?: ReactNode;
  /** What the reader can do about it, e.g. a "create" button. */
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  const text = useUiText();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Text strong>{title ?? text.empty}</Typography.Text>
          {description ? <Typography.Paragraph type="secondary">{description}</Typography.Paragraph> : null}
        </>
      }
    >
      {action}
    </Empty>
  );
}
