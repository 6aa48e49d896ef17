import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZPolicyCreate, ZPolicyDetail, ZPolicyHit, ZPolicyListQuery, ZPolicyUpdate, type TPolicyCreate, type TPolicyListQuery, type TPolicyUpdate } from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PoliciesService } from './policies.service.js';

@ApiTags('policies')
@Controller('policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Add a policy, guide or notice to the library' })
  @ZResponse(201, ZPolicyDetail, 'The document')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPolicyCreate) body: TPolicyCreate) {
    return this.policies.create(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Documents in the caller’s data scope; with q, full-text search in Chinese and English, title hits first' })
  @ZResponse(200, ZPage(ZPolicyHit), 'One page of documents')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPolicyListQuery) query: TPolicyListQuery) {
    return this.policies.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One document with its full text' })
  @ZResponse(200, ZPolicyDetail, 'The document')
  @ZResponse(404, null, 'No such document in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.policies.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Change a document (e.g. its expiry when repealed), against the version read' })
  @ZResponse(200, ZPolicyDetail, 'The document as changed')
  @ZResponse(409, null, 'The version sent is stale')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPolicyUpdate) body: TPolicyUpdate) {
    return this.policies.update(ctx, params.id, body);
  }
}
