import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `pnpm dev` / tooling/dev-stack run each service; one prefix per service. */
const SERVICE_PORTS = {
  platform: 4101,
  creation: 4102,
  utilization: 4103,
  protection: 4104,
  'public-services': 4105,
} as const;

// The browser sees one origin, as behind nginx in production, so no CORS setup is needed.
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  Object.entries(SERVICE_PORTS).map(([service, port]) => [`/api/${service}`, { target: `http://127.0.0.1:${port}` }]),
);

function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/[\\/](antd|@ant-design|@rc-component|rc-[\w-]+)[\\/]/.test(id)) return 'antd';
  if (/[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react';
  return 'vendor';
}

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  // `vite preview` fronts the built app and the services the same way for `pnpm start`.
  preview: { proxy },
  build: {
    outDir: 'dist',
    // Libraries change less often than our code; separate chunks stay cached across releases.
    rollupOptions: {
      output: { manualChunks: vendorChunk },
      onwarn(warning, warn) {
        // zod ships `@__PURE__` comments Rollup cannot place; harmless, and it buries real warnings.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
    // antd alone is about 580 kB minified; splitting the pillars into lazy routes is the lever
    // once their screens grow, not a smaller warning threshold.
    chunkSizeWarningLimit: 700,
  },
});
