/** A copy of request headers with lower-case names (HTTP header names are case-insensitive). */
export declare function lowerCaseHeaders(headers: Readonly<Record<string, unknown>>): Record<string, unknown>;
