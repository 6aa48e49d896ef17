import { Space, Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TDataScope, TLocale, TUser } from '@ipbureau/domain';
import { formatDateTime, StatusTag, type StatusTone } from '@ipbureau/ui';
import { divisionName } from '../../../i18n/division-names';
import { groupRoles } from './user-roles';

/** Roles as tags: each administrator role, then one tag per module naming its levels. */
export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const { modules, admin } = groupRoles(roles);
  if (modules.length === 0 && admin.length === 0) return <>{t('common.none')}</>;
  return (
    <Space size={[4, 4]} wrap>
      {admin.map((role) => (
        <Tag key={role} color="purple">
          {t(`roles.admin.${role}`)}
        </Tag>
      ))}
      {modules.map(({ module, levels }) => (
        <Tag key={module} color="blue">
          {t('roles.tag', {
            module: t(`roles.modules.${module}`),
            levels: levels.map((level) => t(`roles.levels.${level}`)).join(t('common.listSeparator')),
          })}
        </Tag>
      ))}
    </Space>
  );
}

export function dataScopeText(scope: TDataScope, t: TFunction, locale: TLocale): string {
  if (scope.kind !== 'districts') return t(`dataScope.${scope.kind}`);
  return t('dataScope.districtsOf', { districts: scope.districts.map((code) => divisionName(code, locale)).join(t('common.listSeparator')) });
}

type UserState = 'active' | 'disabled' | 'locked';
const STATE_TONES: Record<UserState, StatusTone> = { active: 'success', disabled: 'default', locked: 'error' };

/** Locked means a lockout that has not run out yet; an old `lockedUntil` is history. */
export function isLocked(user: Pick<TUser, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}

/** Disabled and locked can hold at once (a lockout outlives disabling); both show. */
export function UserStatus({ user }: { user: TUser }) {
  const { t } = useTranslation();
  const states: UserState[] = [...(user.disabled ? (['disabled'] as const) : []), ...(isLocked(user) ? (['locked'] as const) : [])];
  if (states.length === 0) states.push('active');
  return (
    <Space size={4}>
      {states.map((state) => {
        const tag = <StatusTag key={state} status={state} tones={STATE_TONES} label={t(`users.states.${state}`)} />;
        return state === 'locked' ? (
          <Tooltip key={state} title={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </Space>
  );
}
