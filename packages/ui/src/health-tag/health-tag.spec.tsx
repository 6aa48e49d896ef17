import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { HealthTag } from './health-tag';

describe('HealthTag', () => {
  it('says the state in Chinese by default', () => {
    render(<HealthTag state="down" />);
    expect(screen.getByText('不可用')).toBeTruthy();
  });

  it('follows antd’s locale when the UI is in English', () => {
    render(
      <ConfigProvider locale={enUS}>
        <HealthTag state="up" />
      </ConfigProvider>,
    );
    expect(screen.getByText('Up')).toBeTruthy();
  });
});
