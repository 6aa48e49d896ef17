import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZPage } from '@ipbureau/domain';
import { ZPaymentApproval, ZPaymentApprovalListQuery, type TPaymentApprovalListQuery } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PaymentApprovals } from './payment-approvals.service.js';

@ApiTags('payment-approvals')
@Controller('payment-approvals')
export class PaymentApprovalsController {
  constructor(private readonly approvals: PaymentApprovals) {}

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'Payments out (fund claims, interest subsidies) with their maker-checker state; `status=pending` is the approvers’ queue, oldest first' })
  @ZResponse(200, ZPage(ZPaymentApproval), 'One page of payment approvals')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPaymentApprovalListQuery) query: TPaymentApprovalListQuery) {
    return this.approvals.list(ctx, query);
  }
}
