import type { Contracts } from '../../contracts/contracts.js';
import type { HandlerMap, HandlerOutput } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
import { type Problem } from '../../contracts/problems.js';
import type { Result } from '../../contracts/result.js';
import type { Violation } from '../../contracts/violations.js';
import type { RandomSource } from '../../mocks/domain/identifiers/index.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import type { SandboxStore } from '../../mocks/ports/store/index.js';
import type { ResponseValidationMode } from '../config.js';
import type { Journal } from '../journal/index.js';
/** A request as any host hands it to the pipeline, body already parsed. */
export interface PipelineRequest {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, unknown>>;
    readonly headers: Readonly<Record<string, unknown>>;
    /** Media type without parameters, lower-cased. */
    readonly contentType?: string;
    /** `undefined` when the request has no body. */
    readonly body?: unknown;
    readonly requestId: string;
    /** The caller's address as the host saw it (`internal` for calls between simulated systems). */
    readonly sourceIp?: string;
    /** A call between simulated systems (set by the mock runtime, never by a network host). */
    readonly internal?: boolean;
}
/** A sandbox as the pipeline needs it: its state and its clock. */
export interface PipelineSandbox {
    readonly store: SandboxStore;
    readonly clock: Pick<Clock, 'now'>;
}
/** Where requests find their sandbox (`X-Sandbox-Id`, else the default). */
export interface SandboxDirectory {
    readonly defaultId: string;
    resolve(id: string): PipelineSandbox | undefined;
}
/** Fault injection, per sandbox. */
export interface FaultStageOptions {
    /** The seeded random stream of a sandbox's fault draws. */
    random(sandboxId: string): RandomSource;
    readonly sleep: (ms: number) => Promise<void>;
    readonly upstreamTimeoutMs: number;
}
/** What the pipeline needs. */
export interface PipelineOptions {
    readonly contracts: Contracts;
    /** Behaviour per `operationId`; operations without one answer with their contract example. */
    readonly handlers?: HandlerMap;
    readonly responseValidation: ResponseValidationMode;
    /** Sandbox resolution; without it every request runs without sandbox-scoped stages. */
    readonly sandboxes?: SandboxDirectory;
    /** The audit journal every request is appended to (needs `sandboxes`). */
    readonly journal?: Journal;
    /** Fault injection (needs `sandboxes`). */
    readonly faults?: FaultStageOptions;
    /** Authentication and authorisation; without it every operation is open. */
    readonly security?: SecurityStage;
    /** The security policy (needs `security` and `sandboxes`). */
    readonly policy?: PolicyStage;
    /** Told once per request, once it is answered (metrics); must not throw. */
    readonly observe?: (event: RequestObservation) => void;
}
/**
 * One answered request as observers (metrics) see it: no personal data, only the operation, its
 * system, the status and the time the pipeline took. `operationId` and `system` are absent when
 * no operation matched; `sandboxId` when no sandbox was resolved.
 */
export interface RequestObservation {
    readonly operationId?: string;
    readonly system?: string;
    readonly status: number;
    readonly latencyMs: number;
    readonly sandboxId?: string;
}
/** The request pipeline as a plain function: hosts (express, msw) only adapt to it. */
export type Pipeline = (request: PipelineRequest) => Promise<HandlerOutput>;
/** Header set on answers that break their contract in lenient mode. */
export declare const CONTRACT_WARNING_HEADER = "lienthong-contract-warning";
/** A refusal by a stage: the problem and the headers that go with it (WWW-Authenticate…). */
export interface StageRefusal {
    readonly problem: Problem;
    readonly headers: Readonly<Record<string, string>>;
}
/** The caller a security stage established. */
export interface Caller {
    readonly clientId: string;
}
/** Authentication and authorisation of requests to non-public operations. */
export interface SecurityStage {
    authenticate(operation: OperationSpec, headers: Readonly<Record<string, unknown>>): Promise<Result<Caller, StageRefusal>>;
    /** The answer to an invalid request when the operation has its own error format (OAuth). */
    validationFailure?(operation: OperationSpec, violations: readonly Violation[]): HandlerOutput | undefined;
}
/** What the policy stage sees of a request it checks. */
export interface PolicyCheck {
    readonly operation: OperationSpec;
    readonly headers: Readonly<Record<string, unknown>>;
    readonly body: unknown;
    readonly caller: Caller;
    readonly requestId: string;
    readonly sandboxId: string;
    readonly sandbox: PipelineSandbox;
}
/** The policy stage: a check before dispatch and a report of what the answer disclosed. */
export interface PolicyStage {
    before(check: PolicyCheck): Promise<Result<PolicyPass, StageRefusal>>;
}
/** A request the policy let through. */
export interface PolicyPass {
    /** Headers to add to the answer (warnings). */
    readonly headers: Readonly<Record<string, string>>;
    /** Called with the answer, so disclosed citizens count towards bulk limits. */
    after(output: HandlerOutput): Promise<void>;
}
/**
 * Builds the pipeline: operation matching → sandbox → authentication → request validation →
 * policy → faults → dispatch → response validation, and the journal around it all. Stages that
 * are not configured are skipped, so tests and embedders can build exactly what they need.
 * Calls between simulated systems (`internal`) skip authentication and policy, like traffic
 * inside the government network, but not validation, faults or the journal.
 * @see DESIGN.md §3
 */
export declare function createPipeline(options: PipelineOptions): Pipeline;
/** Wraps a problem as a pipeline output, stamping `instance` with the correlation id. */
export declare function problemOutput(p: Problem, request: Pick<PipelineRequest, 'requestId'>, headers?: Readonly<Record<string, string>>): HandlerOutput;
