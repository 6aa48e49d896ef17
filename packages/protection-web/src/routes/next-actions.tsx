import type { ReactNode } from 'react';
import { Button, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels, type Labels } from '../labels';

/**
 * The steps a record's status allows the reader, one button each (the first primary), the way
 * every record page of this pillar offers them; or a note that there is nothing to do now.
 * `extra` adds buttons that are not lifecycle steps (reassign, list on the blacklist).
 */
export function NextActions<A extends string>(props: { actions: readonly A[]; labels: Labels<A>; onPick: (action: A) => void; extra?: ReactNode; noActions?: string }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  return (
    <Card size="small" title={t('credit.nextActions')} style={{ marginBottom: 16 }}>
      {props.actions.length || props.extra ? (
        <Space wrap>
          {props.actions.map((a, i) => (
            <Button key={a} type={i === 0 ? 'primary' : 'default'} onClick={() => props.onPick(a)}>
              {l.label(props.labels, a)}
            </Button>
          ))}
          {props.extra}
        </Space>
      ) : (
        (props.noActions ?? t('credit.noActions'))
      )}
    </Card>
  );
}
