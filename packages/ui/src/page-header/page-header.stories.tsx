import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from 'antd';
import { PageHeader } from './page-header';

const meta = { title: 'Layout/PageHeader', component: PageHeader } satisfies Meta<typeof PageHeader>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TitleOnly: Story = { args: { title: '知识产权保护' } };

export const WithDescriptionAndActions: Story = {
  args: {
    title: '行政执法案件',
    description: '商标、专利侵权纠纷、假冒专利等案件的立案、办理与结案。',
    extra: <Button type="primary">新建案件</Button>,
  },
};
