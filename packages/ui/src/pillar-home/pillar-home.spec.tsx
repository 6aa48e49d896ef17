import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PillarHome } from './pillar-home';

describe('PillarHome', () => {
  it('introduces the pillar and says whether its service is up', () => {
    render(<PillarHome title="知识产权保护" description="行政执法、行政裁决与维权援助。" health="down" />);

    expect(screen.getByRole('heading', { name: '知识产权保护' })).toBeTruthy();
    expect(screen.getByText('行政执法、行政裁决与维权援助。')).toBeTruthy();
    expect(screen.getByText('服务状态')).toBeTruthy();
    expect(screen.getByText('不可用')).toBeTruthy();
  });
});
