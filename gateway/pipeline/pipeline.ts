import type { Contracts } from '../../contracts/contracts.js';
import type { Handler, HandlerMap, HandlerOutput } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
import {
  CONTRACT_PROBLEMS,
  problem,
  validationProblem,
  type Problem,
} from '../../contracts/problems.js';
import type { ResponseValidationMode } from '../config.js';
import { createExampleHandler } from '../example-handler.js';

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
}

/** What the pipeline needs. */
export interface PipelineOptions {
  readonly contracts: Contracts;
  /** Behaviour per `operationId`; operations without one answer with their contract example. */
  readonly handlers?: HandlerMap;
  readonly responseValidation: ResponseValidationMode;
}

/** The request pipeline as a plain function: hosts (express, msw) only adapt to it. */
export type Pipeline = (request: PipelineRequest) => Promise<HandlerOutput>;

/** Header set on answers that break their contract in lenient mode. */
export const CONTRACT_WARNING_HEADER = 'lienthong-contract-warning';

/**
 * Builds the pipeline: operation matching → request validation → dispatch → response validation.
 * Later stages (auth, policy, faults, journal) slot in between as their issues land.
 * @see DESIGN.md §3
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const { contracts, responseValidation } = options;
  const handlers = new Map<string, Handler>();
  for (const operation of contracts.index.operations.values()) {
    if (operation.kind !== 'route') continue;
    handlers.set(
      operation.operationId,
      options.handlers?.get(operation.operationId) ?? createExampleHandler(operation),
    );
  }

  return async (request) => {
    const match = contracts.index.match(request.method, request.path);
    if (match.kind === 'not-found') {
      return problemOutput(
        problem(
          CONTRACT_PROBLEMS.routeNotFound,
          `No operation is served at ${request.method} ${request.path}.`,
        ),
        request,
      );
    }
    if (match.kind === 'method-not-allowed') {
      const allow = match.allowed.join(', ');
      return problemOutput(
        problem(
          CONTRACT_PROBLEMS.methodNotAllowed,
          `${request.method} is not allowed here; use ${allow}.`,
        ),
        request,
        { allow },
      );
    }
    const { operation } = match;
    const validated = contracts.validators.validateRequest(operation.operationId, {
      path: match.params,
      query: request.query,
      headers: request.headers,
      ...(request.contentType !== undefined ? { contentType: request.contentType } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
    });
    if (!validated.ok) {
      const rejection = validated.error;
      if (rejection.kind === 'unsupported-media-type') {
        const supported = rejection.supported.join(', ');
        return problemOutput(
          problem(CONTRACT_PROBLEMS.unsupportedMediaType, `Send the body as ${supported}.`),
          request,
          { accept: supported },
        );
      }
      return problemOutput(validationProblem(rejection.violations), request);
    }
    const handler = handlers.get(operation.operationId);
    if (!handler) throw new Error(`no handler for ${operation.operationId}`);
    const output = await handler({
      operationId: operation.operationId,
      params: validated.value.path,
      query: validated.value.query,
      headers: validated.value.headers,
      body: validated.value.body,
      requestId: request.requestId,
    });
    return checkResponse(contracts, operation, output, responseValidation, request);
  };
}

function checkResponse(
  contracts: Contracts,
  operation: OperationSpec,
  output: HandlerOutput,
  mode: ResponseValidationMode,
  request: PipelineRequest,
): HandlerOutput {
  if (mode === 'off') return output;
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
