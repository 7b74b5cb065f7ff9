/**
 * POST /cutru/v1/thuong-tru: receives a CT01 and decides it at once (instant processing):
 * DA_DANG_KY with CT08, TU_CHOI with CT06, or CHO_XAC_NHAN_CHU_HO while the head is asked.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence`
 */
export declare const registerPermanentResidence: readonly [string, import("../kit/context.js").MockHandler];
/**
 * GET /cutru/v1/thuong-tru/{maDangKy}: the registration and its outcome; a pending VNeID consent
 * is re-read first.
 * @see specs/cutru.yaml `cutruGetRegistration`
 */
export declare const getRegistration: readonly [string, import("../kit/context.js").MockHandler];
/**
 * POST /cutru/v1/xoa-thuong-tru: deregisters a permanent residence.
 * @see specs/cutru.yaml `cutruDeregisterPermanentResidence`
 */
export declare const deregisterPermanentResidence: readonly [string, import("../kit/context.js").MockHandler];
/**
 * GET /cutru/v1/xoa-thuong-tru/{maXoaDangKy}.
 * @see specs/cutru.yaml `cutruGetDeregistration`
 */
export declare const getDeregistration: readonly [string, import("../kit/context.js").MockHandler];
/**
 * GET /cutru/v1/cong-dan/{soDinhDanh}/cu-tru: a citizen's residence for the purpose given. A
 * person unknown to the register but known to the population database has never registered.
 * @see specs/cutru.yaml `cutruGetResidence`; SECURITY.md §3
 */
export declare const getResidence: readonly [string, import("../kit/context.js").MockHandler];
/**
 * GET /cutru/v1/ho-gia-dinh/{maHo}: a household and its members, for DK_THUONG_TRU only.
 * @see specs/cutru.yaml `cutruGetHousehold`; SECURITY.md GW-16
 */
export declare const getHousehold: readonly [string, import("../kit/context.js").MockHandler];
/** Every operation of the residence system. */
export declare const OPERATIONS: readonly [readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler]];
