import type { NextFunction, Request, RequestHandler, Response } from 'express';
/**
 * The fast path of API requests: a request with no body, or with a plain UTF-8 JSON body of a
 * declared length within the limit, is read here and handed to `answer` without the docs router
 * and the general body parsers. Anything else — a form post, a chunked, compressed or oversized
 * body, another charset, the docs — goes on to the general middleware, which answers exactly as
 * before (413, 415, malformed JSON 400 included).
 * @see docs/decisions/0006-fast-host.md
 */
export declare function directApi(limitBytes: number, answer: (req: Request, res: Response, next: NextFunction) => void): RequestHandler;
