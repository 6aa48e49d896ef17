export { protectionModule } from './protection.module';
