import { useState } from 'react';
import { Card, Col, Descriptions, Flex, Row, Spin, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartmentTree } from '@ipbureau/api-client';
import type { TDepartmentNode, TLocale } from '@ipbureau/domain';
import { DateTime, EmptyState, PageHeader } from '@ipbureau/ui';
import { divisionName } from '../../../i18n/division-names';
import { currentLocale } from '../../../i18n/i18n';
import { QueryError } from '../admin-list/query-error';
import { DepartmentForm } from './department-form';
import { findDepartment } from './department-tree';

function treeNodes(nodes: readonly TDepartmentNode[], locale: TLocale): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    title: (
      <Flex gap="small" align="center" wrap>
        <span>{node.name}</span>
        <Typography.Text type="secondary" code>
          {node.code}
        </Typography.Text>
        <Tag>{divisionName(node.regionCode, locale)}</Tag>
      </Flex>
    ),
    children: treeNodes(node.children, locale),
  }));
}

/** 部门: the region's department tree, and adding a department under any of them. */
export function DepartmentsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const tree = useDepartmentTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId && tree.data ? (findDepartment(tree.data, selectedId) ?? null) : null;

  let content;
  if (tree.isPending) content = <Spin />;
  else if (tree.isError) content = <QueryError error={tree.error} onRetry={() => void tree.refetch()} />;
  else if (tree.data.length === 0) content = <EmptyState title={t('departments.empty')} />;
  else {
    content = (
      <Tree
        // A new department appears expanded with the rest: the tree remounts after each refetch.
        key={tree.dataUpdatedAt}
        treeData={treeNodes(tree.data, locale)}
        defaultExpandAll
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => setSelectedId(keys[0] === undefined ? null : String(keys[0]))}
      />
    );
  }

  return (
    <>
      <PageHeader title={t('menu.departments')} description={t('departments.description')} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Card title={t('departments.tree')}>{content}</Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('departments.selected')} style={{ marginBottom: 24 }}>
            {selected ? (
              <Descriptions
                column={1}
                items={[
                  { key: 'name', label: t('departments.name'), children: selected.name },
                  { key: 'code', label: t('departments.code'), children: selected.code },
                  { key: 'region', label: t('departments.region'), children: divisionName(selected.regionCode, locale) },
                  { key: 'createdAt', label: t('departments.createdAt'), children: <DateTime value={selected.createdAt} /> },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('departments.selectHint')}</Typography.Text>
            )}
          </Card>
          <Card title={t('departments.add')}>
            <DepartmentForm key={selected?.id ?? 'top'} parent={selected} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
