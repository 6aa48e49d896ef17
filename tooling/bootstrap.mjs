#!/usr/bin/env node
// `npm start` and `npm test` on a machine with only Node and npm: fetch the pinned pnpm,
// install the workspace, then build and run (start) or build and test everything (test).
// Uses Node built-ins only, since nothing is installed when it first runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.TURBO_TELEMETRY_DISABLED = '1';
const PNPM = 'pnpm@10.34.9';
const mode = process.argv[2];

function run(command, args, { capture } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: capture ? ['inherit', 'pipe', 'pipe'] : 'inherit', env: process.env });
    if (capture) {
      child.stdout.on('data', (d) => {
        process.stdout.write(d);
        capture(d.toString('utf8'));
      });
      child.stderr.on('data', (d) => process.stderr.write(d));
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function must(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) {
    process.stderr.write(`\n✗ ${command} ${args.join(' ')} failed (exit ${code})\n`);
    process.exit(code);
  }
}

function pnpm() {
  const local = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (local.status === 0 && `pnpm@${local.stdout.trim()}` === PNPM) return ['pnpm', []];
  return ['npx', ['--yes', PNPM]];
}

/**
 * Debian's Chromium for the browser test, never a browser downloaded by a test tool, and a
 * Chinese font so the pages it renders (and their screenshots) show Chinese, not boxes.
 */
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

async function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  const packages = [...(found ? [] : ['chromium']), ...(existsSync(CJK_FONT) ? [] : ['fonts-wqy-microhei'])];
  if (packages.length === 0) return found;
  if (process.getuid?.() !== 0) {
    if (found) return found; // the font only makes screenshots readable
    process.stderr.write('Chromium is needed for the browser test: install Debian\'s `chromium` package (or set CHROMIUM_PATH).\n');
    process.exit(1);
  }
  process.stdout.write(`Installing Debian's ${packages.join(' and ')} for the browser test…\n`);
  await must('apt-get', ['update', '-qq']);
  await must('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  return found ?? '/usr/bin/chromium';
}

async function main() {
  const [bin, pre] = pnpm();
  const p = (...args) => must(bin, [...pre, ...args]);
  if (mode !== 'start' && mode !== 'test') {
    process.stderr.write('usage: node tooling/bootstrap.mjs start|test\n');
    process.exit(2);
  }
  await p('install', '--frozen-lockfile', '--reporter=append-only');
  if (mode === 'start') {
    await p('exec', 'turbo', 'run', 'build', '--output-logs=errors-only');
    await must(process.execPath, ['tooling/dev-stack/src/cli.js', 'start']);
    return;
  }
  process.env.CHROMIUM_PATH = await ensureChromium();
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  // Vitest prints "Tests  N passed (M)" or "Tests  F failed | N passed (M)" per package;
  // the sum becomes the closing "N passed, N failed" line.
  let pending = '';
  const tally = (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /Tests\s+(?:(\d+) failed \| )?(\d+) passed/.exec(line.replace(/\x1b\[[0-9;]*m/g, ''));
      if (m) {
        failed += Number(m[1] ?? 0);
        passed += Number(m[2]);
      }
    }
  };
  await must(bin, [...pre, 'exec', 'turbo', 'run', 'build', 'typecheck', 'lint', '--output-logs=errors-only']);
  const code = await run(
    process.execPath,
    ['tooling/dev-stack/src/cli.js', 'with-db', '--', bin, ...pre, 'exec', 'turbo', 'run', 'test', 'test:browser', 'build-storybook', '--concurrency=2', '--output-logs=full'],
    { capture: tally },
  );
  process.stdout.write(`\nall tests in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exit(code !== 0 ? code : failed > 0 ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
