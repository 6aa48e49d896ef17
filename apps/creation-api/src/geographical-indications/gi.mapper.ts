import type { TGi, TGiDetail, TGiProducer } from '@ipbureau/domain/creation';
import type { GiEntity, GiProducerEntity } from './gi.entities.js';

export function mapGi(gi: GiEntity, producersAuthorized: number): TGi {
  return {
    id: gi.id,
    name: gi.name,
    protectionKind: gi.protectionKind,
    registrationNumber: gi.registrationNumber,
    originArea: gi.originArea,
    holderName: gi.holderName,
    holderCreditCode: gi.holderCreditCode,
    district: gi.regionCode,
    protectedOn: gi.protectedOn,
    producersAuthorized,
    revokedOn: gi.revokedOn,
    revocationReason: gi.revocationReason,
    version: gi.version,
    departmentId: gi.departmentId,
    createdAt: gi.createdAt.toISOString(),
    createdBy: gi.createdBy,
  };
}

export function mapGiProducer(p: GiProducerEntity): TGiProducer {
  return { id: p.id, creditCode: p.creditCode, name: p.name, authorizedFrom: p.authorizedFrom, authorizedTo: p.authorizedTo, createdAt: p.createdAt.toISOString() };
}

export function mapGiDetail(gi: GiEntity, producers: GiProducerEntity[], today: string): TGiDetail {
  // A revoked GI authorizes no one from its revocation on.
  const revoked = gi.revokedOn !== null && gi.revokedOn <= today;
  const authorized = revoked ? 0 : new Set(producers.filter((p) => p.authorizedFrom <= today && (p.authorizedTo === null || p.authorizedTo >= today)).map((p) => p.creditCode)).size;
  return { ...mapGi(gi, authorized), producers: producers.map(mapGiProducer) };
}
