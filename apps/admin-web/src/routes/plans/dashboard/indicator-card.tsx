import { useMemo } from 'react';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TIndicatorProgress } from '@ipbureau/domain/plans';
import { Sparkline, StatusTag } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { formatCompletion, formatDecimal, STATUS_COLOURS, STATUS_TONES } from '../plan-format';

/**
 * One indicator at a glance: value, the target it works toward, completion and status colour,
 * its trend, and — for density — the population it was divided by. An indicator whose pillar
 * did not answer says so and why, instead of showing a zero.
 */
export function IndicatorCard({ progress }: { progress: TIndicatorProgress }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { indicator, available, value, target, completion, status, populationUsed, series } = progress;
  const unit = indicator.unit[locale];
  const colour = status ? STATUS_COLOURS[status] : '#d9d9d9';
  const trend = useMemo(() => series.map((p) => (p.value === null ? null : Number(p.value))), [series]);

  return (
    <Card
      size="small"
      data-testid="indicator-card"
      data-code={indicator.code}
      data-available={String(available)}
      style={{ height: '100%', borderTop: `3px solid ${colour}` }}
      title={<span title={indicator.name[locale]}>{indicator.name[locale]}</span>}
      extra={available && status ? <StatusTag status={status} tones={STATUS_TONES} label={t(`plans.status.${status}`)} /> : <Tag>{t('plans.card.unavailable')}</Tag>}
    >
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{t('plans.card.value')}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 24 }} data-testid="indicator-value">
          {value === null ? t('plans.card.noValue') : formatDecimal(value, indicator.decimals)}
          <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 4 }}>
            {unit}
          </Typography.Text>
        </Typography.Text>
        {target ? (
          <Typography.Text>
            {t('plans.card.target', { year: target.year })}
            <span data-testid="indicator-target">{formatDecimal(target.value)}</span> {unit}
          </Typography.Text>
        ) : null}
        {completion !== null ? (
          <Typography.Text>
            {t('plans.card.completion')}<span data-testid="indicator-completion">{formatCompletion(completion)}</span>
          </Typography.Text>
        ) : null}
        {!available && progress.unavailableReason ? (
          <Typography.Text type="warning" data-testid="indicator-unavailable">
            {progress.unavailableReason[locale]}
          </Typography.Text>
        ) : null}
        {populationUsed ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="indicator-population">
            {t('plans.card.population', { basis: t(`plans.basis.${populationUsed.basis}`), people: formatDecimal(String(populationUsed.people)), year: populationUsed.year })}
          </Typography.Text>
        ) : null}
        {trend.some((v) => v !== null) ? <Sparkline data={trend} color={colour} height={36} ariaLabel={t('plans.card.trend', { name: indicator.name[locale] })} /> : null}
      </Flex>
    </Card>
  );
}
