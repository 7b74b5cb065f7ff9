import type { Response } from 'express';
import type { HandlerOutput } from '../../contracts/handler.js';
import type { Problem } from '../../contracts/problems.js';
import { problemOutput } from '../pipeline/pipeline.js';
import { requestIdOf } from './request-id.js';

/** Media type of RFC 9457 problems. */
export const PROBLEM_JSON = 'application/problem+json';

/** Sends a problem, stamping `instance` with the correlation id. */
export function sendProblem(
  res: Response,
  p: Problem,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendOutput(res, problemOutput(p, { requestId: requestIdOf(res) }, headers));
}

/** Sends a handler's answer. JSON-like media types are serialised; text is sent as is. */
export function sendOutput(res: Response, output: HandlerOutput): void {
  res.status(output.status);
  for (const [name, value] of Object.entries(output.headers ?? {})) res.setHeader(name, value);
  if (output.body === undefined) {
    res.end();
    return;
  }
  const contentType = output.contentType ?? defaultContentType(output.status);
  const text =
    typeof output.body === 'string' && !isJsonMediaType(contentType)
      ? output.body
      : JSON.stringify(output.body);
  res.type(contentType).send(text);
}

/** True for `application/json` and `application/*+json`. */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || /^application\/[a-z0-9.+-]*\+json$/.test(mediaType);
}

function defaultContentType(status: number): string {
  return status >= 400 ? PROBLEM_JSON : 'application/json';
}
