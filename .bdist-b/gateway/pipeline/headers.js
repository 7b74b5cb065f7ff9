/** A copy of request headers with lower-case names (HTTP header names are case-insensitive). */
export function lowerCaseHeaders(headers) {
    const result = {};
    for (const name in headers)
        result[name.toLowerCase()] = headers[name];
    return result;
}
