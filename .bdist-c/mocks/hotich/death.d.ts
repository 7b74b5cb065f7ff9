/**
 * Death registration: checking a request against the health system and the population
 * database, and registering it (death recorded in the population database, signed extract).
 * @see DOMAIN.md §4 step 3; specs/hotich.yaml `hotichRegisterDeath`
 */
import type { components } from '../../contracts/generated/hotich.js';
import { type MockContext } from '../kit/index.js';
import type { Decision } from './lifecycle.js';
import { type CallerContext } from './peers.js';
import { type DeathRecord } from './state.js';
type Schemas = components['schemas'];
/**
 * Runs the death rules in order: registering agency (status 0, 106), time of death (422),
 * duplicates in this register (409), the deceased in the population database (422 unknown,
 * 409 already recorded dead), the medical death notice (status 2 when the health system does
 * not have it, 422 when it names someone else) or a replacing document, and competence: the
 * commune of the deceased's last residence (422). `selfId` is the registration re-examined.
 * @see DOMAIN.md §4 steps 0, 3; Luật Hộ tịch 60/2014/QH13 Art. 32–34; NĐ 123/2015/NĐ-CP Art. 4
 */
export declare function evaluateDeath(ctx: MockContext, caller: CallerContext, request: Schemas['DeathRegistrationRequest'], selfId?: string): Promise<Decision>;
/**
 * Registers an eligible death: records it in the population database, then issues the signed
 * Trích lục khai tử (Giấy chứng tử from 01/03/2027), status 4. A definitive refusal of the
 * population database puts the registration in status 0 (500 DATA_INCORRECT); an unavailable one
 * leaves it eligible (3), retried on the next read.
 * @see DOMAIN.md §1, §4 step 3, §4 step 5
 */
export declare function registerDeath(ctx: MockContext, record: DeathRecord): Promise<DeathRecord>;
export {};
