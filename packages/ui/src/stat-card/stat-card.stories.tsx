import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatCard } from './stat-card';

const meta = { title: 'Data display/StatCard', component: StatCard } satisfies Meta<typeof StatCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Count: Story = { args: { title: '有效发明专利量', value: 3120, unit: '件' } };

export const Density: Story = {
  args: { title: '万人发明专利拥有量', value: 5.64, precision: 2, unit: '件/万人', trend: { direction: 'up', text: '较上年 +0.43' } },
};

export const UnfavourableRise: Story = {
  args: { title: '非正常专利申请', value: 37, unit: '件', trend: { direction: 'up', text: '同比 +12%', favourable: false } },
};

export const Loading: Story = { args: { title: '知识产权质押融资总额', value: 0, loading: true } };
