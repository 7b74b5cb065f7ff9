import { type MockHandler } from '../../mocks/kit/index.js';
/**
 * Problems of the catalogue.
 * - `PROCEDURE_NOT_FOUND` (404): the code is not one of the four group codes (aliases, legacy
 *   and standalone codes are not linked procedures; the detail names the alias target).
 * - `INVALID_CURSOR` (400): `conTro` is malformed or comes from another listing.
 */
export declare const CATALOGUE_PROBLEMS: {
    readonly invalidCursor: {
        readonly type: string;
        readonly title: "Con trỏ trang không hợp lệ";
        readonly status: 400;
        readonly code: "INVALID_CURSOR";
    };
};
/**
 * The catalogue's operations and the hub's health, keyed by `operationId`.
 * @see specs/lienthong.yaml `lienthongListProcedures`, `lienthongGetProcedure`, `lienthongGetHealth`
 */
export declare const CATALOGUE_OPERATIONS: (readonly [string, MockHandler])[];
