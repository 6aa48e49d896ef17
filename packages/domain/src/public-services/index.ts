// @ipbureau/domain/public-services: contracts of the public-services pillar (plan 四.五, 四.六).
export {
  AGENCY_KINDS,
  AGENCY_KIND_LABELS,
  ZAgencyKind,
  ZAgencyPractice,
  ZAgencyCreate,
  ZAgency,
  ZAgencyListQuery,
  type TAgencyKind,
  type TAgencyPractice,
  type TAgencyCreate,
  type TAgency,
  type TAgencyListQuery,
} from './agencies.js';
