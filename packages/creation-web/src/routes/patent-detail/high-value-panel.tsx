import { useState } from 'react';
import { Card, Input, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { useHighValue } from '../../features/high-value/api/high-value.queries';
import { useCreationLabels } from '../../features/labels';

/** Whether the patent is a high-value invention patent on a date, and why: the five criteria with their reasons. */
export function HighValuePanel({ patentId }: { patentId: string }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const [asOf, setAsOf] = useState(todayInChina());
  const evaluation = useHighValue(patentId, asOf || undefined);

  return (
    <Card
      title={t('highValue.title')}
      extra={
        <Space>
          <label htmlFor="high-value-as-of">{t('highValue.asOf')}</label>
          <Input id="high-value-as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} style={{ width: 160 }} />
        </Space>
      }
    >
      {evaluation.isPending ? (
        <Spin />
      ) : evaluation.isError ? (
        <Typography.Text type="danger">{evaluation.error.message}</Typography.Text>
      ) : (
        <div data-testid="high-value">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space>
              <Tag color={evaluation.data.highValue ? 'gold' : 'default'} data-testid="high-value-verdict">
                {evaluation.data.highValue ? t('highValue.yes') : t('highValue.no')}
              </Tag>
              <Typography.Text type="secondary">{labels.localized(evaluation.data.eligibility)}</Typography.Text>
            </Space>
            <List
              size="small"
              dataSource={evaluation.data.criteria}
              renderItem={(criterion) => (
                <List.Item data-testid={`criterion-${criterion.code}`}>
                  <Space align="start">
                    <Tag color={criterion.held ? 'success' : 'default'}>{criterion.held ? t('highValue.held') : t('highValue.notHeld')}</Tag>
                    <div>
                      <Typography.Text strong={criterion.held}>{labels.criterion(criterion.code)}</Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {labels.localized(criterion.reason)}
                      </Typography.Paragraph>
                    </div>
                  </Space>
                </List.Item>
              )}
            />
          </Space>
        </div>
      )}
    </Card>
  );
}
