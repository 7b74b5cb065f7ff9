import { problem, type Problem } from '../../contracts/problems.js';
import { err, ok, type Result } from '../../contracts/result.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
import type { ClientRegistry } from './client-registry.js';
import { AUTH_PROBLEMS } from './problems.js';
import type { Officer, OfficerCreateRequest, OfficerRole, OfficerUpdateRequest } from './types.js';

/** One use of an account from a workstation (kept briefly, for shared-account detection). */
export interface OfficerUse {
  readonly deviceId: string;
  readonly at: string;
}

/** An officer account as stored: the public view and its most recent uses. */
export interface OfficerRecord {
  readonly officer: Officer;
  readonly recentUses: readonly OfficerUse[];
}

/** The collection of officer accounts in the global scope. */
export const OFFICERS_COLLECTION = 'gateway.officers';

/** How officer accounts are stored: by `officerId`, indexed by client and by holder. */
export const OFFICER_DEFINITION: CollectionDefinition<OfficerRecord, 'byClient' | 'byHolder'> = {
  idOf: (r) => r.officer.officerId,
  indexes: { byClient: (r) => r.officer.clientId, byHolder: (r) => r.officer.soDinhDanh },
};

/** How many recent uses an account keeps; enough to see two devices in a short window. */
export const RECENT_USES_KEPT = 10;

/** How many officers' last uses a registry remembers before starting afresh. */
const USES_REMEMBERED = 10_000;

/** Named officer accounts of client systems. */
export interface OfficerRegistry {
  create(clientId: string, request: OfficerCreateRequest): Promise<Result<Officer, Problem>>;
  get(officerId: string): Promise<OfficerRecord | undefined>;
  /** Every account of a client, ordered by id. */
  listByClient(clientId: string): Promise<readonly OfficerRecord[]>;
  update(officerId: string, patch: OfficerUpdateRequest): Promise<Result<Officer, Problem>>;
  /** Records a call by the officer from a workstation (`lastUsedAt`, recent uses). */
  recordUse(officerId: string, deviceId: string | undefined): Promise<void>;
}

/** What {@link createOfficerRegistry} needs. */
export interface OfficerRegistryOptions {
  readonly scope: StoreScope;
  readonly clock: Pick<Clock, 'now'>;
  readonly clients: Pick<ClientRegistry, 'get'>;
}

/**
 * Creates the officer-account registry: one named person per account, an OFFICER belongs to the
 * client's owner unit, and one person never holds both OWNER_ADMIN and OPERATOR.
 * @see ../shared/domain/SECURITY.md §1 (officer account, roles), GW-04, GW-12
 * @see specs/sandbox.yaml (sandboxCreateOfficer, sandboxUpdateOfficer)
 */
export function createOfficerRegistry(options: OfficerRegistryOptions): OfficerRegistry {
  const officers = () => options.scope.collection(OFFICERS_COLLECTION, OFFICER_DEFINITION);
  const now = () => toVnIso(options.clock.now());
  /** The last use recorded per officer (`at` and workstation), bounded. */
  const recorded = new Map<string, string>();

  const roleConflict = async (officer: Officer): Promise<Problem | undefined> => {
    if (officer.soDinhDanh === undefined) return undefined;
    const other = CONFLICTING_ROLE[officer.role];
    if (other === undefined) return undefined;
    const held = await officers().findBy('byHolder', officer.soDinhDanh);
    const clash = held.some(
      (r) => r.officer.officerId !== officer.officerId && r.officer.role === other,
    );
    return clash
      ? problem(
          AUTH_PROBLEMS.roleConflict,
          `The holder of ${officer.officerId} already holds ${other}; OWNER_ADMIN and OPERATOR are exclusive.`,
        )
      : undefined;
  };

  return {
    async create(clientId, request) {
      const client = await options.clients.get(clientId);
      if (!client) {
        return err(
          problem(AUTH_PROBLEMS.clientNotFound, `No client system has the id ${clientId}.`),
        );
      }
      if (request.role === 'OFFICER' && request.unit !== client.ownerUnit) {
        return err(
          problem(
            AUTH_PROBLEMS.officerUnitMismatch,
            `An OFFICER of ${clientId} must belong to its owner unit.`,
          ),
        );
      }
      const officer: Officer = {
        ...request,
        clientId,
        devices: request.devices ?? [],
        status: 'ACTIVE',
        createdAt: now(),
        lastUsedAt: null,
      };
      const conflict = await roleConflict(officer);
      if (conflict) return err(conflict);
      const inserted = await officers().insert({ officer, recentUses: [] });
      if (!inserted.ok) {
        return err(
          problem(AUTH_PROBLEMS.officerExists, `The officer id ${request.officerId} is taken.`),
        );
      }
      return ok(officer);
    },

    get: (officerId) => officers().get(officerId),

    listByClient: (clientId) => officers().findBy('byClient', clientId),

    async update(officerId, patch) {
      recorded.delete(officerId);
      const current = await officers().get(officerId);
      if (!current) {
        return err(problem(AUTH_PROBLEMS.officerNotFound, `No officer account ${officerId}.`));
      }
      const officer: Officer = { ...current.officer, ...patch };
      const conflict = await roleConflict(officer);
      if (conflict) return err(conflict);
      const written = await officers().update(officerId, (r) => ({
        ...r,
        officer: { ...r.officer, ...patch },
      }));
      return written.ok
        ? ok(written.value.doc.officer)
        : err(problem(AUTH_PROBLEMS.officerNotFound, `No officer account ${officerId}.`));
    },

    async recordUse(officerId, deviceId) {
      const at = now();
      // Uses within the same second from the same workstation change nothing: skip the write,
      // and the read too when this registry recorded that very use last (it is the only writer
      // of uses; `update` forgets what it remembered).
      const use = `${at} ${deviceId ?? ''}`;
      if (recorded.get(officerId) === use) return;
      const current = await officers().get(officerId);
      if (!current) return;
      if (recorded.size >= USES_REMEMBERED) recorded.clear();
      recorded.set(officerId, use);
      if (isSameUse(current, deviceId, at)) return;
      // Checked again on the stored record: a concurrent call may have recorded this use since.
      await officers().update(officerId, (r) =>
        isSameUse(r, deviceId, at)
          ? r
          : {
              officer: { ...r.officer, lastUsedAt: at },
              recentUses:
                deviceId === undefined
                  ? r.recentUses
                  : [...r.recentUses, { deviceId, at }].slice(-RECENT_USES_KEPT),
            },
      );
    },
  };
}

/** True when recording a use at `at` from `deviceId` would leave the record as it is. */
function isSameUse(record: OfficerRecord, deviceId: string | undefined, at: string): boolean {
  if (record.officer.lastUsedAt !== at) return false;
  if (deviceId === undefined) return true;
  const last = record.recentUses[record.recentUses.length - 1];
  return last?.deviceId === deviceId && last.at === at;
}

const CONFLICTING_ROLE: Partial<Record<OfficerRole, OfficerRole>> = {
  OWNER_ADMIN: 'OPERATOR',
  OPERATOR: 'OWNER_ADMIN',
};
