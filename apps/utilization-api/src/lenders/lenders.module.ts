import { Module } from '@nestjs/common';
import { LendersController } from './lenders.controller.js';
import { LendersService } from './lenders.service.js';

/** Who lends against pledges: the look-up behind the pledge form's lender picker. */
@Module({ controllers: [LendersController], providers: [LendersService] })
export class LendersModule {}
