import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ConfirmActionProps {
  /** The button's text, also the confirming button's. */
  label: string;
  /** The question the administrator answers before anything is sent. */
  question: string;
  /** Runs on confirmation; a failure is the caller's to report, the bubble just closes. */
  onConfirm: () => Promise<unknown>;
  danger?: boolean;
}

/** A row action that changes something only after the administrator confirms it. */
export function ConfirmAction({ label, question, onConfirm, danger = false }: ConfirmActionProps) {
  const { t } = useTranslation();
  return (
    <Popconfirm title={question} okText={label} cancelText={t('common.cancel')} okButtonProps={{ danger }} onConfirm={() => onConfirm().catch(() => undefined)}>
      <Button type="link" size="small" danger={danger}>
        {label}
      </Button>
    </Popconfirm>
  );
}
