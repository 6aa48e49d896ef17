import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { BeforeAfter, changedKeys } from './before-after';

describe('changedKeys', () => {
  it('names the top-level fields whose values differ, nested values compared whole', () => {
    expect(changedKeys({ a: 1, b: { c: [1] }, d: 'x' }, { a: 1, b: { c: [2] }, e: true })).toEqual(['b', 'd', 'e']);
    expect(changedKeys(null, { a: 1 })).toEqual([]);
  });
});

describe('BeforeAfter', () => {
  it('shows both sides as JSON and what changed', () => {
    render(<BeforeAfter before={{ disabled: false, name: '陈科员' }} after={{ disabled: true, name: '陈科员' }} />);

    expect(screen.getByText('变更前')).toBeTruthy();
    expect(screen.getByTestId('before-after-before').textContent).toContain('"disabled": false');
    expect(screen.getByTestId('before-after-after').textContent).toContain('"disabled": true');
    expect(screen.getByText('disabled')).toBeTruthy();
    expect(screen.queryByText('name')).toBeNull();
  });

  it('says there was nothing on the side that did not exist', () => {
    render(<BeforeAfter before={null} after={{ name: '知识产权科' }} />);
    expect(screen.getByTestId('before-after-before').textContent).toBe('无');
  });
});
