// Shared Vitest presets. Node services need SWC instead of esbuild because NestJS and TypeORM
// read the decorator metadata (emitDecoratorMetadata) that esbuild does not emit.
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
