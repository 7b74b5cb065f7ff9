/**
 * The catalogue entries of the linked procedures, read from the regime tables and a sandbox's
 * regime settings: legs, deciding agencies, time limits, fees and the combinations the settings'
 * switches allow. Pure; the operations are in `catalogue.ts`.
 * @see specs/lienthong.yaml `LinkedProcedure`; DOMAIN.md §1, §3, §4, §5, §11 #4, #20
 */
import type { components } from '../../contracts/generated/lienthong.js';
import { type LocalDate } from '../../mocks/domain/calendar/index.js';
import { type GroupId, type Regime, type RegimeSettings } from '../../mocks/domain/regimes/index.js';
type Schemas = components['schemas'];
/** A catalogue entry as the wire shows it. */
export type LinkedProcedure = Schemas['LinkedProcedure'];
/**
 * The catalogue entry of one group of one regime under the sandbox's settings, with
 * `dangHieuLuc` evaluated on `date`. Only legs of a combination the settings allow are listed
 * (with `group2.tuTuatEnabled=false` group 2 has no `TU`).
 * @see specs/lienthong.yaml `LinkedProcedure`; DOMAIN.md §1, §3, §5
 */
export declare function catalogueEntry(regime: Regime, group: GroupId, settings: RegimeSettings, date: LocalDate): LinkedProcedure;
/** Every catalogue entry, ordered by code. */
export declare function catalogue(settings: RegimeSettings, date: LocalDate): LinkedProcedure[];
export {};
