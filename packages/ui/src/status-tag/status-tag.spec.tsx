import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { StatusTag, type StatusTone } from './status-tag';

const tones: Record<'filed' | 'granted' | 'rejected', StatusTone> = { filed: 'processing', granted: 'success', rejected: 'error' };

describe('StatusTag', () => {
  it('colours each status by its tone and shows the label it is given', () => {
    render(
      <>
        <StatusTag status="granted" tones={tones} label="已授权" />
        <StatusTag status="rejected" tones={tones} label="已驳回" />
      </>,
    );

    expect(screen.getByText('已授权').closest('.ant-tag')?.className).toMatch(/success/);
    expect(screen.getByText('已驳回').closest('.ant-tag')?.className).toMatch(/error/);
    expect(screen.getByText('已驳回').closest('.ant-tag')?.className).not.toMatch(/success/);
  });
});
