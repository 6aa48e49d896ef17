import { Col, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMetricCatalogue } from '@ipbureau/api-client';
import { INDICATOR_SEMANTICS, PLAN_PILLARS, POPULATION_BASES, type TPlanPillar } from '@ipbureau/domain/plans';
import { currentLocale } from '../../../i18n/i18n';
import { TargetsField } from './targets-field';

/** The values of one indicator as the form holds them (numbers from number inputs, text as typed). */
export interface IndicatorFormValues {
  code: string;
  name: { 'zh-CN': string; en: string };
  pillar: TPlanPillar;
  metricKey: string;
  semantics: 'stock' | 'cumulative' | 'flow' | 'density';
  populationBasis?: 'resident' | 'registered' | null;
  unit: { 'zh-CN': string; en: string };
  decimals: number;
  baseline: { year: number; value?: string | null; note?: string | null };
  targets: { year: number; value: string }[];
  sourceDepartment: string;
}

export const EMPTY_INDICATOR: Partial<IndicatorFormValues> = { decimals: 0, baseline: { year: undefined as unknown as number }, targets: [{ year: undefined as unknown as number, value: '' }] };

/** The metric picker, fed by the catalogue of the pillar chosen (`GET /api/<pillar>/metrics`). */
function MetricSelect({ form, path, id, value, onChange }: { form: FormInstance; path: (string | number)[]; id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const pillar = Form.useWatch([...path, 'pillar'], form) as TPlanPillar | undefined;
  const catalogue = useMetricCatalogue(pillar);
  return (
    <Select
      id={id}
      value={value}
      showSearch={{ optionFilterProp: 'label' }}
      disabled={!pillar}
      loading={catalogue.isFetching}
      notFoundContent={catalogue.isError ? t('plans.form.metricUnavailable') : catalogue.isFetching ? t('plans.form.metricLoading') : undefined}
      options={(catalogue.data ?? []).map((m) => ({ value: m.key, label: `${m.name[locale]}（${m.key}）` }))}
      onChange={(key: string) => {
        onChange?.(key);
        // A metric brings its unit and semantics; what the officer typed already stays.
        const metric = catalogue.data?.find((m) => m.key === key);
        if (!metric) return;
        const current = form.getFieldValue(path) as Partial<IndicatorFormValues>;
        form.setFieldValue([...path, 'unit'], { 'zh-CN': current.unit?.['zh-CN'] || metric.unit['zh-CN'], en: current.unit?.en || metric.unit.en });
        if (!current.semantics) form.setFieldValue([...path, 'semantics'], metric.semantics);
        if (!current.name?.['zh-CN']) form.setFieldValue([...path, 'name'], { 'zh-CN': metric.name['zh-CN'], en: current.name?.en || metric.name.en });
      }}
    />
  );
}

/**
 * The fields of one indicator, named under `prefix` in the surrounding form (`['indicators', 0]`
 * in the plan form, `[]` for a lone indicator). `listPath` is the full path for watching values.
 */
export function IndicatorFields({ form, prefix, listPath }: { form: FormInstance; prefix: (string | number)[]; listPath: (string | number)[] }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('plans.form.required') }];
  const semantics = Form.useWatch([...listPath, 'semantics'], form) as string | undefined;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={[...prefix, 'code']} label={t('plans.form.code')} extra={t('plans.form.codeHint')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[...prefix, 'name', 'zh-CN']} label={t('plans.form.indicatorNameZh')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[...prefix, 'name', 'en']} label={t('plans.form.indicatorNameEn')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={[...prefix, 'pillar']} label={t('plans.form.pillar')} rules={required}>
            <Select options={PLAN_PILLARS.map((p) => ({ value: p, label: t(`plans.pillar.${p}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name={[...prefix, 'metricKey']} label={t('plans.form.metric')} rules={required}>
            <MetricSelect form={form} path={listPath} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name={[...prefix, 'semantics']} label={t('plans.form.semantics')} rules={required}>
            <Select options={INDICATOR_SEMANTICS.map((s) => ({ value: s, label: t(`plans.semantics.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[...prefix, 'populationBasis']} label={t('plans.form.populationBasis')}>
            <Select allowClear disabled={semantics !== 'density'} options={POPULATION_BASES.map((b) => ({ value: b, label: t(`plans.basis.${b}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[...prefix, 'unit', 'zh-CN']} label={t('plans.form.unitZh')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[...prefix, 'unit', 'en']} label={t('plans.form.unitEn')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[...prefix, 'decimals']} label={t('plans.form.decimals')} rules={required}>
            <InputNumber min={0} max={6} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={4}>
          <Form.Item name={[...prefix, 'baseline', 'year']} label={t('plans.form.baselineYear')} rules={required}>
            <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[...prefix, 'baseline', 'value']} label={t('plans.form.baselineValue')}>
            <Input inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[...prefix, 'baseline', 'note']} label={t('plans.form.baselineNote')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[...prefix, 'sourceDepartment']} label={t('plans.form.sourceDepartment')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <TargetsField name={[...prefix, 'targets']} />
    </>
  );
}

/** The indicator as the API takes it, from the form's values; `sortOrder` is its place in the table. */
export function indicatorBody(values: IndicatorFormValues, sortOrder: number) {
  const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    code: values.code?.trim(),
    name: values.name,
    pillar: values.pillar,
    metricKey: values.metricKey,
    semantics: values.semantics,
    populationBasis: values.populationBasis ?? null,
    unit: values.unit,
    decimals: values.decimals,
    baseline: { year: values.baseline?.year, value: blank(values.baseline?.value), note: blank(values.baseline?.note) },
    targets: (values.targets ?? []).map((target) => ({ year: target.year, value: target.value?.trim() })),
    sourceDepartment: values.sourceDepartment?.trim(),
    sortOrder,
  };
}
