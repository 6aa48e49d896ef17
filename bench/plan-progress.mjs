#!/usr/bin/env node
// Benchmark: the plan progress endpoint on the whole stack (real pillars, embedded PostgreSQL):
// the first (cold) computation of the 14th plan's progress, and warm answers from the cache.
// Prints figures and which indicators were available; asserts nothing.
// With the demo city seeded (IPB_DEMO=0 for an empty database).
// Run after a build:  node bench/plan-progress.mjs
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { freePort, makeTempDir, startStack } from '@ipbureau/dev-stack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = await makeTempDir('ipb-plan-bench-');
const password = 'Bench-Passw0rd!x';
const stack = await startStack({ root, dataDir, webPort: await freePort(), servicePortBase: 0, embeddedPort: await freePort(), env: { IPB_ADMIN_PASSWORD: password, LOG_LEVEL: 'warn' }, demo: process.env.IPB_DEMO !== '0', log: () => {} });
try {
  const base = `http://127.0.0.1:${stack.ports.platform}/api/platform`;
  const json = async (method, url, token, body) => {
    const res = await fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body && JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const { body: login } = await json('POST', '/auth/login', null, { username: 'admin', password });
  const token = login.accessToken;
  const plan = (await json('GET', '/plans', token)).body.items[0];
  const asOf = '2025-12-31';
  const timed = async () => {
    const t = performance.now();
    const res = await json('GET', `/plans/${plan.id}/progress?asOf=${asOf}`, token);
    return { ms: performance.now() - t, res };
  };
  const cold = await timed();
  const warm = [];
  for (let i = 0; i < 20; i++) warm.push((await timed()).ms);
  warm.sort((a, b) => a - b);
  console.log(`plan ${plan.name['zh-CN']} progress as of ${asOf}`);
  console.log(`cold (computed from the pillars): ${cold.ms.toFixed(0)} ms`);
  console.log(`warm (cached), 20 requests: median ${warm[10].toFixed(1)} ms, max ${warm.at(-1).toFixed(1)} ms`);
  for (const i of cold.res.body.indicators) {
    console.log(`  ${i.available ? '✓' : '✗'} ${i.indicator.name['zh-CN']}: ${i.available ? `${i.value} / ${i.target?.value} (${i.status})` : i.unavailableReason['zh-CN']}`);
  }
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
