// @ipbureau/domain/creation: contracts of the creation pillar (plan 四.二).
export {
  PATENT_STATUSES,
  PATENT_STATUS_LABELS,
  ZPatentStatus,
  ZPatentCreate,
  ZPatent,
  ZPatentListQuery,
  type TPatentStatus,
  type TPatentCreate,
  type TPatent,
  type TPatentListQuery,
} from './patents.js';
