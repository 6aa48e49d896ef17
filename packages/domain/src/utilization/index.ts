// @ipbureau/domain/utilization: contracts of the utilization pillar (plan 四.三).
export {
  PLEDGE_RIGHT_KINDS,
  PLEDGE_RIGHT_KIND_LABELS,
  PLEDGE_STATUSES,
  ZPledgeRightKind,
  ZPledgeStatus,
  ZPledgeCreate,
  ZPledge,
  ZPledgeListQuery,
  type TPledgeRightKind,
  type TPledgeStatus,
  type TPledgeCreate,
  type TPledge,
  type TPledgeListQuery,
} from './pledges.js';
