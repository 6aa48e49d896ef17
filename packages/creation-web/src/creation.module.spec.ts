import { describe, expect, it } from 'vitest';
import { creationModule } from './creation.module';

describe('creationModule', () => {
  it('is mounted at /creation under the name 「知识产权创造」', () => {
    expect(creationModule.basePath).toBe('/creation');
    expect(creationModule.menu.label['zh-CN']).toBe('知识产权创造');
    expect(creationModule.menu.label.en).toBe('IP creation');
  });

  it('mentions high-value invention patents in both languages', () => {
    expect(creationModule.messages['zh-CN'].description).toContain('高价值发明专利');
    expect(creationModule.messages.en.description).toContain('high-value invention patents');
  });

  it('opens on its home page', () => {
    expect(creationModule.routes.filter((route) => route.index)).toHaveLength(1);
  });
});
