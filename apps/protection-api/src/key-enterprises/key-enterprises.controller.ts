import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage, ZPageQuery, type TPageQuery } from '@ipbureau/domain';
import {
  ZKeyEnterprise,
  ZKeyEnterpriseBatch,
  ZKeyEnterpriseBatchCreate,
  ZKeyEnterpriseBatchDetail,
  ZKeyEnterpriseListQuery,
  type TKeyEnterpriseBatchCreate,
  type TKeyEnterpriseListQuery,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { KEY_ENTERPRISES_EXPORT } from './key-enterprises.export.js';
import { KeyEnterprisesService } from './key-enterprises.service.js';

@ApiTags('key-enterprises')
@Controller('key-enterprises')
export class KeyEnterprisesController {
  constructor(private readonly keyEnterprises: KeyEnterprisesService) {}

  @Post('batches')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record a batch of the key-enterprise protection list (重点企业直通车) with its enterprises and their protected rights' })
  @ZResponse(201, ZKeyEnterpriseBatchDetail, 'The batch')
  @ZResponse(400, null, 'A field is invalid (credit code, district, an enterprise twice)')
  @ZResponse(409, null, 'A batch of that name exists')
  createBatch(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZKeyEnterpriseBatchCreate) body: TKeyEnterpriseBatchCreate) {
    return this.keyEnterprises.createBatch(ctx, body);
  }

  @Get('batches')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Batches, most recently admitted first' })
  @ZResponse(200, ZPage(ZKeyEnterpriseBatch), 'One page of batches')
  listBatches(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPageQuery) query: TPageQuery) {
    return this.keyEnterprises.listBatches(ctx, query);
  }

  @Get('batches/:id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One batch with its enterprises and their protected rights' })
  @ZResponse(200, ZKeyEnterpriseBatchDetail, 'The batch')
  @ZResponse(404, null, 'No such batch in the caller’s region')
  getBatch(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.keyEnterprises.getBatch(ctx, params.id);
  }

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Admitted enterprises in the caller’s data scope, by credit code, district or name' })
  @ZResponse(200, ZPage(ZKeyEnterprise), 'One page of enterprises')
  @XlsxExport(KEY_ENTERPRISES_EXPORT)
  listEnterprises(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZKeyEnterpriseListQuery) query: TKeyEnterpriseListQuery) {
    return this.keyEnterprises.listEnterprises(ctx, query);
  }
}
