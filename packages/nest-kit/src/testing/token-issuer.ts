import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { TAccessClaims, TRole } from '@ipbureau/domain';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../auth/token-verifier.js';

/**
 * A stand-in for platform-api's token issuance in a pillar's own tests: a real Ed25519 key,
 * a real JWKS endpoint over HTTP, and tokens signed the same way. Cross-service tests use the
 * real platform-api instead.
 */
export class TestTokenIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly kid: string,
    private readonly server: http.Server,
    readonly jwksUrl: string,
  ) {}

  static async start(): Promise<TestTokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const kid = randomUUID();
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
    const server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return new TestTokenIssuer(privateKey, kid, server, `http://127.0.0.1:${port}/jwks`);
  }

  claims(roles: TRole[], overrides: Partial<TAccessClaims> = {}): TAccessClaims {
    return { sub: randomUUID(), sid: randomUUID(), name: 'Test User', roles, region: '440500', dept: null, scope: { kind: 'region' }, ...overrides };
  }

  async mint(roles: TRole[], overrides: Partial<TAccessClaims> = {}, expiresIn: string | number = '10m'): Promise<string> {
    return new SignJWT({ ...this.claims(roles, overrides) })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.kid })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(typeof expiresIn === 'number' ? Math.floor(Date.now() / 1000) + expiresIn : expiresIn)
      .sign(this.privateKey);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
