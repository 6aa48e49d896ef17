import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZPage } from '@ipbureau/domain';
import { APPROVAL_STATUS_LABELS, PAYMENT_KIND_LABELS, ZPaymentApproval, ZPaymentApprovalListQuery, type TPaymentApprovalListQuery } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PaymentApprovals } from './payment-approvals.service.js';

@ApiTags('payment-approvals')
@Controller('payment-approvals')
export class PaymentApprovalsController {
  constructor(private readonly approvals: PaymentApprovals) {}

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'Payments out (fund claims, interest subsidies) with their maker-checker state; `status=pending` is the approvers’ queue, oldest first' })
  @ZResponse(200, ZPage(ZPaymentApproval), 'One page of payment approvals')
  @XlsxExport({
    name: { 'zh-CN': '支付审批', en: 'Payment approvals' },
    columns: [
      { key: 'kind', header: { 'zh-CN': '支付类别', en: 'Kind' }, labels: PAYMENT_KIND_LABELS },
      { key: 'summary', header: { 'zh-CN': '支付对象', en: 'Paid to' } },
      { key: 'amount', header: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' }, kind: 'money' },
      { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: APPROVAL_STATUS_LABELS },
      { key: 'enteredByName', header: { 'zh-CN': '经办人', en: 'Entered by' } },
      { key: 'enteredAt', header: { 'zh-CN': '录入时间', en: 'Entered at' }, kind: 'instant' },
      { key: 'decidedByName', header: { 'zh-CN': '审批人', en: 'Decided by' } },
      { key: 'decidedOn', header: { 'zh-CN': '审批日期', en: 'Decided on' }, kind: 'date' },
      { key: 'opinion', header: { 'zh-CN': '审批意见', en: 'Opinion' } },
    ],
  })
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPaymentApprovalListQuery) query: TPaymentApprovalListQuery) {
    return this.approvals.list(ctx, query);
  }
}
