import { Flex, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TDataScope } from '@ipbureau/domain';
import type { DivisionOption } from '../../../i18n/division-names';

export interface DataScopeInputProps {
  id?: string;
  value?: TDataScope;
  onChange?: (scope: TDataScope) => void;
  /** The districts a scope may list: those of the administrator's region. */
  districts: DivisionOption[];
}

const KINDS: TDataScope['kind'][] = ['region', 'districts', 'department'];

/** 数据权限: the whole region, listed districts, or the user's own department. */
export function DataScopeInput({ id, value = { kind: 'region' }, onChange, districts }: DataScopeInputProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="small" id={id}>
      <Radio.Group
        aria-label={t('users.dataScope')}
        value={value.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`dataScope.${kind}`) }))}
        onChange={(event) => {
          const kind = event.target.value as TDataScope['kind'];
          onChange?.(kind === 'districts' ? { kind, districts: value.kind === 'districts' ? value.districts : [] } : { kind });
        }}
      />
      {value.kind === 'districts' ? (
        <Select<string[]>
          mode="multiple"
          aria-label={t('dataScope.districtsLabel')}
          placeholder={t('dataScope.districtsLabel')}
          options={districts}
          value={value.districts}
          onChange={(codes) => onChange?.({ kind: 'districts', districts: codes })}
          allowClear
          virtual={false}
        />
      ) : null}
    </Flex>
  );
}
