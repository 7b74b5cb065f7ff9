/**
 * Deregistration of permanent residence (group 2, step 4): on death, checked against the
 * population database; on another legal ground, with its description.
 * @see DOMAIN.md §4 step 4, §5 (≤ 2 WD after the trích lục); Luật Cư trú 68/2020/QH14 Art. 24;
 * specs/cutru.yaml `cutruDeregisterPermanentResidence`
 */
import type { Problem } from '../../contracts/problems.js';
import type { components } from '../../contracts/generated/cutru.js';
import { type MockContext, type Preference } from '../kit/index.js';
type Request = components['schemas']['DeregistrationRequest'];
type Deregistration = components['schemas']['Deregistration'];
/**
 * Receives a deregistration and decides it at once (instant processing): the residence is
 * removed (the person leaves the household, notice issued) or the request refused.
 * @see specs/cutru.yaml `cutruDeregisterPermanentResidence`
 */
export declare function deregister(ctx: MockContext, request: Request, prefer: Preference, officerId: string): Promise<Deregistration | Problem>;
export {};
