import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnlockUser, useUpdateUser } from '@ipbureau/api-client';
import type { TUser } from '@ipbureau/domain';
import { ConfirmAction } from '../admin-list/confirm-action';

/** Lifts a lockout; the security administrator may do this too. */
export function UnlockButton({ user }: { user: TUser }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const unlock = useUnlockUser({
    onSuccess: () => void message.success(t('users.unlocked', { username: user.username })),
    onError: (error) => void message.error(error.message),
  });
  return (
    <Button type="link" size="small" loading={unlock.isPending} onClick={() => unlock.mutate(user.id)}>
      {t('users.unlock')}
    </Button>
  );
}

export interface UserActionsProps {
  user: TUser;
  /** The signed-in administrator may not disable their own account (the server refuses too). */
  isSelf: boolean;
  onEdit: () => void;
  onResetPassword: () => void;
}

/** The system administrator's actions on one user. */
export function UserActions({ user, isSelf, onEdit, onResetPassword }: UserActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateUser({
    onSuccess: (saved) => void message.success(t(saved.disabled ? 'users.disabledDone' : 'users.enabledDone', { username: saved.username })),
    onError: (error) => void message.error(error.message),
  });
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" onClick={onResetPassword}>
        {t('users.resetPassword')}
      </Button>
      {isSelf ? null : (
        <ConfirmAction
          label={user.disabled ? t('users.enable') : t('users.disable')}
          question={t(user.disabled ? 'users.enableConfirm' : 'users.disableConfirm', { username: user.username })}
          danger={!user.disabled}
          onConfirm={() => update.mutateAsync({ id: user.id, body: { disabled: !user.disabled } })}
        />
      )}
    </Space>
  );
}
