import type { Meta, StoryObj } from '@storybook/react-vite';
import { BarChart } from './bar-chart';

const meta = { title: 'Charts/BarChart', component: BarChart } satisfies Meta<typeof BarChart>;
export default meta;
type Story = StoryObj<typeof meta>;

// Illustrative figures for the story only.
export const TargetAgainstActual: Story = {
  args: {
    ariaLabel: '各年度目标与完成',
    categories: ['2021', '2022', '2023', '2024', '2025'],
    series: [
      { name: '目标', data: [3200, 3400, 3600, 3800, 4000] },
      { name: '完成', data: [3150, 3480, 3590, null, null] },
    ],
    unit: '件',
  },
};

export const OneSeries: Story = {
  args: {
    ariaLabel: '各区县数量',
    categories: ['龙湖区', '金平区', '濠江区', '潮阳区', '潮南区', '澄海区', '南澳县'],
    series: [{ name: '数量', data: [12, 9, 3, 7, 6, 8, 1] }],
    height: 240,
  },
};

export const RankedHorizontal: Story = {
  args: {
    ariaLabel: '各区县排名',
    categories: ['龙湖区', '金平区', '澄海区', '潮阳区', '潮南区', '濠江区', '南澳县'],
    series: [{ name: '有效发明专利', data: [1250, 640, 420, 300, 180, 120, 39] }],
    horizontal: true,
    height: 280,
  },
};
