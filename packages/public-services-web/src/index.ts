export { publicServicesModule } from './public-services.module';
