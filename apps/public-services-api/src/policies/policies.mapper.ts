import type { TPolicy, TPolicyDetail } from '@ipbureau/domain/public-services';
import type { PolicyDocumentEntity } from './policy-document.entity.js';

export const mapPolicy = (p: PolicyDocumentEntity): TPolicy => ({
  id: p.id,
  kind: p.kind,
  title: p.title,
  issuer: p.issuer,
  documentNumber: p.documentNumber,
  effectiveDate: p.effectiveDate,
  expiryDate: p.expiryDate,
  attachments: p.attachments,
  district: p.regionCode,
  version: p.version,
  departmentId: p.departmentId,
  createdAt: p.createdAt.toISOString(),
  createdBy: p.createdBy,
});

export const mapPolicyDetail = (p: PolicyDocumentEntity): TPolicyDetail => ({ ...mapPolicy(p), body: p.body });
