/**
 * The systems fault rules apply to: every simulated agency and the hub, never the control
 * plane (a rule must not lock the admin out of deleting it).
 * @see specs/sandbox.yaml#/components/schemas/SimulatedSystem
 */
export const SIMULATED_SYSTEMS = [
    'lienthong',
    'tinh',
    'hotich',
    'dancu',
    'cutru',
    'bhxh',
    'xahoi',
    'yte',
    'vneid',
];
/** Whether faults may apply to calls of this system. @see SIMULATED_SYSTEMS */
export function isSimulatedSystem(system) {
    return SIMULATED_SYSTEMS.includes(system);
}
