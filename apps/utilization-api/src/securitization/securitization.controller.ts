import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZSecuritization, ZSecuritizationCreate, ZSecuritizationListQuery, ZSecuritizationUpdate, type TSecuritizationCreate, type TSecuritizationListQuery, type TSecuritizationUpdate } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { SECURITIZATION_EXPORT } from './securitization.export.js';
import { SecuritizationService } from './securitization.service.js';

@ApiTags('securitization-products')
@Controller('securitization-products')
export class SecuritizationController {
  constructor(private readonly products: SecuritizationService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record a securitization (ABS/ABN) or trust product on IP: issuer, amount, issue date, underlying rights and enterprises' })
  @ZResponse(201, ZSecuritization, 'The product as recorded')
  @ZResponse(400, null, 'A field is invalid')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZSecuritizationCreate) body: TSecuritizationCreate) {
    return this.products.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Correct a product against the version read' })
  @ZResponse(200, ZSecuritization, 'The product as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such product in the caller’s data scope')
  @ZResponse(409, null, 'The product changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZSecuritizationUpdate) body: TSecuritizationUpdate) {
    return this.products.update(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @XlsxExport(SECURITIZATION_EXPORT)
  @ApiOperation({ summary: 'Securitization and trust products in the caller’s data scope, latest issue first' })
  @ZResponse(200, ZPage(ZSecuritization), 'One page of products')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZSecuritizationListQuery) query: TSecuritizationListQuery) {
    return this.products.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One product; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZSecuritization, 'The product')
  @ZResponse(404, null, 'No such product in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.products.get(ctx, params.id);
  }
}
