// Shared Vitest presets. Node services need SWC instead of esbuild because NestJS and TypeORM
// read the decorator metadata (emitDecoratorMetadata) that esbuild does not emit.
import react from '@vitejs/plugin-react';
import swc from 'unplugin-swc';

/** Unit tests of plain TypeScript packages: `*.spec.ts` next to the code. */
export function unitConfig(overrides = {}) {
  return {
    test: {
      include: ['src/**/*.spec.ts'],
      environment: 'node',
      ...overrides,
    },
  };
}

/** NestJS services: unit specs next to the code and HTTP-level `test/*.e2e-spec.ts` on real PostgreSQL. */
export function nestConfig(overrides = {}) {
  return {
    plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022' } })],
    test: {
      include: ['src/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
      environment: 'node',
      // Each test file boots its own service on its own fresh database; two at once keep a
      // 2-core machine busy without starving the embedded PostgreSQL.
      fileParallelism: true,
      maxWorkers: 2,
      // A worker imports NestJS, TypeORM and the service once and runs its files one after another
      // (each still on its own service and database): importing them again for every file was
      // half of a package's run (creation-api: 83 s → 49 s, the same 118 tests passing).
      isolate: false,
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...overrides,
    },
  };
}

/**
 * Screens and components rendered in jsdom: `*.spec.ts(x)` next to the code, with the shared jsdom
 * setup (media queries, resize observers, canvas, cleanup after each test).
 */
export function screensConfig(overrides = {}) {
  return {
    plugins: [react()],
    test: {
      include: ['src/**/*.spec.{ts,tsx}'],
      environment: 'jsdom',
      setupFiles: ['@ipbureau/ui/testing/jsdom-setup'],
      // antd, echarts and a pillar's screens are imported once per worker instead of once per
      // file: importing them was most of a package's test time. Each test renders its own fresh
      // tree and fake backend; the setup file cleans the DOM after each, so a test must not read
      // a module-level counter's value as a literal.
      isolate: false,
      // antd pages settle slowly on a busy 2-core machine.
      testTimeout: 30_000,
      ...overrides,
    },
  };
}
