import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZInsuranceClaimCreate,
  ZInsurancePolicy,
  ZInsurancePolicyCreate,
  ZInsurancePolicyDetail,
  ZInsurancePolicyListQuery,
  ZInsurancePolicyUpdate,
  type TInsuranceClaimCreate,
  type TInsurancePolicyCreate,
  type TInsurancePolicyListQuery,
  type TInsurancePolicyUpdate,
} from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { POLICIES_EXPORT } from './insurance.export.js';
import { InsuranceService } from './insurance.service.js';

@ApiTags('insurance-policies')
@Controller('insurance-policies')
export class InsuranceController {
  constructor(private readonly insurance: InsuranceService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record an IP insurance policy: kind, insurer, insured enterprise, insured sum, premium, the premium subsidy granted, period' })
  @ZResponse(201, ZInsurancePolicyDetail, 'The policy, with no claim yet')
  @ZResponse(400, null, 'A field is invalid (a subsidy above the premium, a period out of order)')
  @ZResponse(409, null, 'The policy number is already recorded')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZInsurancePolicyCreate) body: TInsurancePolicyCreate) {
    return this.insurance.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Correct a policy against the version read' })
  @ZResponse(200, ZInsurancePolicyDetail, 'The policy as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such policy in the caller’s data scope')
  @ZResponse(409, null, 'The policy changed since the version sent')
  @ZResponse(422, null, 'The insured sum would fall below what its claims were paid, or the cover would start after a claim was filed')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZInsurancePolicyUpdate) body: TInsurancePolicyUpdate) {
    return this.insurance.update(ctx, params.id, body);
  }

  @Post(':id/claims')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record a claim filed with the insurer on this policy; it starts filed' })
  @ZResponse(201, ZInsurancePolicyDetail, 'The policy with its claims')
  @ZResponse(400, null, 'A field is invalid, or the date is in the future')
  @ZResponse(404, null, 'No such policy in the caller’s data scope')
  @ZResponse(422, null, 'Filed before the cover starts, or for more than the insured sum')
  fileClaim(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZInsuranceClaimCreate) body: TInsuranceClaimCreate) {
    return this.insurance.fileClaim(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @XlsxExport(POLICIES_EXPORT)
  @ApiOperation({ summary: 'Insurance policies in the caller’s data scope, latest cover first' })
  @ZResponse(200, ZPage(ZInsurancePolicy), 'One page of policies')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZInsurancePolicyListQuery) query: TInsurancePolicyListQuery) {
    return this.insurance.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One policy with its claims; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZInsurancePolicyDetail, 'The policy')
  @ZResponse(404, null, 'No such policy in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.insurance.get(ctx, params.id);
  }
}
