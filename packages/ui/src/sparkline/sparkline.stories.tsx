import type { Meta, StoryObj } from '@storybook/react-vite';
import { Sparkline } from './sparkline';

const meta = { title: 'Charts/Sparkline', component: Sparkline } satisfies Meta<typeof Sparkline>;
export default meta;
type Story = StoryObj<typeof meta>;

// Illustrative figures for the story only.
export const Rising: Story = { args: { ariaLabel: '2020–2025 走势', data: [2949, 3300, 3650, 3980, 4200], width: 160 } };

export const WithGap: Story = { args: { ariaLabel: '走势（缺一年）', data: [48, 55, null, 70, 76], width: 160, color: '#fa8c16' } };
