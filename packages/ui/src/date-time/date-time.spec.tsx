import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DateTime, formatDateTime } from './date-time';

describe('formatDateTime', () => {
  it('shows an instant in China Standard Time whatever offset it was sent with', () => {
    expect(formatDateTime('2025-03-01T01:30:05Z')).toBe('2025/03/01 09:30:05');
    expect(formatDateTime('2025-02-28T20:00:00-05:00')).toBe('2025/03/01 09:00:00');
  });

  it('can show the date alone, or another zone', () => {
    expect(formatDateTime('2025-03-01T17:00:00Z', { withTime: false })).toBe('2025/03/02');
    expect(formatDateTime('2025-03-01T17:00:00Z', { timeZone: 'UTC' })).toBe('2025/03/01 17:00:00');
  });

  it('gives null for nothing and for text that is not a date', () => {
    expect(formatDateTime(null)).toBeNull();
    expect(formatDateTime('not a date')).toBeNull();
  });
});

describe('DateTime', () => {
  it('marks up the instant it shows and a dash when there is none', () => {
    render(
      <>
        <DateTime value="2025-03-01T01:30:05Z" />
        <DateTime value={null} />
      </>,
    );
    expect(screen.getByText('2025/03/01 09:30:05').getAttribute('datetime')).toBe('2025-03-01T01:30:05Z');
    expect(screen.getByText('—')).toBeTruthy();
  });
});
