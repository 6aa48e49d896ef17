import type { ReactNode } from 'react';
import { Alert, Button, Drawer, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

export interface FormDrawerProps {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's instance submits alike
  form: FormInstance<any>;
  saving: boolean;
  /** The server's message that belongs to no field. */
  formError: string | null;
  children: ReactNode;
  width?: number;
}

/** A side drawer holding one form, with cancel and save below it and the unplaced server error above. */
export function FormDrawer({ title, open, onClose, form, saving, formError, children, width }: FormDrawerProps) {
  const { t } = useTranslation('public-services');
  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      destroyOnHidden
      width={width}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      {children}
    </Drawer>
  );
}
