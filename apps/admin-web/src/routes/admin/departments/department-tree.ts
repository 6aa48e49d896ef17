import type { TDepartmentNode } from '@ipbureau/domain';

function* walk(nodes: readonly TDepartmentNode[]): Generator<TDepartmentNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/** Every department's name by id, for tables that show a user's department. */
export function departmentNames(nodes: readonly TDepartmentNode[]): Map<string, string> {
  return new Map([...walk(nodes)].map((node) => [node.id, node.name]));
}

export function findDepartment(nodes: readonly TDepartmentNode[], id: string): TDepartmentNode | undefined {
  return [...walk(nodes)].find((node) => node.id === id);
}

export interface DepartmentOption {
  value: string;
  title: string;
  children: DepartmentOption[];
}

/** The tree as antd's TreeSelect wants it. */
export function departmentOptions(nodes: readonly TDepartmentNode[]): DepartmentOption[] {
  return nodes.map((node) => ({ value: node.id, title: node.name, children: departmentOptions(node.children) }));
}
