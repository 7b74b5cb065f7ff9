/**
 * The residence management system (quản lý cư trú, Bộ Công an): permanent-residence registration
 * (CT01 → CT08 / CT06), deregistration on death, residence and household reads.
 * @see DOMAIN.md §2 (A7); specs/cutru.yaml
 */
import type { MockSystem } from '../kit/index.js';
/** The cutru mock: its operations and how it loads the population's residence register. */
export declare const cutru: MockSystem;
