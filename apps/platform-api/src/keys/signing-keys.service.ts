import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createLocalJWKSet, exportJWK, exportPKCS8, generateKeyPair, importPKCS8, SignJWT, type CryptoKey, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { DataSource, IsNull, type Repository } from 'typeorm';
import type { TAccessClaims } from '@ipbureau/domain';
import { SERVICE_CONFIG, TOKEN_AUDIENCE, TOKEN_ISSUER, type ServiceConfig } from '@ipbureau/nest-kit';
import { SigningKeyEntity } from './signing-key.entity.js';

const ALGORITHM = 'EdDSA';

/**
 * The Ed25519 keys that sign access tokens. Only platform-api holds private keys; every other
 * service fetches the public half from the JWKS endpoint. Keys live in the platform schema so
 * every platform-api instance signs with the same key and tokens survive a restart.
 * Rotation: insert a new key and set `retired_at` on the old one; retired keys stay published
 * until the tokens they signed have expired.
 */
@Injectable()
export class SigningKeyStore implements OnModuleInit {
  private active: { kid: string; key: CryptoKey } | null = null;
  private published: JSONWebKeySet = { keys: [] };
  private localSet: JWTVerifyGetKey | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      // Two instances starting together must not both create a first key.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('platform.signing_keys'))`);
      const existing = await em.count(SigningKeyEntity, { where: { retiredAt: IsNull() } });
      if (existing === 0) await this.createKey(em.getRepository(SigningKeyEntity));
    });
    await this.load();
  }

  private async createKey(repo: Repository<SigningKeyEntity>): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
    const kid = randomUUID();
    await repo.insert({
      kid,
      algorithm: ALGORITHM,
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
      privatePkcs8: await exportPKCS8(privateKey),
      regionCode: this.config.regionCode,
      createdAt: new Date(),
    });
  }

  private async load(): Promise<void> {
    const keys = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { createdAt: 'DESC' } });
    const current = keys.find((k) => k.retiredAt === null);
    if (!current) throw new Error('No active signing key');
    this.active = { kid: current.kid, key: (await importPKCS8(current.privatePkcs8, ALGORITHM)) as CryptoKey };
    const horizon = Date.now() - 24 * 3600 * 1000;
    this.published = { keys: keys.filter((k) => !k.retiredAt || k.retiredAt.getTime() > horizon).map((k) => k.publicJwk as never) };
    this.localSet = createLocalJWKSet(this.published);
  }

  jwks(): JSONWebKeySet {
    return this.published;
  }

  verificationKeys(): JWTVerifyGetKey {
    if (!this.localSet) throw new Error('Signing keys not loaded');
    return this.localSet;
  }

  async sign(claims: TAccessClaims, ttlSeconds: number): Promise<string> {
    if (!this.active) throw new Error('Signing keys not loaded');
    const { sub, ...rest } = claims;
    return new SignJWT({ ...rest })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.active.kid, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(this.active.key);
  }
}
