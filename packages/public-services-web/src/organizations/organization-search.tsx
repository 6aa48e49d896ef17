import { AutoComplete, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebounced } from '@ipbureau/ui';
import { useOrganizationSearch } from '../api/organizations.api';
import { useLabel } from '../shared/labels';

/** Path of an organization's profile page in admin-web. */
export const organizationProfilePath = (creditCode: string) => `/organizations/${encodeURIComponent(creditCode)}`;

const FULL_CODE = /^[0-9A-Z]{18}$/;

/**
 * The shell header's search box: a name fragment (Chinese works) or a credit code, answered
 * with organizations found across the pillars; choosing one — or pressing Enter on a full
 * credit code — opens its profile.
 */
export function OrganizationSearch({ debounceMs = 250 }: { debounceMs?: number }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebounced(text, debounceMs);
  const search = useOrganizationSearch(q);
  const result = q.trim().length >= 2 ? search.data : undefined;

  const open = (creditCode: string) => {
    setText('');
    void navigate(organizationProfilePath(creditCode));
  };

  const options = (result?.hits ?? []).map((hit) => ({
    value: hit.creditCode,
    label: (
      <Flex vertical data-testid="organization-hit">
        <Typography.Text>{hit.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hit.creditCode}
          {hit.district ? ` · ${label.district(hit.district)}` : ''}
        </Typography.Text>
        <Space size={2} wrap>
          {hit.foundIn.map((s) => (
            <Tag key={s} style={{ fontSize: 11, marginInlineEnd: 0 }}>
              {t(`organizations.sections.${s}`)}
            </Tag>
          ))}
        </Space>
      </Flex>
    ),
  }));

  const notFound = search.isFetching ? t('organizations.searching') : result ? t('organizations.noHits') : null;

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={setText}
      onSelect={(creditCode: string) => open(creditCode)}
      notFoundContent={notFound}
      popupMatchSelectWidth={360}
      style={{ width: 300 }}
      popupRender={(menu) => (
        <>
          {menu}
          {result && !result.complete ? (
            <Typography.Text type="warning" style={{ display: 'block', padding: '4px 12px', fontSize: 12 }} data-testid="search-partial">
              {t('organizations.partialSearch')}
            </Typography.Text>
          ) : null}
        </>
      )}
    >
      <Input
        allowClear
        aria-label={t('organizations.searchLabel')}
        placeholder={t('organizations.searchPlaceholder')}
        onPressEnter={() => {
          const code = text.trim().toUpperCase();
          if (FULL_CODE.test(code)) open(code);
        }}
      />
    </AutoComplete>
  );
}
