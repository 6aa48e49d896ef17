import { Module } from '@nestjs/common';
import { BlacklistReferralHandler } from './blacklist-referral.handler.js';
import { BlacklistService } from './blacklist.service.js';
import { CreditListsController } from './credit-lists.controller.js';
import { WhitelistService } from './whitelist.service.js';

@Module({ controllers: [CreditListsController], providers: [BlacklistService, WhitelistService, BlacklistReferralHandler] })
export class CreditListsModule {}
