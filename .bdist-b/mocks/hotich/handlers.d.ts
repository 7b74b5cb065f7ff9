/** Health of the software. @see specs/hotich.yaml `hotichGetHealth` */
export declare const getHealth: readonly [string, import("../kit/context.js").MockHandler];
/** Registers a birth. @see specs/hotich.yaml `hotichRegisterBirth`; DOMAIN.md §3 steps 4–6 */
export declare const registerBirth: readonly [string, import("../kit/context.js").MockHandler];
/** A birth registration, decided by the clock when due. @see specs/hotich.yaml `hotichGetBirth` */
export declare const getBirth: readonly [string, import("../kit/context.js").MockHandler];
/** Supplements a birth registration in status 2. @see specs/hotich.yaml `hotichSupplementBirth` */
export declare const supplementBirth: readonly [string, import("../kit/context.js").MockHandler];
/** The signed Giấy khai sinh, once registered. @see specs/hotich.yaml `hotichGetBirthCertificateCopy` */
export declare const getBirthCertificateCopy: readonly [string, import("../kit/context.js").MockHandler];
/** The registrations of a dossier (group or leg code). @see specs/hotich.yaml `hotichFindRegistrations` */
export declare const findRegistrations: readonly [string, import("../kit/context.js").MockHandler];
/** Registers a death. @see specs/hotich.yaml `hotichRegisterDeath`; DOMAIN.md §4 step 3 */
export declare const registerDeath: readonly [string, import("../kit/context.js").MockHandler];
/** A death registration, decided by the clock when due. @see specs/hotich.yaml `hotichGetDeath` */
export declare const getDeath: readonly [string, import("../kit/context.js").MockHandler];
/** Supplements a death registration in status 2. @see specs/hotich.yaml `hotichSupplementDeath` */
export declare const supplementDeath: readonly [string, import("../kit/context.js").MockHandler];
/** The signed death extract, once registered. @see specs/hotich.yaml `hotichGetDeathExtract` */
export declare const getDeathExtract: readonly [string, import("../kit/context.js").MockHandler];
/** A page of a MOJ catalogue. @see specs/hotich.yaml `hotichGetCatalogue`; DOMAIN.md §7 */
export declare const getCatalogue: readonly [string, import("../kit/context.js").MockHandler];
/** Every operation of the system. */
export declare const HOTICH_OPERATIONS: readonly [readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler]];
