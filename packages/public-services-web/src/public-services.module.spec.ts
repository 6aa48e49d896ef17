import { describe, expect, it } from 'vitest';
import { publicServicesModule } from './public-services.module';

describe('publicServicesModule', () => {
  it('is mounted at /public-services under the name 「公共服务」', () => {
    expect(publicServicesModule.basePath).toBe('/public-services');
    expect(publicServicesModule.menu.label['zh-CN']).toBe('公共服务');
    expect(publicServicesModule.menu.label.en).toBe('Public services');
  });

  it('lists the supervision of patent agents in both languages', () => {
    expect(publicServicesModule.messages['zh-CN'].description).toContain('专利代理师');
    expect(publicServicesModule.messages.en.description).toContain('patent agents');
  });

  it('opens on its overview and has a screen for each resource', () => {
    expect(publicServicesModule.routes.filter((route) => route.index)).toHaveLength(1);
    expect(publicServicesModule.routes.map((route) => route.path).filter(Boolean)).toEqual([
      'agencies',
      'agencies/:id',
      'agents',
      'violations',
      'results',
      'info-requests',
      'navigation',
      'trusteeship',
      'training',
      'training/:id',
      'policies',
    ]);
  });

  it('has every Chinese message key in English too', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(publicServicesModule.messages.en)).toEqual(keys(publicServicesModule.messages['zh-CN']));
  });
});
