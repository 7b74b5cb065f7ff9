import { HUB_COLLECTIONS } from './model.js';
/** `lienthong.steps`, indexed by state. */
export const STEPS = {
    idOf: (s) => s.stepId,
    indexes: { byState: (s) => s.state },
};
/** The steps collection of a sandbox. */
export const steps = (s) => s.collection(HUB_COLLECTIONS.steps, STEPS);
