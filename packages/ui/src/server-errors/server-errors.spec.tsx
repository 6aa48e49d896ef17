import { act, render, renderHook, screen } from '@testing-library/react';
import { Form, Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { FormError } from './form-error';
import { fieldOfIssue, useServerErrors, type Refusal } from './server-errors';

const refusal = (issues: Refusal['issues'], code = 'VALIDATION_FAILED', message = '请求参数有误'): Refusal => ({ code, message, issues });

function setup(options?: Parameters<typeof useServerErrors>[1]) {
  const { result: formResult } = renderHook(() => Form.useForm());
  const form = formResult.current[0];
  render(
    <Form form={form}>
      <Form.Item name="title" label="title"><Input /></Form.Item>
      <Form.List name="parties" initialValue={[{ creditCode: '' }]}>
        {(items) => items.map((item) => <Form.Item key={item.key} name={[item.name, 'creditCode']}><Input /></Form.Item>)}
      </Form.List>
    </Form>,
  );
  const { result } = renderHook(() => useServerErrors(form, options));
  return { form, result };
}

describe('useServerErrors', () => {
  it('puts each issue beside its field and nothing above the form', () => {
    const { form, result } = setup(['title']);
    act(() => result.current.show(refusal([{ path: 'title', message: '必填' }])));
    expect(form.getFieldError('title')).toEqual(['必填']);
    expect(result.current.formError).toBeNull();
  });

  it('without a field list, places issues inside lists by their exact path', () => {
    const { form, result } = setup();
    act(() => result.current.show(refusal([{ path: 'parties.0.creditCode', message: '校验位错误' }])));
    expect(form.getFieldError(['parties', 0, 'creditCode'])).toEqual(['校验位错误']);
    expect(result.current.formError).toBeNull();
  });

  it('keeps the message for the top when an issue names no field of the form', () => {
    const { result } = setup(['title']);
    act(() => result.current.show(refusal([{ path: 'version', message: 'stale' }], 'CONFLICT', '记录已被他人修改')));
    expect(result.current.formError).toBe('记录已被他人修改');
  });

  it('puts a refusal without issues on the field its code concerns', () => {
    const { form, result } = setup({ fields: ['title'], fieldForCode: { CONFLICT: 'title' } });
    act(() => result.current.show(refusal([], 'CONFLICT', '已存在')));
    expect(form.getFieldError('title')).toEqual(['已存在']);
    expect(result.current.formError).toBeNull();
  });

  it('maps a nested path to its top-level field', () => {
    expect(fieldOfIssue('dataScope.districts.0', ['dataScope', 'roles'])).toBe('dataScope');
    expect(fieldOfIssue('other', ['dataScope'])).toBeUndefined();
  });
});

describe('FormError', () => {
  it('shows the message as an alert, and nothing without one', () => {
    const { rerender } = render(<FormError message="冲突" />);
    expect(screen.getByRole('alert').textContent).toContain('冲突');
    rerender(<FormError message={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
