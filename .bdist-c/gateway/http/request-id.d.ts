import type { NextFunction, Request, Response } from 'express';
/** The header that carries the correlation id, both ways. */
export declare const REQUEST_ID_HEADER = "X-Request-Id";
/** The caller's `X-Request-Id` when it is safe to echo, a new UUID otherwise. */
export declare function correlationId(incoming: string | string[] | undefined): string;
/**
 * Correlation id middleware: {@link correlationId}, stored in `res.locals.requestId` and echoed
 * on every response.
 */
export declare function requestId(req: Request, res: Response, next: NextFunction): void;
/** The correlation id set by {@link requestId}. */
export declare function requestIdOf(res: Response): string;
