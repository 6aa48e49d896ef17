import type { ReactNode } from 'react';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Statistic, Typography } from 'antd';

export interface StatTrend {
  direction: 'up' | 'down' | 'flat';
  /** e.g. "同比 +12.5%"; the caller words and rounds it. */
  text: string;
  /**
   * Whether the movement is good news. Up is not always good (infringement cases, abnormal
   * applications), so colour follows this, defaulting to "up is good".
   */
  favourable?: boolean;
}

export interface StatCardProps {
  title: ReactNode;
  /** A number, or an exact decimal string for money (never rounded through a float here). */
  value: number | string;
  unit?: string;
  precision?: number;
  trend?: StatTrend;
  loading?: boolean;
}

const ICONS = { up: <ArrowUpOutlined />, down: <ArrowDownOutlined />, flat: <MinusOutlined /> };

function trendType(trend: StatTrend): 'success' | 'danger' | 'secondary' {
  if (trend.direction === 'flat') return 'secondary';
  const favourable = trend.favourable ?? trend.direction === 'up';
  return favourable ? 'success' : 'danger';
}

export function StatCard({ title, value, unit, precision, trend, loading = false }: StatCardProps) {
  return (
    <Card loading={loading}>
      <Statistic title={title} value={value} suffix={unit} precision={precision} />
      {trend ? (
        <Typography.Text type={trendType(trend)} data-trend={trend.direction}>
          {ICONS[trend.direction]} {trend.text}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
