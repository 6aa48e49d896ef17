import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZAgent,
  ZAgentCreate,
  ZAgentDetail,
  ZAgentListQuery,
  ZAgentMove,
  ZPracticeCreate,
  ZPracticeEnd,
  type TAgentCreate,
  type TAgentListQuery,
  type TAgentMove,
  type TPracticeCreate,
  type TPracticeEnd,
} from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { AgentsService } from './agents.service.js';
import { AGENTS_EXPORT } from './agents.export.js';

@ApiTags('agents')
@Controller('agents')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Register a practising patent agent with the practice they start at an agency' })
  @ZResponse(201, ZAgentDetail, 'The agent with their practice')
  @ZResponse(409, null, 'The licence number is already registered')
  @ZResponse(422, null, 'The agency is not active on the start date, or does no patent work')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZAgentCreate) body: TAgentCreate) {
    return this.agents.register(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Agents in the caller’s data scope; by agency and date of practice' })
  @ZResponse(200, ZPage(ZAgent), 'One page of agents')
  @XlsxExport(AGENTS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZAgentListQuery) query: TAgentListQuery) {
    return this.agents.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One agent with every practice' })
  @ZResponse(200, ZAgentDetail, 'The agent')
  @ZResponse(404, null, 'No such agent in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.agents.get(ctx, params.id);
  }

  @Post(':id/practices')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Record a practice of the agent (also a past one)' })
  @ZResponse(201, ZAgentDetail, 'The agent with the practice added')
  @ZResponse(409, null, 'The practice overlaps another: an agent practises at one agency at a time')
  addPractice(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPracticeCreate) body: TPracticeCreate) {
    return this.agents.addPractice(ctx, params.id, body);
  }

  @Post(':id/move')
  @HttpCode(200)
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Move the agent to another agency: the open practice ends on the date, the new one starts on it' })
  @ZResponse(200, ZAgentDetail, 'The agent after the move')
  @ZResponse(409, null, 'Stale version, no open practice, or already at that agency')
  move(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZAgentMove) body: TAgentMove) {
    return this.agents.move(ctx, params.id, body);
  }

  @Post(':id/end-practice')
  @HttpCode(200)
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'End the agent’s open practice on a date' })
  @ZResponse(200, ZAgentDetail, 'The agent, no longer practising from that date')
  @ZResponse(409, null, 'Stale version or no open practice')
  endPractice(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPracticeEnd) body: TPracticeEnd) {
    return this.agents.endPractice(ctx, params.id, body);
  }
}
