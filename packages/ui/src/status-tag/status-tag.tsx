import type { ReactNode } from 'react';
import { Tag } from 'antd';

/** antd's preset colours, by meaning rather than hue. */
export type StatusTone = 'success' | 'processing' | 'warning' | 'error' | 'default';

export interface StatusTagProps<S extends string> {
  status: S;
  /**
   * Colour of every status of the resource. A `Record` over the status union makes the compiler
   * insist that a newly added status gets a colour.
   */
  tones: Record<S, StatusTone>;
  /** The status in the reader's language; the kit does not know resource vocabularies. */
  label: ReactNode;
}

export function StatusTag<S extends string>({ status, tones, label }: StatusTagProps<S>) {
  return (
    <Tag color={tones[status]} data-status={status}>
      {label}
    </Tag>
  );
}
