import type { ReactNode } from 'react';
import { Col, Row, Space, Tag, Typography } from 'antd';
import { useUiText } from '../locale';

export interface BeforeAfterProps {
  /** A record as it was; null or undefined when it did not exist yet. */
  before: unknown;
  /** The record as it became; null or undefined when it was removed. */
  after: unknown;
  beforeLabel?: ReactNode;
  afterLabel?: ReactNode;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Top-level keys whose values differ; compared as JSON, which is what both sides are. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

function Side({ label, value, testId }: { label: ReactNode; value: unknown; testId: string }) {
  const text = useUiText();
  return (
    <Col xs={24} md={12}>
      <Typography.Text strong>{label}</Typography.Text>
      <pre data-testid={testId} style={{ margin: '8px 0 0', padding: 12, background: 'rgba(0, 0, 0, 0.04)', borderRadius: 6, overflow: 'auto', maxHeight: 360, fontSize: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value === null || value === undefined ? text.nothing : JSON.stringify(value, null, 2)}
      </pre>
    </Col>
  );
}

/** Two JSON documents side by side (an audit entry's before and after), naming what changed. */
export function BeforeAfter({ before, after, beforeLabel, afterLabel }: BeforeAfterProps) {
  const text = useUiText();
  const changed = changedKeys(before, after);
  return (
    <div>
      {changed.length > 0 ? (
        <Space size={4} wrap style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{text.changedFields}:</Typography.Text>
          {changed.map((key) => (
            <Tag key={key} color="orange">
              {key}
            </Tag>
          ))}
        </Space>
      ) : null}
      <Row gutter={16}>
        <Side label={beforeLabel ?? text.before} value={before} testId="before-after-before" />
        <Side label={afterLabel ?? text.after} value={after} testId="before-after-after" />
      </Row>
    </div>
  );
}
