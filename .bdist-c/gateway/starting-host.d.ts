import type { RequestListener } from 'node:http';
import type { ProblemTemplate } from '../contracts/problems.js';
/**
 * The answer to every API call made before the sandbox is seeded.
 * @see specs/common.yaml#/components/responses/ServiceUnavailable
 */
export declare const STARTING_PROBLEM: ProblemTemplate;
/**
 * What the gateway answers while it starts, so it can listen before the default sandbox is
 * seeded: `GET /livez` 200, `GET /readyz` 503 `not_ready` (a load balancer keeps it out of
 * rotation), anything else 503 SERVICE_UNAVAILABLE with `Retry-After`. The express app takes
 * over once it is built.
 * @see specs/sandbox.yaml sandboxGetLiveness, sandboxGetReadiness; docs/decisions/0006-fast-host.md
 */
export declare function startingListener(startedAt: number): RequestListener;
