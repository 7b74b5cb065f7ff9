/**
 * Births and deaths as kinds of registration for the shared flow: how a record is built from a
 * request and how a supplement replaces the blocks it carries.
 * @see flow.ts; specs/hotich.yaml `BirthSupplement`, `DeathSupplement`
 */
import type { components } from '../../contracts/generated/hotich.js';
import type { RegistrationKind } from './flow.js';
import type { BirthRecord, DeathRecord } from './state.js';
type Schemas = components['schemas'];
type BirthRequest = Schemas['BirthRegistrationRequest'];
type DeathRequest = Schemas['DeathRegistrationRequest'];
/**
 * Birth registration (leg KS): same working day.
 * @see DOMAIN.md §3 step 4, §5
 */
export declare const BIRTH: RegistrationKind<BirthRecord, BirthRequest, Schemas['BirthSupplement']>;
/**
 * Death registration (leg KT): same working day (sandbox default).
 * @see DOMAIN.md §4 step 3, §5 (group 2 defaults)
 */
export declare const DEATH: RegistrationKind<DeathRecord, DeathRequest, Schemas['DeathSupplement']>;
export {};
