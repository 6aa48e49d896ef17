import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import { useAgencies } from '../../api/public-services.api';
import { useOrganizationSearch } from '../../api/organizations.api';

/** The provider a request is assigned to: an agency of the register (with its id) or any organization by name. */
export type TProvider = { name: string; agencyId: string | null };

type Option = { value: string; label: string; provider: TProvider };

/**
 * Finds the service provider by name or credit code instead of typing an id: the agencies of the
 * register active today (their id is kept with the assignment), the organizations the platform
 * knows across the pillars, and, when neither holds it, the name as typed.
 */
export function ProviderPicker({ value, onChange, id }: { value?: TProvider | null; onChange?: (provider: TProvider | null) => void; id?: string }) {
  const { t } = useTranslation('public-services');
  const [q, setQ] = useState('');
  const text = q.trim();
  const agencies = useAgencies({ q: text || undefined, activeOn: todayInChina(), pageSize: 10 });
  const organizations = useOrganizationSearch(text);

  const groups = useMemo(() => {
    const fromRegister: Option[] = (agencies.data?.items ?? []).map((a) => ({ value: `agency:${a.id}`, label: `${a.name}（${a.creditCode}）`, provider: { name: a.name, agencyId: a.id } }));
    const registered = new Set((agencies.data?.items ?? []).map((a) => a.creditCode));
    const others: Option[] = text.length >= 2
      ? (organizations.data?.hits ?? []).filter((h) => !registered.has(h.creditCode)).map((h) => ({ value: `org:${h.creditCode}`, label: `${h.name}（${h.creditCode}）`, provider: { name: h.name, agencyId: null } }))
      : [];
    const typed: Option[] = text ? [{ value: `text:${text}`, label: t('infoRequests.providerTyped', { name: text }), provider: { name: text, agencyId: null } }] : [];
    return [
      { label: t('infoRequests.providerAgencies'), options: fromRegister },
      { label: t('infoRequests.providerOrganizations'), options: [...others, ...typed] },
    ].filter((g) => g.options.length > 0);
  }, [agencies.data, organizations.data, text, t]);

  const all = groups.flatMap((g) => g.options);
  const selected = value ? (value.agencyId ? `agency:${value.agencyId}` : `name:${value.name}`) : undefined;
  return (
    <Select<string, Option | { label: string; options: Option[] }>
      id={id}
      showSearch
      allowClear
      filterOption={false}
      placeholder={t('infoRequests.providerPlaceholder')}
      onSearch={setQ}
      loading={agencies.isFetching || organizations.isFetching}
      value={selected}
      // A chosen provider keeps its name on screen even when a new search no longer lists it.
      labelRender={() => value?.name ?? ''}
      options={groups}
      onChange={(key) => onChange?.(all.find((o) => o.value === key)?.provider ?? null)}
    />
  );
}
