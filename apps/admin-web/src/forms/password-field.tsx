import { Form, Input, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { domainMessage, passwordProblems } from '@ipbureau/domain';
import { currentLocale } from '../i18n/i18n';

export interface PasswordFieldProps {
  name: string;
  label: string;
  /** The account's username when it is known (a reset, one's own change). */
  username?: string;
  /** The form field holding the username while it is being typed (a new user). */
  usernameField?: string;
  /** Shown under the rules, e.g. that the user must change it. */
  hint?: string;
  autoComplete?: string;
}

/**
 * A new password with the platform's rules written under it and checked as the user types, by
 * the same function the server uses, so a weak password is refused before it is sent.
 */
export function PasswordField({ name, label, username, usernameField, hint, autoComplete = 'new-password' }: PasswordFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const rules: FormRule[] = [
    { required: true, message: t('password.required') },
    ({ getFieldValue }) => ({
      validator: async (_rule, value: unknown) => {
        if (typeof value !== 'string' || value === '') return;
        const owner = username ?? (usernameField ? String(getFieldValue(usernameField) ?? '') : '');
        const problems = passwordProblems(value, owner.trim());
        if (problems.length > 0) throw new Error(problems.map((key) => domainMessage(key, locale) ?? key).join('；'));
      },
    }),
  ];
  return (
    <Form.Item
      name={name}
      label={label}
      rules={rules}
      dependencies={usernameField ? [usernameField] : []}
      extra={hint ? `${t('password.rules')} ${hint}` : t('password.rules')}
    >
      <Input.Password autoComplete={autoComplete} />
    </Form.Item>
  );
}
