import { Module } from '@nestjs/common';
import { PatentsModule } from '../patents/patents.module.js';
import { PledgeEventsService } from '../pledged-rights/pledge-events.service.js';
import { PledgeEventsHandler } from '../pledged-rights/pledge-events.handler.js';
import { AwardEventsHandler } from '../award-events/award-events.handler.js';
import { AwardEventsService } from '../award-events/award-events.service.js';
import { HighValueService } from './high-value.service.js';
import { IpcIndustriesController } from './ipc-industries.controller.js';
import { IpcIndustriesService } from './ipc-industries.service.js';
import { PatentFactsController } from './patent-facts.controller.js';

@Module({
  imports: [PatentsModule],
  controllers: [IpcIndustriesController, PatentFactsController],
  providers: [HighValueService, IpcIndustriesService, PledgeEventsService, PledgeEventsHandler, AwardEventsService, AwardEventsHandler],
  exports: [PledgeEventsService, AwardEventsService],
})
export class HighValueModule {}
