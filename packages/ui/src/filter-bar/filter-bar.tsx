import type { ReactNode } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import { useUiText } from '../locale';

export interface FilterBarProps<TValues extends object> {
  /** The filter fields: `Form.Item`s named after the values they set. */
  children: ReactNode;
  /** Called with every field's value on search, and with the initial values on reset. */
  onSearch: (values: TValues) => void;
  initialValues?: Partial<TValues>;
  /** Prefix of the fields' ids, needed when a page has more than one form. */
  name?: string;
  /** What acts on the filtered list as a whole, after search and reset (e.g. an `ExportButton`). */
  actions?: ReactNode;
}

/**
 * The row of filters above a list. Filtering is the caller's (usually the server's) business: the
 * bar only collects the values and hands them over when the user asks.
 */
export function FilterBar<TValues extends object>({ children, onSearch, initialValues, name, actions }: FilterBarProps<TValues>) {
  const [form] = Form.useForm<TValues>();
  const text = useUiText();
  return (
    <Form<TValues>
      form={form}
      name={name}
      layout="inline"
      role="search"
      initialValues={initialValues}
      onFinish={onSearch}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      {children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {text.search}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch(form.getFieldsValue(true));
            }}
          >
            {text.reset}
          </Button>
          {actions}
        </Space>
      </Form.Item>
    </Form>
  );
}
