import type { Json, Scenario, SourcePosition } from '../model.js';
type Raw = Record<string, Json>;
/**
 * Turns a schema-valid scenario document into the model (steps and checks tagged with `kind`,
 * positions of each step and check recorded).
 * @see scenarios/model.ts
 */
export declare function toScenario(file: string, raw: Raw, at: (pointer: string) => SourcePosition): Scenario;
export {};
