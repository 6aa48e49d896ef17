import { Alert } from 'antd';

/** The server's message above a form, for what no single field can show. */
export function FormError({ message }: { message: string | null }) {
  return message ? <Alert type="error" showIcon title={message} role="alert" style={{ marginBottom: 16 }} /> : null;
}
