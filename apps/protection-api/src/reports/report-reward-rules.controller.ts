import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam } from '@ipbureau/domain';
import {
  ZReportRewardRule,
  ZReportRewardRuleCreate,
  ZReportRewardRuleQuery,
  ZReportRewardRuleUpdate,
  type TReportRewardRuleCreate,
  type TReportRewardRuleQuery,
  type TReportRewardRuleUpdate,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { ReportRewardRulesService } from './report-reward-rules.service.js';

@ApiTags('reports')
@Controller('report-reward-rules')
export class ReportRewardRulesController {
  constructor(private readonly rules: ReportRewardRulesService) {}

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'The report reward rules 举报奖励标准 by effective date, or the one in force on a date' })
  @ZResponse(200, z.array(ZReportRewardRule), 'The rules, oldest first')
  list(@ZQuery(ZReportRewardRuleQuery) query: TReportRewardRuleQuery) {
    return this.rules.list(query);
  }

  @Post()
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Add a reward rule from a date (section chief); reports received from that date are rewarded by it' })
  @ZResponse(201, ZReportRewardRule, 'The rule as added')
  @ZResponse(400, null, 'A field is invalid (rate not a share, cap below floor)')
  @ZResponse(409, null, 'A rule already takes effect that day')
  @ZResponse(422, null, 'Rewards were already computed for reports received on or after the date (issue at effectiveFrom)')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZReportRewardRuleCreate) body: TReportRewardRuleCreate) {
    return this.rules.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Change a rule still to take effect, against the version read; a rule already applied is kept and a new one added instead' })
  @ZResponse(200, ZReportRewardRule, 'The rule as changed')
  @ZResponse(400, null, 'A field is invalid, or the new effective date is not after today')
  @ZResponse(404, null, 'No such rule')
  @ZResponse(409, null, 'Stale version, a rule already takes effect on the new date, or the cap would fall below the floor')
  @ZResponse(422, null, 'The rule has already applied (issues at the fields sent)')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZReportRewardRuleUpdate) body: TReportRewardRuleUpdate) {
    return this.rules.update(ctx, params.id, body);
  }
}
