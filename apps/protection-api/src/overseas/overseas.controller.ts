import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZOverseasDispute,
  ZOverseasDisputeCreate,
  ZOverseasDisputeDetail,
  ZOverseasDisputeListQuery,
  ZOverseasTransitionRequest,
  ZRiskAlert,
  ZRiskAlertCreate,
  ZRiskAlertDetail,
  ZRiskAlertListQuery,
  type TOverseasDisputeCreate,
  type TOverseasDisputeListQuery,
  type TOverseasTransitionRequest,
  type TRiskAlertCreate,
  type TRiskAlertListQuery,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { OVERSEAS_DISPUTES_EXPORT, RISK_ALERTS_EXPORT } from './overseas.export.js';
import { OverseasService } from './overseas.service.js';

@ApiTags('overseas')
@Controller('overseas')
export class OverseasController {
  constructor(private readonly overseas: OverseasService) {}

  @Post('disputes')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record an overseas dispute of a local enterprise (海外维权援助), with the amount involved as an exact decimal and its currency' })
  @ZResponse(201, ZOverseasDisputeDetail, 'The dispute, reported')
  @ZResponse(400, null, 'A field is invalid (credit code, an amount without its currency, a future date)')
  createDispute(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZOverseasDisputeCreate) body: TOverseasDisputeCreate) {
    return this.overseas.createDispute(ctx, body);
  }

  @Get('disputes')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Overseas disputes in the caller’s data scope, most recently reported first' })
  @ZResponse(200, ZPage(ZOverseasDispute), 'One page of disputes')
  @XlsxExport(OVERSEAS_DISPUTES_EXPORT)
  listDisputes(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZOverseasDisputeListQuery) query: TOverseasDisputeListQuery) {
    return this.overseas.listDisputes(ctx, query);
  }

  @Get('disputes/:id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One dispute with its dated steps and the assistance given' })
  @ZResponse(200, ZOverseasDisputeDetail, 'The dispute')
  @ZResponse(404, null, 'No such dispute in the caller’s data scope')
  getDispute(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.overseas.getDispute(ctx, params.id);
  }

  @Post('disputes/:id/transitions')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record assistance given (repeatable), the resolution, or the closing, dated' })
  @ZResponse(201, ZOverseasDisputeDetail, 'The dispute after the step')
  @ZResponse(400, null, 'A field is invalid or the date is before the previous step')
  @ZResponse(404, null, 'No such dispute in the caller’s data scope')
  @ZResponse(409, null, 'The step is not allowed from the status (the allowed ones are named), or the dispute changed since the version sent')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZOverseasTransitionRequest) body: TOverseasTransitionRequest) {
    return this.overseas.transition(ctx, params.id, body);
  }

  @Post('risk-alerts')
  @RequireModule('protection', 'officer')
  @ApiOperation({
    summary:
      'Publish a risk alert (风险预警) to the enterprises of an industry in the caller’s region: those that brought a request to a workstation of the industry and, for the centre’s fields, those registered with the rapid protection centre with a request in the field; the recipients are recorded',
  })
  @ZResponse(201, ZRiskAlertDetail, 'The alert with its recipients')
  @ZResponse(400, null, 'A field is invalid')
  publishAlert(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZRiskAlertCreate) body: TRiskAlertCreate) {
    return this.overseas.publishAlert(ctx, body);
  }

  @Get('risk-alerts')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Risk alerts of the caller’s region, latest first' })
  @ZResponse(200, ZPage(ZRiskAlert), 'One page of alerts')
  @XlsxExport(RISK_ALERTS_EXPORT)
  listAlerts(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZRiskAlertListQuery) query: TRiskAlertListQuery) {
    return this.overseas.listAlerts(ctx, query);
  }

  @Get('risk-alerts/:id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One risk alert with the enterprises it was published to' })
  @ZResponse(200, ZRiskAlertDetail, 'The alert')
  @ZResponse(404, null, 'No such alert in the caller’s region')
  getAlert(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.overseas.getAlert(ctx, params.id);
  }
}
