import { Injectable } from '@nestjs/common';
import type { TAccessClaims } from '@ipbureau/domain';
import { TokenVerifier, verifyWithKeys } from '@ipbureau/nest-kit';
import { SigningKeyStore } from './signing-keys.service.js';

/** platform-api verifies its own tokens with the keys it holds, without an HTTP round trip. */
@Injectable()
export class LocalKeyVerifier extends TokenVerifier {
  constructor(private readonly keys: SigningKeyStore) {
    super();
  }
  verify(token: string): Promise<TAccessClaims> {
    return verifyWithKeys(token, this.keys.verificationKeys());
  }
}
