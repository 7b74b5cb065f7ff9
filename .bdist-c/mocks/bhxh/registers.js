/**
 * The account BHXH calls other registers with when no officer forwarded the request; the calls
 * themselves are the kit's purpose-bound citizen read (`lookupCitizen`).
 * @see SECURITY.md §1 (named accounts); mocks/kit/citizens.ts
 */
export const SYSTEM_ACCOUNT = 'hethong.bhxh';
