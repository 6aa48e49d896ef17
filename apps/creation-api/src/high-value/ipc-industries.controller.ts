import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam } from '@ipbureau/domain';
import {
  ZIpcIndustryMapping,
  ZIpcIndustryMappingCreate,
  ZIpcIndustryMappingListQuery,
  ZIpcIndustryMappingUpdate,
  ZMappingVersionQuery,
  type TIpcIndustryMappingCreate,
  type TIpcIndustryMappingListQuery,
  type TIpcIndustryMappingUpdate,
} from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { IpcIndustriesService } from './ipc-industries.service.js';

@ApiTags('ipc-industry-mappings')
@Controller('ipc-industry-mappings')
export class IpcIndustriesController {
  constructor(private readonly mappings: IpcIndustriesService) {}

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'The IPC → strategic-emerging-industry table the high-value rule reads, by industry and prefix' })
  @ZResponse(200, z.array(ZIpcIndustryMapping), 'Every mapping')
  list(@ZQuery(ZIpcIndustryMappingListQuery) query: TIpcIndustryMappingListQuery) {
    return this.mappings.list(query);
  }

  @Post()
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Map an IPC prefix (section, class, subclass, main group or full symbol) to a strategic emerging industry' })
  @ZResponse(201, ZIpcIndustryMapping, 'The mapping')
  @ZResponse(400, null, 'A field is invalid')
  @ZResponse(409, null, 'The prefix is already mapped to this industry')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZIpcIndustryMappingCreate) body: TIpcIndustryMappingCreate) {
    return this.mappings.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Change a mapping against the version read' })
  @ZResponse(200, ZIpcIndustryMapping, 'The mapping as changed')
  @ZResponse(404, null, 'No such mapping')
  @ZResponse(409, null, 'Stale version, or the prefix is already mapped to this industry')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZIpcIndustryMappingUpdate) body: TIpcIndustryMappingUpdate) {
    return this.mappings.update(ctx, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Remove a mapping (`?version=` the version read)' })
  @ZResponse(204, null, 'Removed')
  @ZResponse(404, null, 'No such mapping')
  @ZResponse(409, null, 'Stale version')
  async remove(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZMappingVersionQuery) query: { version: number }) {
    await this.mappings.remove(ctx, params.id, query.version);
  }
}
