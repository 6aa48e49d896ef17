import type { ReactNode } from 'react';
import { Card } from 'antd';
import { PageHeader } from '@ipbureau/ui';

/** The frame of every administration screen: its title and purpose, then its content. */
export function AdminScreen({ title, description, extra, children }: { title: string; description: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} extra={extra} />
      <Card>{children}</Card>
    </>
  );
}
