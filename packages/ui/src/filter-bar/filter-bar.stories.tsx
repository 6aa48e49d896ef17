import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Form, Input, Select, Typography } from 'antd';
import { FilterBar } from './filter-bar';

interface Filters {
  keyword?: string;
  district?: string;
}

function Example() {
  const [applied, setApplied] = useState<Filters>({});
  return (
    <>
      <FilterBar<Filters> onSearch={setApplied}>
        <Form.Item name="keyword" label="关键词">
          <Input allowClear />
        </Form.Item>
        <Form.Item name="district" label="区县">
          <Select
            allowClear
            style={{ width: 160 }}
            options={[
              { value: '440507', label: '龙湖区' },
              { value: '440511', label: '金平区' },
            ]}
          />
        </Form.Item>
      </FilterBar>
      <Typography.Text code>{JSON.stringify(applied)}</Typography.Text>
    </>
  );
}

const meta = { title: 'Data entry/FilterBar', component: Example } satisfies Meta<typeof Example>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TwoFilters: Story = {};
