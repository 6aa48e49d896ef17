import { Alert } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TChainVerification } from '@ipbureau/domain';
import { formatDateTime } from '@ipbureau/ui';

/** The outcome of a chain check: intact in green, or each break in red, with what was checked. */
export function AuditVerification({ check }: { check: UseQueryResult<TChainVerification> }) {
  const { t } = useTranslation();
  if (check.isError) return <Alert type="error" showIcon title={t('audit.verifyFailed', { message: check.error.message })} style={{ marginBottom: 16 }} />;
  const result = check.data;
  if (!result) return null;
  const checked = t('audit.checked', { checked: result.checked, time: formatDateTime(result.verifiedAt) });
  if (result.valid) return <Alert type="success" showIcon title={t('audit.valid')} description={checked} style={{ marginBottom: 16 }} data-testid="audit-verification" />;
  return (
    <Alert
      type="error"
      showIcon
      title={t('audit.invalid', { count: result.breaks.length })}
      data-testid="audit-verification"
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {result.breaks.map((b) => (
              <li key={`${b.chain}:${b.seq}`}>{t('audit.break', { chain: b.chain, seq: b.seq, reason: t(`audit.breakReasons.${b.reason}`) })}</li>
            ))}
          </ul>
          {checked}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
