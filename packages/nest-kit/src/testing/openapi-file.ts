import { readFile, writeFile } from 'node:fs/promises';

/**
 * The committed OpenAPI document (for integrators not on TypeScript) must equal what the
 * running service serves. Returns both, normalised, for the test to compare; with
 * `UPDATE_OPENAPI=1` it rewrites the file first, which is how a developer refreshes it.
 */
export async function committedOpenApi(baseUrl: string, file: string): Promise<{ served: string; committed: string }> {
  const response = await fetch(`${baseUrl}/docs-json`);
  if (!response.ok) throw new Error(`GET ${baseUrl}/docs-json answered ${response.status}`);
  const served = `${JSON.stringify(await response.json(), null, 2)}\n`;
  if (process.env.UPDATE_OPENAPI === '1') await writeFile(file, served);
  const committed = await readFile(file, 'utf8').catch(() => '');
  return { served, committed };
}
