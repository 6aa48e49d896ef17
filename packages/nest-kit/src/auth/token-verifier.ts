import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ZAccessClaims, type TAccessClaims } from '@ipbureau/domain';
import { DomainException, text } from '../errors/domain.exception.js';

export const TOKEN_ISSUER = 'ipbureau-platform';
export const TOKEN_AUDIENCE = 'ipbureau';
export const TOKEN_ALGORITHMS = ['EdDSA'];

/** Verifies an access token and returns its claims; throws a 401 DomainException otherwise. */
export abstract class TokenVerifier {
  abstract verify(token: string): Promise<TAccessClaims>;
}

export async function verifyWithKeys(token: string, keys: JWTVerifyGetKey): Promise<TAccessClaims> {
  try {
    const { payload } = await jwtVerify(token, keys, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, algorithms: TOKEN_ALGORITHMS });
    const claims = ZAccessClaims.safeParse(payload);
    if (!claims.success) throw new DomainException('UNAUTHENTICATED', text('令牌内容无效', 'The token claims are invalid'));
    return claims.data;
  } catch (error) {
    if (error instanceof DomainException) throw error;
    if (error instanceof errors.JWTExpired) {
      throw new DomainException('UNAUTHENTICATED', text('登录已过期，请重新登录', 'The token has expired; sign in again'));
    }
    throw new DomainException('UNAUTHENTICATED', text('令牌无效', 'The token is invalid'));
  }
}

/**
 * Pillar services verify with platform-api's published public keys (JWKS), refetched when an
 * unknown key id appears, so key rotation needs no restart and no service can mint tokens.
 */
export class RemoteJwksVerifier extends TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  constructor(jwksUrl: string) {
    super();
    this.keys = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  }
  verify(token: string): Promise<TAccessClaims> {
    return verifyWithKeys(token, this.keys);
  }
}
