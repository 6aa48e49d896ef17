import type { Meta, StoryObj } from '@storybook/react-vite';
import { BeforeAfter } from './before-after';

const meta = { title: 'Data display/BeforeAfter', component: BeforeAfter } satisfies Meta<typeof BeforeAfter>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Update: Story = {
  args: {
    before: { displayName: '陈科员', roles: ['creation:viewer'], disabled: false },
    after: { displayName: '陈科员', roles: ['creation:officer'], disabled: true },
  },
};

export const Created: Story = { args: { before: null, after: { name: '知识产权保护科', code: 'protection' } } };
