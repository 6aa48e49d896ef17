import type { Meta, StoryObj } from '@storybook/react-vite';
import { LineChart } from './line-chart';

const meta = { title: 'Charts/LineChart', component: LineChart } satisfies Meta<typeof LineChart>;
export default meta;
type Story = StoryObj<typeof meta>;

// Illustrative figures for the story only.
export const AgainstTarget: Story = {
  args: {
    ariaLabel: '万人发明专利拥有量',
    categories: ['2020', '2021', '2022', '2023', '2024', '2025'],
    series: [
      { name: '实际值', data: [5.21, 5.5, 5.9, 6.3, null, null] },
      { name: '目标值', data: [5.21, 5.6, 5.95, 6.3, 6.65, 7] },
    ],
    unit: '件/万人',
  },
};

export const WithGap: Story = {
  args: { ariaLabel: '年度数量', categories: ['2021', '2022', '2023', '2024'], series: [{ name: '数量', data: [10, null, 14, 15] }] },
};

export const TargetAndExpectedLines: Story = {
  args: {
    ariaLabel: '有效发明专利量：实际、目标与预期进度',
    categories: ['2020', '2021', '2022', '2023', '2024', '2025'],
    series: [
      { name: '实际值', data: [2949, 3180, 3420, 3650, null, null] },
      { name: '目标值', data: [4000, 4000, 4000, 4000, 4000, 4000], dashed: true },
      { name: '预期进度', data: [2949, 3159, 3369, 3579, 3790, 4000], dashed: true },
    ],
    unit: '件',
  },
};
