import { useState } from 'react';
import { Alert, Flex, Select, Spin } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { plansQueries, useApiClient } from '@ipbureau/api-client';
import { districtsOf } from '@ipbureau/domain';
import type { TPlan, TPlanProgress } from '@ipbureau/domain/plans';
import { BarChart } from '@ipbureau/ui';
import { divisionName } from '../../../i18n/division-names';
import { currentLocale } from '../../../i18n/i18n';

/**
 * The districts ranked by one indicator, each read from the progress of that district
 * (`?district=`), so it uses the same semantics and population basis as the city's figure.
 */
export function DistrictRanking({ plan, cityProgress, asOf }: { plan: TPlan; cityProgress: TPlanProgress; asOf: string | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const client = useApiClient();
  const [code, setCode] = useState(cityProgress.indicators[0]?.indicator.code);
  const districts = districtsOf(plan.regionCode);
  const results = useQueries({
    queries: districts.map((d) => plansQueries.progress(client, plan.id, { ...(asOf ? { asOf } : {}), district: d.code })),
  });
  const indicator = cityProgress.indicators.find((p) => p.indicator.code === code)?.indicator;
  const rows = districts.map((d, i) => {
    const entry = results[i]?.data?.indicators.find((p) => p.indicator.code === code);
    return { code: d.code, name: divisionName(d.code, locale), value: entry?.available && entry.value !== null ? Number(entry.value) : null, loading: results[i]?.isPending ?? false };
  });
  const ranked = rows.filter((r) => r.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const missing = rows.filter((r) => r.value === null && !r.loading);

  return (
    <Flex vertical gap="middle">
      <Select
        aria-label={t('plans.dashboard.districtIndicator')}
        style={{ maxWidth: 360 }}
        value={code}
        onChange={setCode}
        options={cityProgress.indicators.map((p) => ({ value: p.indicator.code, label: p.indicator.name[locale] }))}
      />
      {rows.some((r) => r.loading) ? <Spin /> : null}
      {indicator && ranked.length > 0 ? (
        <BarChart
          horizontal
          ariaLabel={`${t('plans.dashboard.districts')}：${indicator.name[locale]}`}
          unit={indicator.unit[locale]}
          height={Math.max(200, ranked.length * 40)}
          categories={ranked.map((r) => r.name)}
          series={[{ name: indicator.name[locale], data: ranked.map((r) => r.value) }]}
        />
      ) : null}
      {missing.length > 0 ? <Alert type="info" showIcon title={t('plans.dashboard.districtUnavailable', { districts: missing.map((r) => r.name).join(t('common.listSeparator')) })} /> : null}
    </Flex>
  );
}
