export { utilizationModule } from './utilization.module';
