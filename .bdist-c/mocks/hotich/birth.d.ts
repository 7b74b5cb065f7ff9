/**
 * Birth registration: checking a request against the health system and the population
 * database, and registering an eligible birth (personal ID number, signed Giấy khai sinh).
 * @see DOMAIN.md §3 steps 4–6; specs/hotich.yaml `hotichRegisterBirth`
 */
import type { components } from '../../contracts/generated/hotich.js';
import { type MockContext } from '../kit/index.js';
import type { Decision } from './lifecycle.js';
import { type CallerContext } from './peers.js';
import { type BirthRecord } from './state.js';
type Schemas = components['schemas'];
/**
 * Runs the birth rules in order: registering agency (status 0, 106), date of birth (422),
 * the mother's ID number (status 2), the medical birth certificate (status 2 when the health
 * system does not have it, 422 when it contradicts the request), duplicates (409), the mother in
 * the population database (422 unknown or dead), competence (422) and the marriage certificate
 * (status 2). `selfId` is the registration being re-examined, never its own duplicate.
 * @see DOMAIN.md §3 step 4; Luật Hộ tịch 60/2014/QH13 Art. 13, 16; specs/hotich.yaml
 */
export declare function evaluateBirth(ctx: MockContext, caller: CallerContext, request: Schemas['BirthRegistrationRequest'], selfId?: string): Promise<Decision>;
/**
 * The child as the registration records it: the full name always, its parts when given.
 * @see specs/hotich.yaml `RegisteredChild`
 */
export declare function registeredChild(child: Schemas['ChildDetails']): Schemas['RegisteredChild'];
/**
 * Registers an eligible birth: asks the population database for the child's personal ID number
 * and issues the signed Giấy khai sinh (status 4). A definitive refusal of the population
 * database puts the registration in status 0 (500 DATA_INCORRECT, 200 RECORD_UNCOMPLETE without
 * the mother's ID number); an unavailable one leaves it eligible (3), retried on the next read.
 * @see DOMAIN.md §3 steps 5–6 ("the personal ID number is issued at registration; problems are
 * recorded in A5"), §10 (slow ID issuance)
 */
export declare function registerBirth(ctx: MockContext, record: BirthRecord): Promise<BirthRecord>;
export {};
