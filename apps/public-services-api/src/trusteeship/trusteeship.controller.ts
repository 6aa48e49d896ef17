import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZTrusteeshipContract,
  ZTrusteeshipContractDetail,
  ZTrusteeshipCreate,
  ZTrusteeshipListQuery,
  ZTrusteeshipServiceCreate,
  ZTrusteeshipTerminate,
  ZTrusteeshipUpdate,
  type TTrusteeshipCreate,
  type TTrusteeshipListQuery,
  type TTrusteeshipServiceCreate,
  type TTrusteeshipTerminate,
  type TTrusteeshipUpdate,
} from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { TrusteeshipService } from './trusteeship.service.js';

@ApiTags('trusteeship')
@Controller('trusteeship-contracts')
export class TrusteeshipController {
  constructor(private readonly trusteeship: TrusteeshipService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Record a trusteeship contract between a service agency and a small enterprise, with the rights under management' })
  @ZResponse(201, ZTrusteeshipContractDetail, 'The contract')
  @ZResponse(409, null, 'The agency already has a contract with this number')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZTrusteeshipCreate) body: TTrusteeshipCreate) {
    return this.trusteeship.create(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Contracts in the caller’s data scope, latest started first' })
  @ZResponse(200, ZPage(ZTrusteeshipContract), 'One page of contracts')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZTrusteeshipListQuery) query: TTrusteeshipListQuery) {
    return this.trusteeship.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One contract with its service records' })
  @ZResponse(200, ZTrusteeshipContractDetail, 'The contract')
  @ZResponse(404, null, 'No such contract in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.trusteeship.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Change the rights under management or the fee, against the version read' })
  @ZResponse(200, ZTrusteeshipContractDetail, 'The contract as changed')
  @ZResponse(409, null, 'The version sent is stale')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrusteeshipUpdate) body: TTrusteeshipUpdate) {
    return this.trusteeship.update(ctx, params.id, body);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'End the contract early, on a date before its end date' })
  @ZResponse(200, ZTrusteeshipContractDetail, 'The contract, terminated')
  @ZResponse(409, null, 'Stale version, or already terminated')
  terminate(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrusteeshipTerminate) body: TTrusteeshipTerminate) {
    return this.trusteeship.terminate(ctx, params.id, body);
  }

  @Post(':id/services')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Record a service given under the contract' })
  @ZResponse(201, ZTrusteeshipContractDetail, 'The contract with its service records')
  @ZResponse(422, null, 'The date is outside the contract')
  addService(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrusteeshipServiceCreate) body: TTrusteeshipServiceCreate) {
    return this.trusteeship.addService(ctx, params.id, body);
  }
}
