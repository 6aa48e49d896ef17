import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A long value (a user agent, a hash) cut to the column, whole in a tooltip; a dash when absent. */
export function LongText({ value, width = 280, code = false }: { value: string | null; width?: number; code?: boolean }) {
  const { t } = useTranslation();
  if (!value) return <>{t('common.none')}</>;
  return (
    <Typography.Text ellipsis={{ tooltip: value }} code={code} style={{ maxWidth: width }}>
      {value}
    </Typography.Text>
  );
}
