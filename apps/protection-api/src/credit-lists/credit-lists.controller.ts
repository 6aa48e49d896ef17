import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  BLACKLIST_SOURCE_LABELS,
  BLACKLIST_STATUS_LABELS,
  BLACKLIST_SUBJECT_KIND_LABELS,
  PROTECTED_RIGHT_KIND_LABELS,
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
  @XlsxExport({
    name: { 'zh-CN': '失信名单', en: 'Credit blacklist' },
    columns: [
      { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, width: 30 },
      { key: 'creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
      { key: 'subjectKind', header: { 'zh-CN': '主体类别', en: 'Subject' }, labels: BLACKLIST_SUBJECT_KIND_LABELS },
      { key: 'source', header: { 'zh-CN': '依据', en: 'Based on' }, labels: BLACKLIST_SOURCE_LABELS },
      { key: 'caseNumber', header: { 'zh-CN': '案号', en: 'Case number' } },
      { key: 'grounds', header: { 'zh-CN': '列入事由', en: 'Grounds' }, width: 40 },
      { key: 'decidedOn', header: { 'zh-CN': '决定生效日期', en: 'Decision effective' }, kind: 'date' },
      { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: BLACKLIST_STATUS_LABELS },
      { key: 'listedDate', header: { 'zh-CN': '列入日期', en: 'Listed on' }, kind: 'date' },
      { key: 'publishedDate', header: { 'zh-CN': '公示日期', en: 'Published on' }, kind: 'date' },
      { key: 'removedDate', header: { 'zh-CN': '移出日期', en: 'Removed on' }, kind: 'date' },
    ],
  })
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
  @XlsxExport({
    name: { 'zh-CN': '白名单', en: 'Whitelist' },
    columns: [
      { key: 'rightKind', header: { 'zh-CN': '权利类型', en: 'Right' }, labels: PROTECTED_RIGHT_KIND_LABELS },
      { key: 'rightNumber', header: { 'zh-CN': '权利号', en: 'Number' }, width: 20 },
      { key: 'rightName', header: { 'zh-CN': '权利名称', en: 'Title' }, width: 30 },
      { key: 'ownerName', header: { 'zh-CN': '权利人', en: 'Owner' }, width: 30 },
      { key: 'ownerCreditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
      { key: 'validFrom', header: { 'zh-CN': '有效期起', en: 'Valid from' }, kind: 'date' },
      { key: 'validTo', header: { 'zh-CN': '有效期止', en: 'Valid to' }, kind: 'date' },
    ],
  })
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
