import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger.js';

const ACCEPTED_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when well-formed, so a chain of calls
 * shares one), echoes it in the response, and logs one line when the response is finished.
 */
export function requestIdMiddleware(logger: Logger) {
  return (req: Request & { id?: string; principal?: { sub?: string } }, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const id = incoming && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { requestId: id, method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10, user: req.principal?.sub, ip: req.ip },
        'request',
      );
    });
    next();
  };
}
