/**
 * The shapes fault injection works with: the wire types of the control plane (generated from
 * specs/sandbox.yaml, never hand-written twins) and the call a rule is matched against.
 * @see specs/sandbox.yaml#/components/schemas/FaultRule
 */
import type { components } from '../../contracts/generated/sandbox.js';
/** A fault rule as the control plane shows it, with its counters. */
export type FaultRule = components['schemas']['FaultRule'];
/** A fault rule as a client sends it (`PUT …/faults/{ruleId}`). */
export type FaultRuleInput = components['schemas']['FaultRuleInput'];
/** What a rule does. */
export type FaultEffect = components['schemas']['FaultEffect'];
/** Which calls a rule applies to (absent fields match anything). */
export type FaultMatch = components['schemas']['FaultMatch'];
/** A latency distribution (uniform, normal or log-normal). */
export type LatencyDistribution = components['schemas']['LatencyDistribution'];
/** The MOJ civil-status error codes a `hotich` error rule may answer with. */
export type MojFaultCode = components['schemas']['MojFaultCode'];
/** One page of rules, in evaluation order. */
export type FaultRulePage = components['schemas']['FaultRulePage'];
/**
 * The call a rule is matched against: the operation's system and `operationId`, and the
 * authenticated client (absent on public operations).
 * @see specs/sandbox.yaml#/components/schemas/FaultMatch
 */
export interface FaultCall {
    readonly system: string;
    readonly operationId: string;
    readonly clientId?: string;
}
/**
 * The systems fault rules apply to: every simulated agency and the hub, never the control
 * plane (a rule must not lock the admin out of deleting it).
 * @see specs/sandbox.yaml#/components/schemas/SimulatedSystem
 */
export declare const SIMULATED_SYSTEMS: readonly ["lienthong", "tinh", "hotich", "dancu", "cutru", "bhxh", "xahoi", "yte", "vneid"];
/** Whether faults may apply to calls of this system. @see SIMULATED_SYSTEMS */
export declare function isSimulatedSystem(system: string): boolean;
