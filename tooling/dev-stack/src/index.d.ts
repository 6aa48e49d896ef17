export interface RunningPostgres { url: string; port: number; stop: () => Promise<void> }
export function startEmbeddedPostgres(options: { dataDir: string; port?: number; persistent?: boolean; log?: (line: string) => void }): Promise<RunningPostgres>;
export function createDatabase(adminUrl: string, prefix?: string): Promise<{ url: string; name: string; drop: () => Promise<void> }>;
export function freePort(): Promise<number>;
export function makeTempDir(prefix: string): Promise<string>;
export function withDatabaseName(url: string, name: string): string;
export function resolveAdminUrl(options?: { log?: (line: string) => void }): Promise<{ url: string; stop: () => Promise<void>; embedded: boolean }>;
export function withDatabase<T>(fn: (url: string) => Promise<T>, options?: { log?: (line: string) => void }): Promise<T>;
export interface ServiceInfo { name: string; schema: string; port: number; dir: string }
export const SERVICES: ServiceInfo[];
export const WEB_PORT: number;
export interface RunningStack {
  url: string;
  stop: () => Promise<void>;
  ports: Record<string, number>;
  databaseUrl: string;
  startedInMs: number;
  children: import("node:child_process").ChildProcess[];
  /** What the demo seed did when `demo` was asked for (null otherwise). */
  demo: { seeded: boolean; ms: number; reason?: string; parts: Record<string, { records: number; ms: number }> } | null;
}
export function startStack(options: {
  root: string;
  dataDir?: string;
  webPort?: number;
  servicePortBase?: number;
  embeddedPort?: number;
  env?: Record<string, string>;
  log?: (line: string) => void;
  quiet?: boolean;
  /** Seed the demo city (tooling/demo-city) into an empty database once every service is healthy. Off unless true. */
  demo?: boolean;
}): Promise<RunningStack>;
