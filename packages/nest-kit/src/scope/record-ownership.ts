import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ZDistrictOf } from '@ipbureau/domain';
import type { AuthenticatedContext } from '../auth/request-context.js';
import { SERVICE_CONFIG } from '../tokens.js';
import type { ServiceConfig } from '../config/service-config.js';
import { forbidden, type LocalizedText } from '../errors/domain.exception.js';
import { parseOrThrow } from '../validation/zod.decorators.js';
import { inScope } from './data-scope.js';

export interface Ownership {
  regionCode: string;
  departmentId: string | null;
  createdBy: string;
}

/**
 * Who owns a record about to be created: its district (which must be one of the region this
 * deployment serves — 400 naming the field otherwise) and the caller's department, provided
 * the caller's data scope reaches that district (403 otherwise).
 */
@Injectable()
export class RecordOwnership {
  private readonly district: z.ZodType;

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
    this.district = z.object({ district: ZDistrictOf(config.regionCode) });
  }

  forNewRecord(ctx: AuthenticatedContext, district: string, refusal: LocalizedText, field = 'district'): Ownership {
    parseOrThrow(this.district, { district }, ctx.locale, field === 'district' ? undefined : field);
    const ownership = { regionCode: district, departmentId: ctx.principal.dept, createdBy: ctx.principal.sub };
    if (!inScope(ctx.principal, ownership)) throw forbidden(refusal);
    return ownership;
  }
}
