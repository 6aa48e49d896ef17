import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZAuditEvent, ZAuditQuery, ZChainVerification, ZPage, type TAuditQuery } from '@ipbureau/domain';
import { RequireAdmin, ZQuery, ZResponse } from '@ipbureau/nest-kit';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('events')
  @RequireAdmin('auditor')
  @ApiOperation({ summary: 'Search the audit trail of every service (auditor only)' })
  @ZResponse(200, ZPage(ZAuditEvent), 'A page of entries, newest first')
  search(@ZQuery(ZAuditQuery) query: TAuditQuery) {
    return this.audit.search(query);
  }

  @Get('verify')
  @RequireAdmin('auditor')
  @ApiOperation({ summary: 'Recompute the hash chains and report any entry that was changed, inserted or removed' })
  @ZResponse(200, ZChainVerification, 'The verification result')
  verify() {
    return this.audit.verify();
  }
}
