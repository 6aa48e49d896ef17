import type { Meta, StoryObj } from '@storybook/react-vite';
import { ExportButton } from './export-button';

const meta = { title: 'Actions/ExportButton', component: ExportButton } satisfies Meta<typeof ExportButton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { fileName: '质押登记', download: () => new Promise<Blob>(() => undefined) },
};
