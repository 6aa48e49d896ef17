import { describe, expect, it } from 'vitest';
import { protectionModule } from './protection.module';

describe('protectionModule', () => {
  it('is mounted at /protection under the name 「知识产权保护」', () => {
    expect(protectionModule.basePath).toBe('/protection');
    expect(protectionModule.menu.label['zh-CN']).toBe('知识产权保护');
    expect(protectionModule.menu.label.en).toBe('IP protection');
  });

  it('covers enforcement and adjudication in both languages', () => {
    expect(protectionModule.messages['zh-CN'].description).toContain('行政裁决');
    expect(protectionModule.messages.en.description).toContain('adjudication');
  });

  it('opens on its home page', () => {
    expect(protectionModule.routes.filter((route) => route.index)).toHaveLength(1);
  });
});
