import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { z } from 'zod';
import { ZErrorBody, ZLoginRequest, ZRefreshRequest, ZTokenResponse, type TLoginRequest, type TRefreshRequest, type TTokenResponse } from '@ipbureau/domain';
import { Authenticated, AuthCtx, Ctx, Public, ZBody, ZResponse, type AuthenticatedContext, type RequestContext } from '@ipbureau/nest-kit';
import { AuthService } from './auth.service.js';
import { SigningKeyStore } from '../keys/signing-keys.service.js';

const ZJwks = z.object({ keys: z.array(z.record(z.string(), z.unknown())) });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly keys: SigningKeyStore,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  // Guessing passwords from one address is slowed down here as well as by the account lockout.
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @ApiOperation({ summary: 'Sign in with username and password; returns an access token and a rotating refresh token' })
  @ZResponse(200, ZTokenResponse, 'Signed in')
  @ZResponse(401, ZErrorBody, 'Wrong username or password (after five failures the account locks for 15 minutes)')
  @ZResponse(423, ZErrorBody, 'The account is locked')
  login(@Ctx() ctx: RequestContext, @ZBody(ZLoginRequest) body: TLoginRequest): Promise<TTokenResponse> {
    return this.auth.login(ctx, body);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token (once) for new tokens; reusing one revokes the session' })
  @ZResponse(200, ZTokenResponse, 'New tokens')
  @ZResponse(401, ZErrorBody, 'Unknown, reused or expired refresh token')
  refresh(@Ctx() ctx: RequestContext, @ZBody(ZRefreshRequest) body: TRefreshRequest): Promise<TTokenResponse> {
    return this.auth.refresh(ctx, body.refreshToken);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the current session' })
  @ZResponse(204, null, 'Signed out')
  logout(@AuthCtx() ctx: AuthenticatedContext): Promise<void> {
    return this.auth.logout(ctx);
  }

  @Get('jwks')
  @Public()
  @ApiOperation({ summary: 'Public keys (JWKS) that verify access tokens; every service and integrator uses them' })
  @ZResponse(200, ZJwks, 'The published keys')
  jwks() {
    return this.keys.jwks();
  }
}
