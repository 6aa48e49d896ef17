import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZBlacklistCheck,
  ZBlacklistCheckQuery,
  ZBlacklistCreate,
  ZBlacklistEntry,
  ZBlacklistEntryDetail,
  ZBlacklistListQuery,
  ZBlacklistTransitionRequest,
  ZWhitelistCreate,
  ZWhitelistEntry,
  ZWhitelistListQuery,
  ZWhitelistUpdate,
  type TBlacklistCheckQuery,
  type TBlacklistCreate,
  type TBlacklistListQuery,
  type TBlacklistTransitionRequest,
  type TWhitelistCreate,
  type TWhitelistListQuery,
  type TWhitelistUpdate,
} from '@ipbureau/domain/protection';
import { AuthCtx, Authenticated, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { BlacklistService } from './blacklist.service.js';
import { BLACKLIST_EXPORT, WHITELIST_EXPORT } from './credit-lists.export.js';
import { WhitelistService } from './whitelist.service.js';

@ApiTags('credit')
@Controller('credit')
export class CreditListsController {
  constructor(
    private readonly blacklist: BlacklistService,
    private readonly whitelist: WhitelistService,
  ) {}

  @Get('blacklist/check')
  @Authenticated()
  @ApiOperation({ summary: 'Whether a credit code is on the blacklist on a date (published on or before it, not removed by it); any signed-in caller, other pillars included' })
  @ZResponse(200, ZBlacklistCheck, 'The answer, with the entry that lists it')
  @ZResponse(422, null, 'The credit code is not a valid unified social credit code (the issue names creditCode)')
  check(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZBlacklistCheckQuery) query: TBlacklistCheckQuery) {
    return this.blacklist.check(ctx, query);
  }

  @Get('blacklist')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Blacklist entries in the caller’s data scope, most recently listed first' })
  @ZResponse(200, ZPage(ZBlacklistEntry), 'One page of entries')
  @XlsxExport(BLACKLIST_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZBlacklistListQuery) query: TBlacklistListQuery) {
    return this.blacklist.list(ctx, query);
  }

  @Post('blacklist')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'List a respondent of a case closed after a punishment decision; the entry is pending until the approver publishes it' })
  @ZResponse(201, ZBlacklistEntryDetail, 'The pending entry')
  @ZResponse(400, null, 'A field is invalid, or the listing date is before the case closed')
  @ZResponse(409, null, 'The respondent is already listed for this case')
  @ZResponse(422, null, 'The case is not closed with a punishment, or the credit code is not one of its respondents')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZBlacklistCreate) body: TBlacklistCreate) {
    return this.blacklist.create(ctx, body);
  }

  @Get('blacklist/:id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One entry with its dated steps (listed, published, removed)' })
  @ZResponse(200, ZBlacklistEntryDetail, 'The entry')
  @ZResponse(404, null, 'No such entry in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.blacklist.get(ctx, params.id);
  }

  @Post('blacklist/:id/transitions')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Publish (公示) or remove (移出) an entry, dated; taken by the approver' })
  @ZResponse(201, ZBlacklistEntryDetail, 'The entry after the step')
  @ZResponse(400, null, 'A field is invalid, a removal without reason, or the date is before the previous step')
  @ZResponse(403, null, 'The step is taken by an approver')
  @ZResponse(404, null, 'No such entry in the caller’s data scope')
  @ZResponse(409, null, 'The step is not allowed from the entry’s status (the allowed ones are named), or the entry changed since the version sent')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZBlacklistTransitionRequest) body: TBlacklistTransitionRequest) {
    return this.blacklist.transition(ctx, params.id, body);
  }

  @Get('whitelist')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Whitelisted rights (白名单) in the caller’s data scope' })
  @ZResponse(200, ZPage(ZWhitelistEntry), 'One page of rights')
  @XlsxExport(WHITELIST_EXPORT)
  listWhitelist(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZWhitelistListQuery) query: TWhitelistListQuery) {
    return this.whitelist.list(ctx, query);
  }

  @Post('whitelist')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Put a right on the whitelist for early warning' })
  @ZResponse(201, ZWhitelistEntry, 'The whitelisted right')
  @ZResponse(400, null, 'A field is invalid (right number, credit code, validity dates)')
  @ZResponse(409, null, 'The right is already on the whitelist')
  createWhitelist(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZWhitelistCreate) body: TWhitelistCreate) {
    return this.whitelist.create(ctx, body);
  }

  @Patch('whitelist/:id')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Change a whitelisted right’s name or validity dates' })
  @ZResponse(200, ZWhitelistEntry, 'The right as changed')
  @ZResponse(404, null, 'No such right in the caller’s data scope')
  @ZResponse(409, null, 'The right changed since the version sent')
  updateWhitelist(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZWhitelistUpdate) body: TWhitelistUpdate) {
    return this.whitelist.update(ctx, params.id, body);
  }
}
