import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from 'antd';
import { EmptyState } from './empty-state';

const meta = { title: 'Feedback/EmptyState', component: EmptyState } satisfies Meta<typeof EmptyState>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithAction: Story = {
  args: {
    title: '尚无专利导航项目',
    description: '立项后的专利导航项目会列在这里。',
    action: <Button type="primary">新建项目</Button>,
  },
};
