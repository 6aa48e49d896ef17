import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam } from '@ipbureau/domain';
import {
  ZHighValueEvaluation,
  ZHighValueQuery,
  ZPatentAwardCreate,
  ZPatentChildParams,
  ZPatentDetail,
  ZPatentFamilyMemberCreate,
  type THighValueQuery,
  type TPatentAwardCreate,
  type TPatentFamilyMemberCreate,
} from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { HighValueService } from './high-value.service.js';

@ApiTags('patents')
@Controller('patents')
export class PatentFactsController {
  constructor(private readonly highValue: HighValueService) {}

  @Get(':id/high-value')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Whether the patent is a high-value invention patent on a date, with each of the five criteria, why it held or not, and the facts it held on' })
  @ZResponse(200, ZHighValueEvaluation, 'The evaluation')
  @ZResponse(404, null, 'No such patent in the caller’s data scope')
  evaluate(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZHighValueQuery) query: THighValueQuery) {
    return this.highValue.evaluate(ctx, params.id, query.asOf);
  }

  @Post(':id/family-members')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record a member of the patent’s family filed abroad, with its grant date once granted' })
  @ZResponse(201, ZPatentDetail, 'The patent with the member')
  @ZResponse(400, null, 'A field is invalid, or the grant date is in the future')
  @ZResponse(404, null, 'No such patent in the caller’s data scope')
  @ZResponse(409, null, 'The member is already recorded')
  addFamilyMember(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPatentFamilyMemberCreate) body: TPatentFamilyMemberCreate) {
    return this.highValue.addFamilyMember(ctx, params.id, body);
  }

  @Delete(':id/family-members/:childId')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Remove a family member recorded in error' })
  @ZResponse(200, ZPatentDetail, 'The patent without the member')
  @ZResponse(404, null, 'No such patent or member')
  removeFamilyMember(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZPatentChildParams) params: { id: string; childId: string }) {
    return this.highValue.removeFamilyMember(ctx, params.id, params.childId);
  }

  @Post(':id/awards')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record an award the patent won (China Patent Award, national S&T award, provincial or municipal awards)' })
  @ZResponse(201, ZPatentDetail, 'The patent with the award')
  @ZResponse(400, null, 'A field is invalid, or the year is in the future')
  @ZResponse(404, null, 'No such patent in the caller’s data scope')
  @ZResponse(409, null, 'The award is already recorded')
  addAward(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPatentAwardCreate) body: TPatentAwardCreate) {
    return this.highValue.addAward(ctx, params.id, body);
  }

  @Delete(':id/awards/:childId')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Remove an award recorded in error' })
  @ZResponse(200, ZPatentDetail, 'The patent without the award')
  @ZResponse(404, null, 'No such patent or award')
  removeAward(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZPatentChildParams) params: { id: string; childId: string }) {
    return this.highValue.removeAward(ctx, params.id, params.childId);
  }
}
