import { TreeSelect } from 'antd';
import { useDepartmentTree } from '@ipbureau/api-client';
import { departmentOptions } from './department-tree';

export interface DepartmentSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
}

/** Picks one department of the region from its tree; clearing it means none. */
export function DepartmentSelect({ id, value, onChange, placeholder }: DepartmentSelectProps) {
  const tree = useDepartmentTree();
  return (
    <TreeSelect<string | undefined>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      treeData={departmentOptions(tree.data ?? [])}
      loading={tree.isPending}
      placeholder={placeholder}
      allowClear
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      // A bureau has tens of departments, not thousands; all nodes render, and tests can reach them.
      virtual={false}
    />
  );
}
