import type { Meta, StoryObj } from '@storybook/react-vite';
import { DateTime } from './date-time';

const meta = { title: 'Data display/DateTime', component: DateTime } satisfies Meta<typeof DateTime>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Instant: Story = { args: { value: '2025-03-01T01:30:05Z' } };
export const DateOnly: Story = { args: { value: '2025-03-01T17:00:00Z', withTime: false } };
export const Missing: Story = { args: { value: null, empty: '从未登录' } };
