import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { DataTable } from './data-table';

interface Workstation {
  id: string;
  name: string;
  district: string;
}

const all: Workstation[] = Array.from({ length: 7 }, (_, i) => ({
  id: String(i + 1),
  name: `维权援助工作站 ${i + 1}`,
  district: ['龙湖区', '金平区', '濠江区', '潮阳区', '潮南区', '澄海区', '南澳县'][i] ?? '',
}));
const columns = [
  { title: '名称', dataIndex: 'name', key: 'name' },
  { title: '区县', dataIndex: 'district', key: 'district' },
];

/** Pages are sliced here only to stand in for a server. */
function Paged() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(3);
  const rows = all.slice((page - 1) * pageSize, page * pageSize);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey="id"
      page={page}
      pageSize={pageSize}
      total={all.length}
      pageSizeOptions={[3, 5, 10]}
      onChange={(p, s) => {
        setPage(p);
        setPageSize(s);
      }}
    />
  );
}

const meta = { title: 'Data display/DataTable', component: Paged } satisfies Meta<typeof Paged>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ServerPaged: Story = {};

export const Empty: Story = {
  render: () => <DataTable columns={columns} rows={[]} rowKey="id" page={1} pageSize={20} total={0} onChange={() => undefined} />,
};

export const Loading: Story = {
  render: () => <DataTable columns={columns} rows={[]} rowKey="id" loading page={1} pageSize={20} total={0} onChange={() => undefined} />,
};

export const ExpandableRows: Story = {
  render: () => (
    <DataTable
      columns={columns}
      rows={all.slice(0, 3)}
      rowKey="id"
      page={1}
      pageSize={10}
      total={3}
      onChange={() => undefined}
      expandable={{ expandedRowRender: (row) => `${row.name}（${row.district}）的详细信息` }}
    />
  ),
};
