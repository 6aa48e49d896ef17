export { publicServicesModule } from './public-services.module';
export { OrganizationSearch, organizationProfilePath } from './organizations/organization-search';
export { OrganizationProfilePage } from './organizations/organization-profile-page';
