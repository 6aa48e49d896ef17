import { Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES, MODULE_LEVELS, MODULES, type TRole } from '@ipbureau/domain';
import { adminRoleIn, levelIn, withChoice, type AdminChoice, type LevelChoice } from './user-roles';

export interface RolePickerProps {
  id?: string;
  value?: TRole[];
  onChange?: (roles: TRole[]) => void;
}

const LEVEL_CHOICES: LevelChoice[] = ['none', ...MODULE_LEVELS];
const ADMIN_CHOICES: AdminChoice[] = ['none', ...ADMIN_ROLES];

/**
 * Roles as a matrix: one level per module (a higher level includes the lower), and at most one of
 * the three administrator roles, so a combination 三员分立 forbids cannot even be picked.
 */
export function RolePicker({ id, value = [], onChange }: RolePickerProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="small" id={id}>
      <Typography.Text type="secondary">{t('roles.moduleRoles')}</Typography.Text>
      {MODULES.map((module) => (
        <Flex key={module} align="center" gap="middle" wrap>
          <Typography.Text style={{ width: 112 }}>{t(`roles.modules.${module}`)}</Typography.Text>
          <Radio.Group
            aria-label={t(`roles.modules.${module}`)}
            optionType="button"
            size="small"
            value={levelIn(value, module)}
            options={LEVEL_CHOICES.map((level) => ({ value: level, label: t(`roles.levels.${level}`) }))}
            onChange={(event) => onChange?.(withChoice(value, { module, level: event.target.value as LevelChoice }))}
          />
        </Flex>
      ))}
      <Typography.Text type="secondary" style={{ marginTop: 8 }}>
        {t('roles.adminRole')}
      </Typography.Text>
      <Radio.Group
        aria-label={t('roles.adminRole')}
        optionType="button"
        size="small"
        value={adminRoleIn(value)}
        options={ADMIN_CHOICES.map((role) => ({ value: role, label: t(`roles.admin.${role}`) }))}
        onChange={(event) => onChange?.(withChoice(value, { admin: event.target.value as AdminChoice }))}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('roles.adminHint')}
      </Typography.Text>
    </Flex>
  );
}
