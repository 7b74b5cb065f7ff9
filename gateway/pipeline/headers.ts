/** A copy of request headers with lower-case names (HTTP header names are case-insensitive). */
export function lowerCaseHeaders(
  headers: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name in headers) result[name.toLowerCase()] = headers[name];
  return result;
}
