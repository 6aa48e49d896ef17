import { describe, expect, it } from 'vitest';
import { periodBounds } from './audit-period';

describe('periodBounds', () => {
  it('covers the whole of both days in China Standard Time, the end exclusive', () => {
    expect(periodBounds('2025-02-27', '2025-02-28')).toEqual({ from: '2025-02-27T00:00:00+08:00', to: '2025-03-01T00:00:00+08:00' });
  });

  it('leaves out an open end', () => {
    expect(periodBounds(undefined, undefined)).toEqual({});
    expect(periodBounds('2024-12-31', undefined)).toEqual({ from: '2024-12-31T00:00:00+08:00' });
  });
});
