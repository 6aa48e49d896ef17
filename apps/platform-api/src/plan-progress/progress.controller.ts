import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam } from '@ipbureau/domain';
import { ZPlanProgress, ZProgressQuery, type TProgressQuery } from '@ipbureau/domain/plans';
import { AuthCtx, RequireModule, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { ProgressService } from './progress.service.js';

@ApiTags('plan progress')
@Controller('plans/:id/progress')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @RequireModule('plan', 'viewer')
  @ApiOperation({
    summary: 'Each indicator’s value at `asOf` (today by default), its target, completion, the expected straight-line value and status, by year; for the region or one district. Served from the cache; `stale` marks figures being recomputed',
  })
  @ZResponse(200, ZPlanProgress, 'The progress; an indicator whose pillar could not answer is `available: false` with the reason')
  @ZResponse(400, null, 'A parameter is invalid, or the district is outside the plan’s region')
  @ZResponse(404, null, 'No such plan in the caller’s region')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZProgressQuery) query: TProgressQuery) {
    return this.progress.get(ctx, params.id, query);
  }

  @Post('refresh')
  @HttpCode(200)
  @RequireModule('plan', 'officer')
  @ApiOperation({ summary: 'Recompute the progress now from the pillars (for `asOf` and `district` as in the GET)' })
  @ZResponse(200, ZPlanProgress, 'The progress as just computed')
  refresh(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZProgressQuery) query: TProgressQuery) {
    return this.progress.refresh(ctx, params.id, query);
  }
}
