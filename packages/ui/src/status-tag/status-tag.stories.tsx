import type { Meta, StoryObj } from '@storybook/react-vite';
import { Space } from 'antd';
import { StatusTag, type StatusTone } from './status-tag';

type CaseStatus = 'filed' | 'investigating' | 'closed' | 'overdue' | 'withdrawn';
const tones: Record<CaseStatus, StatusTone> = {
  filed: 'default',
  investigating: 'processing',
  closed: 'success',
  overdue: 'error',
  withdrawn: 'warning',
};
const labels: Record<CaseStatus, string> = { filed: '已立案', investigating: '调查中', closed: '已结案', overdue: '已超期', withdrawn: '已撤回' };

const meta = { title: 'Data display/StatusTag', component: StatusTag<CaseStatus> } satisfies Meta<typeof StatusTag<CaseStatus>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Single: Story = { args: { status: 'investigating', tones, label: labels.investigating } };

export const EveryStatus: Story = {
  args: Single.args,
  render: () => (
    <Space>
      {(Object.keys(tones) as CaseStatus[]).map((status) => (
        <StatusTag key={status} status={status} tones={tones} label={labels[status]} />
      ))}
    </Space>
  ),
};
