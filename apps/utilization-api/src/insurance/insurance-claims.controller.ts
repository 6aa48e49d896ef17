import { Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam } from '@ipbureau/domain';
import { ZInsuranceClaimTransition, ZInsurancePolicyDetail, type TInsuranceClaimTransition } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, ZBody, ZParams, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { InsuranceService } from './insurance.service.js';

@ApiTags('insurance-policies')
@Controller('insurance-claims')
export class InsuranceClaimsController {
  constructor(private readonly insurance: InsuranceService) {}

  @Post(':id/transitions')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record the insurer’s decision on a filed claim: pay (with the amount) or refuse (with the reason)' })
  @ZResponse(201, ZInsurancePolicyDetail, 'The policy with its claims after the decision')
  @ZResponse(400, null, 'A field is invalid, or the date is before filing or in the future')
  @ZResponse(404, null, 'No such claim in the caller’s data scope')
  @ZResponse(409, null, 'The version is stale, or the claim was already decided (the message names the allowed actions)')
  @ZResponse(422, null, 'The paid amount exceeds the claimed amount or what the insured sum has left')
  decide(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZInsuranceClaimTransition) body: TInsuranceClaimTransition) {
    return this.insurance.decideClaim(ctx, params.id, body);
  }
}
