import { Alert } from 'antd';

/** The message of a refused save that belongs to no single field, above the form. */
export function FormAlert({ message }: { message: string | null }) {
  return message ? <Alert type="error" showIcon message={message} style={{ marginBottom: 16 }} role="alert" /> : null;
}
