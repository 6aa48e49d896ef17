import { AutoComplete, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLender } from '@ipbureau/domain/utilization';
import { useDebounced } from '@ipbureau/ui';
import { useLenders } from './api/pledges.queries';

export type LenderNameInputProps = {
  id?: string;
  value?: string;
  onChange?: (name: string) => void;
  /** A lender chosen from the list: the form fills its credit code too. */
  onPick: (lender: TLender) => void;
  debounceMs?: number;
};

/**
 * The lender's name, typed or chosen from the lenders already seen on pledges (latest name, credit
 * code, number of pledges), so the same bank is entered the same way and carries its code.
 */
export function LenderNameInput({ id, value, onChange, onPick, debounceMs = 250 }: LenderNameInputProps) {
  const { t } = useTranslation('utilization');
  const q = useDebounced((value ?? '').trim(), debounceMs);
  const lenders = useLenders(q ? { q } : {});
  const options = (lenders.data ?? []).map((lender) => ({
    key: lender.lenderCreditCode ?? `name:${lender.lenderName}`,
    value: lender.lenderName,
    lender,
    label: (
      <Flex vertical data-testid="lender-option">
        <Typography.Text>{lender.lenderName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {lender.lenderCreditCode ?? t('pledges.lenderNoCode')} · {t('pledges.lenderPledges', { count: lender.pledgeCount })}
        </Typography.Text>
      </Flex>
    ),
  }));
  return (
    <AutoComplete
      id={id}
      value={value}
      options={options}
      onChange={(name: string) => onChange?.(name)}
      onSelect={(_name: string, option: (typeof options)[number]) => onPick(option.lender)}
      placeholder={t('pledges.lenderPlaceholder')}
    />
  );
}
