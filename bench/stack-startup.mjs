#!/usr/bin/env node
// Benchmark: how long the whole stack takes to start on embedded PostgreSQL (cold: a new data
// folder, so initdb, migrations and first-run seeding are included; warm: the same folder again)
// and how much memory each process holds once it is up. Prints figures; asserts nothing.
// Run after a build:  node bench/stack-startup.mjs
import path from 'node:path';
import { readdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { freePort, makeTempDir, startStack } from '@ipbureau/dev-stack';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function rssKiB(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function postgresRssKiB(dataDir) {
  let total = 0;
  let count = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const parent = Number(/PPid:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))?.[1]);
    if (cmd.includes(dataDir) || (parent && (await readFile(`/proc/${parent}/cmdline`, 'utf8').catch(() => '')).includes(dataDir))) {
      total += await rssKiB(pid);
      count += 1;
    }
  }
  return { total, count };
}

const dataDir = await makeTempDir('ipb-bench-');
const options = async () => ({ root, dataDir, webPort: await freePort(), servicePortBase: 0, embeddedPort: await freePort(), env: { IPB_ADMIN_PASSWORD: 'Bench-Passw0rd!x', LOG_LEVEL: 'warn' }, log: () => {} });

const cold = await startStack(await options());
const mb = (kib) => `${(kib / 1024).toFixed(0)} MB`;
console.log(`cold start (new data folder): ${(cold.startedInMs / 1000).toFixed(1)} s`);
await new Promise((r) => setTimeout(r, 1000));
console.log('resident memory once up:');
for (const child of cold.children) {
  const name = path.basename(path.dirname(path.dirname(child.spawnfile === process.execPath ? child.spawnargs[1] : '')));
  console.log(`  ${name.padEnd(22)} ${mb(await rssKiB(child.pid))}`);
}
const pg = await postgresRssKiB(path.join(dataDir, 'postgres'));
console.log(`  ${'postgres'.padEnd(22)} ${mb(pg.total)} across ${pg.count} processes (shared buffers counted in each)`);
console.log(`  ${'this runner + web'.padEnd(22)} ${mb(await rssKiB(process.pid))}`);
await cold.stop();

const warm = await startStack(await options());
console.log(`warm start (same data folder): ${(warm.startedInMs / 1000).toFixed(1)} s`);
await warm.stop();
await rm(dataDir, { recursive: true, force: true });
