import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZTransferContract,
  ZTransferContractCreate,
  ZTransferContractListQuery,
  ZTransferContractUpdate,
  type TTransferContractCreate,
  type TTransferContractListQuery,
  type TTransferContractUpdate,
} from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { TRANSFERS_EXPORT } from './transfers.export.js';
import { TransfersService } from './transfers.service.js';

@ApiTags('transfer-contracts')
@Controller('transfer-contracts')
export class TransfersController {
  constructor(private readonly transfers: TransfersService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record an assignment or licence contract: the parties by credit code, the rights by number, amount, dates, licence kind' })
  @ZResponse(201, ZTransferContract, 'The contract as recorded')
  @ZResponse(400, null, 'A field is invalid (a right number, a credit code, a licence without its kind, dates out of order or in the future)')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZTransferContractCreate) body: TTransferContractCreate) {
    return this.transfers.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Correct a contract or add its registration, against the version read' })
  @ZResponse(200, ZTransferContract, 'The contract as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such contract in the caller’s data scope')
  @ZResponse(409, null, 'The contract changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTransferContractUpdate) body: TTransferContractUpdate) {
    return this.transfers.update(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @XlsxExport(TRANSFERS_EXPORT)
  @ApiOperation({ summary: 'Transfer and licence contracts in the caller’s data scope, latest signed first' })
  @ZResponse(200, ZPage(ZTransferContract), 'One page of contracts')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZTransferContractListQuery) query: TTransferContractListQuery) {
    return this.transfers.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One contract; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZTransferContract, 'The contract')
  @ZResponse(404, null, 'No such contract in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.transfers.get(ctx, params.id);
  }
}
