import { describe, expect, it } from 'vitest';
import { utilizationModule } from './utilization.module';

describe('utilizationModule', () => {
  it('is mounted at /utilization under the name 「知识产权运用」', () => {
    expect(utilizationModule.basePath).toBe('/utilization');
    expect(utilizationModule.menu.label['zh-CN']).toBe('知识产权运用');
    expect(utilizationModule.menu.label.en).toBe('IP utilization');
  });

  it('speaks of pledge financing in both languages', () => {
    expect(utilizationModule.messages['zh-CN'].description).toContain('质押融资');
    expect(utilizationModule.messages.en.description).toContain('pledge financing');
  });

  it('opens on its home page', () => {
    expect(utilizationModule.routes.filter((route) => route.index)).toHaveLength(1);
  });
});
