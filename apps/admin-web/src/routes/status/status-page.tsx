import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function StatusPage({ status }: { status: 403 | 404 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status={status}
      title={status}
      subTitle={t(status === 403 ? 'status.forbidden' : 'status.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('status.backHome')}
        </Button>
      }
    />
  );
}
