/** Page size when `soLuong` is absent. @see specs/common.yaml `PageSize` */
export declare const DEFAULT_PAGE_SIZE = 20;
/**
 * One page of the facility catalogue, optionally for one province, in code order.
 * @see specs/yte.yaml `yteListFacilities`
 */
export declare const listFacilities: readonly [string, import("../kit/context.js").MockHandler];
/** Every operation of the mock, keyed by `operationId`. */
export declare const YTE_OPERATIONS: readonly [readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler], readonly [string, import("../kit/context.js").MockHandler]];
