export { creationModule } from './creation.module';
