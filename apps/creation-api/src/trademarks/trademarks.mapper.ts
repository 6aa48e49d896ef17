import { allowedTrademarkActions, type TTrademark, type TTrademarkDetail, type TTrademarkStatusEvent } from '@ipbureau/domain/creation';
import type { TrademarkStatusEventEntity } from './trademark-status-event.entity.js';
import type { TrademarkEntity } from './trademark.entity.js';

export function mapTrademark(t: TrademarkEntity): TTrademark {
  return {
    id: t.id,
    registrationNumber: t.registrationNumber,
    niceClasses: t.niceClasses,
    holderName: t.holderName,
    holderCreditCode: t.holderCreditCode,
    district: t.regionCode,
    kind: t.kind,
    registrationDate: t.registrationDate,
    expiryDate: t.expiryDate,
    status: t.status,
    wellKnown: t.wellKnown,
    allowedActions: allowedTrademarkActions(t.status),
    version: t.version,
    departmentId: t.departmentId,
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy,
  };
}

export function mapTrademarkStatusEvent(e: TrademarkStatusEventEntity): TTrademarkStatusEvent {
  return {
    seq: e.seq,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    effectiveDate: e.effectiveDate,
    expiryDate: e.expiryDate,
    note: e.note,
    createdAt: e.createdAt.toISOString(),
    createdBy: e.createdBy,
  };
}

export function mapTrademarkDetail(t: TrademarkEntity, history: TrademarkStatusEventEntity[]): TTrademarkDetail {
  return { ...mapTrademark(t), statusHistory: history.map(mapTrademarkStatusEvent) };
}
