import { randomBytes } from 'node:crypto';
import { problem, type Problem } from '../../contracts/problems.js';
import { err, ok, type Result } from '../../contracts/result.js';
import { toLocalDate, vnInstant, addDays } from '../../mocks/domain/calendar/index.js';
import type {
  Policy,
  PolicyGrant,
  PolicyOptions,
  PolicyRefusal,
  PolicyRequest,
} from './policy-types.js';
import { addSeenCitizens, citizenHasher, findBulkBreach, type BulkScope } from './bulk-state.js';
import { checkDossier, type DossierBinding } from './dossier-rules.js';
import { checkDevice, checkOfficer, officerIdOf } from './officer-rules.js';
import { operationAccessMap, POLICY_HEADERS } from './operation-access.js';
import { POLICY_PROBLEMS } from './problems.js';
import { createRateLimiter } from './token-bucket.js';
import { recordViolation, type ViolationKind } from './violations.js';

/**
 * Response header listing the policy warnings of an allowed request (`DEVICE_NOT_REGISTERED`).
 * @see SECURITY.md §2 GW-17 (monitor mode)
 */
export const POLICY_WARNING_HEADER = 'lienthong-policy-warning';

/**
 * The auth stage let through a client the registry does not know: a wiring bug.
 * @see SECURITY.md §2 GW-01, GW-03
 */
export class PolicyClientMissingError extends Error {
  override readonly name = 'PolicyClientMissingError';
}

const ANSWER_VIOLATIONS: Readonly<Record<string, ViolationKind>> = {
  PURPOSE_NOT_PERMITTED: 'PURPOSE',
  FIELD_NOT_PERMITTED: 'FIELD',
};

/**
 * Builds the policy stage. Checks run in this order: client rate limit (GW-15) → officer named
 * (GW-04) → officer permitted (GW-04) → workstation (GW-17) → officer rate limits (GW-15) →
 * purpose and dossier, for reads of personal data (GW-06) → distinct-citizen caps (GW-16).
 * @see SECURITY.md §2; DESIGN.md §3 (pipeline stage 5)
 */
export function createPolicy(options: PolicyOptions): Policy {
  const { config } = options;
  const access = operationAccessMap(options.operations);
  const maxTracked = config.rate.maxTrackedBuckets;
  const clientRate = createRateLimiter({
    limits: [config.rate.client],
    now: options.now,
    maxTracked,
  });
  const officerRate = createRateLimiter({
    limits: [config.rate.officerMinute, config.rate.officerDay],
    now: options.now,
    maxTracked,
  });
  const hash = citizenHasher(options.citizenKey ?? randomBytes(32));

  async function refuseWithViolation(
    request: PolicyRequest,
    kind: ViolationKind,
    refusal: Problem,
    officerId: string,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<Result<never, PolicyRefusal>> {
    const violation = await recordViolation(
      request.sandbox.store,
      {
        kind,
        code: refusal.code,
        clientId: request.clientId,
        officerId,
        operationId: request.operationId,
        requestId: request.requestId,
        mucDich: headerOf(request.headers, POLICY_HEADERS.purpose) ?? null,
        maHoSo: headerOf(request.headers, POLICY_HEADERS.dossier) ?? null,
      },
      request.sandbox.clock.now(),
      config,
    );
    return err({
      problem: refusal,
      headers,
      violation,
      ...(violation.suspend ? { suspend: violation.suspend } : {}),
    });
  }

  return {
    async check(request): Promise<Result<PolicyGrant, PolicyRefusal>> {
      const kind = access.get(request.operationId);
      if (kind === undefined) throw new Error(`unknown operation ${request.operationId}`);
      const clientTurn = clientRate.take(request.clientId);
      if (!clientTurn.allowed) return rateLimited('client', clientTurn.retryAfterMs);
      if (kind === 'none') return ok({ access: kind, warnings: [], headers: {} });

      const named = officerIdOf(request.headers[POLICY_HEADERS.officer], request.officerId);
      if (!named.ok) return refuse(named.error);
      const officerId = named.value;
      const client = request.client ?? (await options.clientLookup(request.clientId));
      if (!client) throw new PolicyClientMissingError(`client ${request.clientId} is unknown`);
      const permitted = checkOfficer(
        await options.officerLookup(client.clientId, officerId),
        client,
      );
      if (!permitted.ok) return refuse(permitted.error);
      const officer = permitted.value;
      const device = checkDevice(request.headers[POLICY_HEADERS.device], officer, config.device);
      if (!device.ok) return refuse(device.error);
      const officerTurn = officerRate.take(JSON.stringify([request.clientId, officerId]));
      if (!officerTurn.allowed) return rateLimited('officer', officerTurn.retryAfterMs);

      let binding: DossierBinding | undefined;
      if (kind === 'personal-data') {
        const maHoSo = headerOf(request.headers, POLICY_HEADERS.dossier);
        const checked = checkDossier(
          {
            purpose: headerOf(request.headers, POLICY_HEADERS.purpose),
            maHoSo,
            dossier: maHoSo ? await options.dossierLookup(maHoSo, request.sandbox.id) : undefined,
            officerUnit: officer.unit,
            registeredPurposes: client.registeredPurposes,
          },
          config,
        );
        if (!checked.ok) return refuseWithViolation(request, 'PURPOSE', checked.error, officerId);
        binding = checked.value;
      }

      const now = request.sandbox.clock.now();
      const { breach, counted } = await findBulkBreach(
        request.sandbox.store,
        { clientId: request.clientId, officerId },
        toLocalDate(now),
        request.subjects?.map(hash),
        config.bulk,
      );
      if (breach) {
        const cap =
          breach === 'officer' ? config.bulk.perOfficerPerDay : config.bulk.perClientPerDay;
        const refusal = problem(
          POLICY_PROBLEMS.bulkLimitExceeded,
          `The ${breach} has reached its cap of ${cap} distinct citizens today.`,
        );
        const retryAfter = String(secondsToNextDay(now));
        return refuseWithViolation(request, 'BULK', refusal, officerId, {
          'retry-after': retryAfter,
        });
      }

      const warnings = device.value.registered ? [] : [POLICY_PROBLEMS.deviceNotRegistered.code];
      return ok({
        access: kind,
        officerId,
        ...(device.value.deviceId !== undefined ? { deviceId: device.value.deviceId } : {}),
        ...(binding ? { binding } : {}),
        counted,
        warnings,
        headers: warningHeaders(warnings),
      });
    },

    async recordOutcome(outcome) {
      const { grant, sandbox } = outcome;
      if (grant.officerId === undefined) return {};
      const scope: BulkScope = { clientId: outcome.clientId, officerId: grant.officerId };
      const day = toLocalDate(sandbox.clock.now());
      await addSeenCitizens(sandbox.store, scope, day, outcome.citizens.map(hash), grant.counted);
      const kind =
        outcome.problemCode === undefined ? undefined : ANSWER_VIOLATIONS[outcome.problemCode];
      if (kind === undefined) return {};
      const violation = await recordViolation(
        sandbox.store,
        {
          kind,
          code: outcome.problemCode ?? kind,
          clientId: outcome.clientId,
          officerId: grant.officerId,
          operationId: outcome.operationId,
          requestId: outcome.requestId,
          mucDich: grant.binding?.purpose ?? null,
          maHoSo: grant.binding?.maHoSo ?? null,
        },
        sandbox.clock.now(),
        config,
      );
      return { violation, ...(violation.suspend ? { suspend: violation.suspend } : {}) };
    },
  };
}

function refuse(p: Problem): Result<never, PolicyRefusal> {
  const headers: Record<string, string> =
    p.status === 401 ? { 'www-authenticate': 'Bearer error="invalid_request"' } : {};
  return err({ problem: p, headers });
}

function rateLimited(who: 'client' | 'officer', waitMs: number): Result<never, PolicyRefusal> {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const detail = `The ${who} rate limit is reached; retry in ${seconds} s.`;
  return err({
    problem: problem(POLICY_PROBLEMS.rateLimited, detail),
    headers: { 'retry-after': String(seconds) },
  });
}

function warningHeaders(warnings: readonly string[]): Readonly<Record<string, string>> {
  return warnings.length > 0 ? { [POLICY_WARNING_HEADER]: warnings.join(', ') } : {};
}

function headerOf(headers: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Seconds from `now` to the next midnight in Vietnam, when the daily caps start again. */
function secondsToNextDay(now: Date): number {
  const midnight = vnInstant(addDays(toLocalDate(now), 1));
  return Math.max(1, Math.ceil((midnight.getTime() - now.getTime()) / 1000));
}
