import type { components } from '../../contracts/generated/sandbox.js';
import { type Result } from '../../contracts/result.js';
import type { ConfigError } from '../config.js';
/**
 * A purpose of use (`X-Muc-Dich`), as a client system registers it.
 * @see specs/common.yaml `Purpose`; SECURITY.md §3
 */
export type Purpose = components['schemas']['ClientSystem']['registeredPurposes'][number];
/**
 * A token bucket: `capacity` tokens, refilled at `capacity` per `perMs` milliseconds.
 * @see SECURITY.md §2 GW-15
 */
export interface BucketLimit {
    readonly capacity: number;
    readonly perMs: number;
}
/**
 * What to do with a workstation (`X-May-Tram`) the officer has not registered.
 * @see SECURITY.md §2 GW-17
 */
export type DeviceMode = 'monitor' | 'enforce';
/**
 * What to do when the hub does not know the dossier: `derive` its procedure from the dossier code
 * (leg suffix → group, date → regime), or `refuse` it as `DOSSIER_NOT_ACTIVE`.
 * @see SECURITY.md §2 GW-06; gateway/policy/README.md
 */
export type UnknownDossierMode = 'derive' | 'refuse';
/**
 * Limits and switches of the policy stage, validated and frozen by {@link resolvePolicyConfig}.
 * @see SECURITY.md §2 GW-06, GW-14, GW-15, GW-16, GW-17; §3
 */
export interface PolicyConfig {
    readonly rate: {
        /** Per client: 20 requests/s with a burst of 40 (GW-15). */
        readonly client: BucketLimit;
        /** Per officer: 30 queries/min and 500/day (GW-15). */
        readonly officerMinute: BucketLimit;
        readonly officerDay: BucketLimit;
        /** Idle (full) buckets are dropped once more than this many are tracked. */
        readonly maxTrackedBuckets: number;
    };
    readonly bulk: {
        /** Distinct citizens per officer per day (GW-16). */
        readonly perOfficerPerDay: number;
        /** Distinct citizens per client per day (GW-16). */
        readonly perClientPerDay: number;
    };
    readonly suspension: {
        /** Purpose or field violations within `windowMs` that suspend a client (GW-14). */
        readonly violations: number;
        readonly windowMs: number;
        /** A bulk-limit breach suspends the client at once (GW-14). */
        readonly onBulkBreach: boolean;
    };
    readonly device: DeviceMode;
    readonly unknownDossier: UnknownDossierMode;
    /** Dossier statuses (national portal 1–10) in which a dossier is open for queries. */
    readonly openStatuses: readonly number[];
    /** Purpose → the TTHC codes it may serve (`null`: any open dossier). */
    readonly purposeProcedures: Readonly<Record<Purpose, readonly string[] | null>>;
    /** Entries kept in the `gateway.policy.violations` log of a sandbox. */
    readonly violationLogEntries: number;
}
/**
 * Overrides of {@link PolicyConfig}, one level deep per section.
 * @see resolvePolicyConfig
 */
export type PolicyConfigInput = {
    readonly [K in keyof PolicyConfig]?: PolicyConfig[K] extends readonly unknown[] ? PolicyConfig[K] : PolicyConfig[K] extends object ? Partial<PolicyConfig[K]> : PolicyConfig[K];
};
/**
 * The purposes and the procedures they serve (SANDBOX DEFAULT of SECURITY.md §3).
 * @see SECURITY.md §3 table "Purpose / Allowed for maTTHC"
 */
export declare const DEFAULT_PURPOSE_PROCEDURES: Readonly<Record<Purpose, readonly string[] | null>>;
/**
 * Defaults from SECURITY.md: a client bucket of 40 refilled at 20/s, officer buckets of 30/min
 * and 500/day, 200 / 10,000 distinct citizens a day, suspension after 5 purpose or field
 * violations in an hour or one bulk breach, devices monitored (enforcement is LATER).
 * @see SECURITY.md §2 GW-06, GW-14, GW-15, GW-16, GW-17
 */
export declare const DEFAULT_POLICY_CONFIG: PolicyConfig;
/**
 * Merges overrides over the defaults, checks every value and freezes the result; the error
 * names the bad key (`rate.client.capacity`).
 * @see STYLE.md rule 8; SECURITY.md §2 GW-14 – GW-17
 */
export declare function resolvePolicyConfig(input?: PolicyConfigInput): Result<PolicyConfig, ConfigError>;
