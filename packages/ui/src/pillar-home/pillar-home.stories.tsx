import type { Meta, StoryObj } from '@storybook/react-vite';
import { PillarHome } from './pillar-home';

const meta = { title: 'Pages/PillarHome', component: PillarHome } satisfies Meta<typeof PillarHome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ServiceUp: Story = {
  args: {
    title: '知识产权运用',
    description: '知识产权质押融资、保险、转让许可与专利奖励。',
    health: 'up',
  },
};

export const ServiceDown: Story = { args: { ...ServiceUp.args, title: '知识产权运用', description: '服务不可用时的样子。', health: 'down' } };
