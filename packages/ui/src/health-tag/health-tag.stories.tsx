import type { Meta, StoryObj } from '@storybook/react-vite';
import { HealthTag } from './health-tag';

const meta = { title: 'Data display/HealthTag', component: HealthTag } satisfies Meta<typeof HealthTag>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Up: Story = { args: { state: 'up' } };
export const Down: Story = { args: { state: 'down' } };
export const Checking: Story = { args: { state: 'checking' } };
