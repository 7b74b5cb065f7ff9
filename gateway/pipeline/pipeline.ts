import type { Contracts } from '../../contracts/contracts.js';
import type { Handler, HandlerMap, HandlerOutput } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
import {
  CONTRACT_PROBLEMS,
  problem,
  validationProblem,
  type Problem,
} from '../../contracts/problems.js';
import type { Result } from '../../contracts/result.js';
import type { Violation } from '../../contracts/violations.js';
import type { RandomSource } from '../../mocks/domain/identifiers/index.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import type { SandboxStore } from '../../mocks/ports/store/index.js';
import { SANDBOX_HEADER, SANDBOX_NOT_FOUND } from '../../mocks/runtime.js';
import type { ResponseValidationMode } from '../config.js';
import { createExampleHandler } from '../example-handler.js';
import { applyFault, drawFault, hasFaultRules } from '../faults/index.js';
import type { Journal } from '../journal/index.js';
import { maskIdNumbers } from '../logger.js';
import { lowerCaseHeaders } from './headers.js';
import { createJournalStage, type RequestTrace } from './journal-stage.js';

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
export const CONTRACT_WARNING_HEADER = 'lienthong-contract-warning';

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
  authenticate(
    operation: OperationSpec,
    headers: Readonly<Record<string, unknown>>,
  ): Promise<Result<Caller, StageRefusal>>;
  /** The answer to an invalid request when the operation has its own error format (OAuth). */
  validationFailure?(
    operation: OperationSpec,
    violations: readonly Violation[],
  ): HandlerOutput | undefined;
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
export function createPipeline(options: PipelineOptions): Pipeline {
  const { contracts } = options;
  const handlers = new Map<string, Handler>();
  for (const operation of contracts.index.operations.values()) {
    if (operation.kind !== 'route') continue;
    handlers.set(
      operation.operationId,
      options.handlers?.get(operation.operationId) ?? createExampleHandler(operation),
    );
  }
  const run = createRun(options, handlers);
  const journalStage = options.journal ? createJournalStage(options.journal, contracts) : undefined;
  return async (request) => {
    const started = performance.now();
    const trace: RequestTrace = {};
    let output: HandlerOutput;
    try {
      output = await run(request, trace);
    } catch (error) {
      // The host answers 500 for a stage or handler that threw; count it as such.
      options.observe?.(observationOf(trace, 500, started));
      throw error;
    }
    const sandboxes = options.sandboxes;
    if (journalStage && sandboxes) {
      const sandboxId = trace.sandboxId ?? sandboxes.defaultId;
      const sandbox = sandboxes.resolve(sandboxId);
      if (sandbox) {
        await journalStage({
          sandboxId,
          at: sandbox.clock.now(),
          request,
          trace,
          output,
          latencyMs: Math.round(performance.now() - started),
        });
      }
    }
    options.observe?.(observationOf(trace, output.status, started));
    return output;
  };
}

function observationOf(trace: RequestTrace, status: number, started: number): RequestObservation {
  return {
    status,
    latencyMs: performance.now() - started,
    ...(trace.operation
      ? { operationId: trace.operation.operationId, system: trace.operation.system }
      : {}),
    ...(trace.sandboxId !== undefined ? { sandboxId: trace.sandboxId } : {}),
  };
}

type Run = (request: PipelineRequest, trace: RequestTrace) => Promise<HandlerOutput>;

function createRun(options: PipelineOptions, handlers: ReadonlyMap<string, Handler>): Run {
  const { contracts, responseValidation } = options;
  return async (request, trace) => {
    const match = contracts.index.match(request.method, request.path);
    if (match.kind === 'not-found') {
      const detail = `No operation is served at ${request.method} ${maskIdNumbers(request.path)}.`;
      return problemOutput(problem(CONTRACT_PROBLEMS.routeNotFound, detail), request);
    }
    if (match.kind === 'method-not-allowed') {
      const allow = match.allowed.join(', ');
      const detail = `${request.method} is not allowed here; use ${allow}.`;
      return problemOutput(problem(CONTRACT_PROBLEMS.methodNotAllowed, detail), request, { allow });
    }
    const { operation } = match;
    trace.operation = operation;
    const headers = lowerCaseHeaders(request.headers);
    let sandboxId: string | undefined;
    let sandbox: PipelineSandbox | undefined;
    if (options.sandboxes) {
      const named = headers[SANDBOX_HEADER];
      sandboxId = typeof named === 'string' && named !== '' ? named : options.sandboxes.defaultId;
      sandbox = options.sandboxes.resolve(sandboxId);
      if (!sandbox) {
        return problemOutput(
          problem(SANDBOX_NOT_FOUND, 'No sandbox has the id in X-Sandbox-Id.'),
          request,
        );
      }
      trace.sandboxId = sandboxId;
      headers[SANDBOX_HEADER] = sandboxId;
    }
    let caller: Caller | undefined;
    if (options.security && !operation.isPublic && request.internal !== true) {
      const authenticated = await options.security.authenticate(operation, headers);
      if (!authenticated.ok)
        return problemOutput(authenticated.error.problem, request, authenticated.error.headers);
      caller = authenticated.value;
      trace.clientId = caller.clientId;
    }
    const validated = contracts.validators.validateRequest(operation.operationId, {
      path: match.params,
      query: request.query,
      headers,
      contentType: request.contentType,
      body: request.body,
    });
    if (!validated.ok) {
      const rejection = validated.error;
      if (rejection.kind === 'unsupported-media-type') {
        const supported = rejection.supported.join(', ');
        const p = problem(CONTRACT_PROBLEMS.unsupportedMediaType, `Send the body as ${supported}.`);
        return problemOutput(p, request, { accept: supported });
      }
      const own = options.security?.validationFailure?.(operation, rejection.violations);
      return own ?? problemOutput(validationProblem(rejection.violations), request);
    }
    trace.validated = validated.value;
    let pass: PolicyPass | undefined;
    if (options.policy && caller && sandbox && sandboxId !== undefined) {
      const checked = await options.policy.before({
        operation,
        headers: validated.value.headers,
        body: validated.value.body,
        caller,
        requestId: request.requestId,
        sandboxId,
        sandbox,
      });
      if (!checked.ok) return problemOutput(checked.error.problem, request, checked.error.headers);
      pass = checked.value;
    }
    const handler = handlers.get(operation.operationId);
    if (!handler) throw new Error(`no handler for ${operation.operationId}`);
    const dispatch = async (extra: Readonly<Record<string, string>>): Promise<HandlerOutput> => {
      const output = await handler({
        operationId: operation.operationId,
        params: validated.value.path,
        query: validated.value.query,
        headers: hasMembers(extra)
          ? { ...validated.value.headers, ...extra }
          : validated.value.headers,
        body: validated.value.body,
        requestId: request.requestId,
        ...(caller ? { caller: { clientId: caller.clientId } } : {}),
      });
      return checkResponse(
        contracts,
        operation,
        withInstance(output, request),
        responseValidation,
        request,
      );
    };
    const output = await dispatchWithFaults(
      options,
      operation,
      { sandboxId, sandbox, caller },
      dispatch,
      request,
    );
    if (pass) {
      await pass.after(output);
      if (hasMembers(pass.headers))
        return { ...output, headers: { ...output.headers, ...pass.headers } };
    }
    return output;
  };
}

async function dispatchWithFaults(
  options: PipelineOptions,
  operation: OperationSpec,
  where: { sandboxId?: string; sandbox?: PipelineSandbox; caller?: Caller },
  dispatch: (extra: Readonly<Record<string, string>>) => Promise<HandlerOutput>,
  request: PipelineRequest,
): Promise<HandlerOutput> {
  const { faults } = options;
  if (
    !faults ||
    !where.sandbox ||
    where.sandboxId === undefined ||
    operation.system === 'sandbox'
  ) {
    return dispatch(NO_HEADERS);
  }
  if (!(await hasFaultRules(where.sandbox.store))) return dispatch(NO_HEADERS);
  const decision = await drawFault(
    where.sandbox.store,
    {
      system: operation.system,
      operationId: operation.operationId,
      ...(where.caller ? { clientId: where.caller.clientId } : {}),
    },
    faults.random(where.sandboxId),
  );
  const answered = await applyFault(decision, dispatch, faults);
  if (answered.kind === 'answered') return answered.output;
  if (answered.kind === 'problem')
    return problemOutput(answered.problem, request, answered.headers);
  return { status: 502, dropConnection: true };
}

const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({});

function hasMembers(record: Readonly<Record<string, string>>): boolean {
  for (const _ in record) return true;
  return false;
}

/** Stamps `instance` on a problem a handler answered without one (RFC 9457 §3.1.5). */
function withInstance(output: HandlerOutput, request: PipelineRequest): HandlerOutput {
  const body = output.body;
  if (
    output.contentType !== 'application/problem+json' ||
    typeof body !== 'object' ||
    body === null
  )
    return output;
  if ('instance' in body) return output;
  return {
    ...output,
    body: { ...body, instance: `urn:lienthong-sandbox:request:${request.requestId}` },
  };
}

function checkResponse(
  contracts: Contracts,
  operation: OperationSpec,
  output: HandlerOutput,
  mode: ResponseValidationMode,
  request: PipelineRequest,
): HandlerOutput {
  if (mode === 'off' || output.fromGateway === true) return output;
  const contentType =
    output.body === undefined
      ? undefined
      : (output.contentType ??
        (output.status >= 400 ? 'application/problem+json' : 'application/json'));
  const checked = contracts.validators.validateResponse(
    operation.operationId,
    output.status,
    contentType,
    output.body,
  );
  if (checked.ok) return output;
  const summary = checked.error.map((v) => `${v.pointer} ${v.code}`).join('; ');
  if (mode === 'lenient') {
    return {
      ...output,
      headers: { ...output.headers, [CONTRACT_WARNING_HEADER]: summary.slice(0, 500) },
    };
  }
  return problemOutput(
    problem(
      CONTRACT_PROBLEMS.responseContractViolated,
      `The ${operation.system} answer to ${operation.operationId} breaks its contract.`,
      {
        errors: checked.error,
      },
    ),
    request,
  );
}

/** Wraps a problem as a pipeline output, stamping `instance` with the correlation id. */
export function problemOutput(
  p: Problem,
  request: Pick<PipelineRequest, 'requestId'>,
  headers: Readonly<Record<string, string>> = {},
): HandlerOutput {
  // The RFC 9457 members first, then the occurrence, then extensions (errors, lyDo…).
  const { type, title, status, code, detail, ...extensions } = p;
  const instance = `urn:lienthong-sandbox:request:${request.requestId}`;
  return {
    status,
    contentType: 'application/problem+json',
    headers,
    body: {
      type,
      title,
      status,
      code,
      ...(detail !== undefined ? { detail } : {}),
      instance,
      ...extensions,
    },
  };
}
