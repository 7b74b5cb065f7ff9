import type { MockContext } from '../kit/index.js';
import type { StoreScope } from '../ports/store/index.js';
import type { Relatives } from './mapping.js';
import { type Citizen } from './state.js';
/** The citizens collection of a sandbox or transaction. */
export declare const citizensOf: (scope: StoreScope) => import("../ports/store/collection.js").Collection<Citizen, "byLegacyId" | "byHousehold" | "byNameBirth">;
/** The issuances collection of a sandbox or transaction. */
export declare const issuancesOf: (scope: StoreScope) => import("../ports/store/collection.js").Collection<{
    soDinhDanh: import("../../contracts/generated/dancu.js").components["schemas"]["PersonalIdNumber"];
    thoiDiemCap: import("../../contracts/generated/dancu.js").components["schemas"]["DateTime"];
    maTinhCap: string;
    maDangKyKhaiSinh: import("../../contracts/generated/dancu.js").components["schemas"]["BirthRegistrationId"];
    maHoSo: import("../../contracts/generated/dancu.js").components["schemas"]["DossierCode"];
}, "byNumber">;
/** The ID card applications collection of a sandbox or transaction. */
export declare const applicationsOf: (scope: StoreScope) => import("../ports/store/collection.js").Collection<import("./state.js").IdCardApplication, "byChild">;
/**
 * The sandbox date in Vietnam time (`yyyy-MM-dd`).
 * @see DOMAIN.md §5 "Calendar"
 */
export declare function today(ctx: Pick<MockContext, 'clock'>): string;
/**
 * The account the population database calls other systems with when no officer forwarded the
 * request.
 * @see SECURITY.md §2 GW-04 (named accounts)
 */
export declare const SYSTEM_ACCOUNT = "hethong.dancu";
/** The citizen behind a lookup: one, none, or several (a name + birth date shared). */
export type Match = {
    readonly kind: 'one';
    readonly citizen: Citizen;
} | {
    readonly kind: 'none';
} | {
    readonly kind: 'many';
};
/** How a lookup identifies one person. */
export interface LookupKey {
    readonly soDinhDanh?: string;
    readonly soCmnd?: string;
    readonly hoTen?: string;
    readonly ngaySinh?: string;
    readonly gioiTinh?: string;
}
/**
 * Finds the citizen of a lookup: by ID number, by legacy number, or by name + date of birth
 * (+ sex).
 * @see specs/dancu.yaml dancuLookupCitizen
 */
export declare function findCitizen(scope: StoreScope, key: LookupKey): Promise<Match>;
/**
 * The members of the citizen's household, head first, at most 20.
 * @see SECURITY.md §2 GW-16
 */
export declare function householdOf(scope: StoreScope, citizen: Citizen): Promise<readonly Citizen[]>;
/**
 * The parents, spouse and household head a record names.
 * @see specs/dancu.yaml CitizenRecord (cha, me, voChong, chuHo)
 */
export declare function relativesOf(scope: StoreScope, citizen: Citizen): Promise<Relatives>;
