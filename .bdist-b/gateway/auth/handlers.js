/** RFC 6749 §5.1: token answers and their errors must not be cached. */
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };
/**
 * The public OAuth operations: `sandboxIssueToken` (client credentials, form or JSON; RFC 6749
 * JSON errors, never problem details) and `sandboxGetJwks`.
 * @see specs/sandbox.yaml sandboxIssueToken, sandboxGetJwks; RFC 6749 §4.4, §5; RFC 7517
 */
export function createAuthHandlers(options) {
    const handlers = new Map();
    handlers.set('sandboxIssueToken', async (input) => {
        const issued = await options.issueToken(input.body);
        const output = issued.ok
            ? { status: 200, contentType: 'application/json', headers: NO_STORE, body: issued.value }
            : {
                status: issued.error.status,
                contentType: 'application/json',
                headers: NO_STORE,
                body: issued.error.body,
            };
        return output;
    });
    handlers.set('sandboxGetJwks', async () => {
        const output = {
            status: 200,
            contentType: 'application/json',
            body: options.signer.jwks(),
        };
        return output;
    });
    return handlers;
}
/**
 * The RFC 6749 answer to a token request that failed contract validation, for the pipeline to
 * send instead of a 400 problem on `sandboxIssueToken`: a wrong `grant_type` is
 * `unsupported_grant_type`, missing credentials `invalid_client` (401), anything else
 * `invalid_request`.
 * @see RFC 6749 §5.2; specs/sandbox.yaml sandboxIssueToken
 */
export function oauthErrorForViolations(violations) {
    const has = (field, required) => violations.some((v) => v.pointer === `/body/${field}` && (v.code === 'REQUIRED') === required);
    if (has('grant_type', false))
        return answer(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
    if (has('grant_type', true))
        return answer(400, 'invalid_request', 'grant_type is required.');
    if (has('client_id', true) || has('client_secret', true))
        return answer(401, 'invalid_client', 'Unknown client or wrong client secret.');
    if (has('scope', false))
        return answer(400, 'invalid_scope', 'The scope is not a space-separated list of scope names.');
    const where = violations.map((v) => v.pointer).join(', ');
    return answer(400, 'invalid_request', `The token request is malformed at ${where}.`);
}
function answer(status, error, description) {
    return {
        status,
        contentType: 'application/json',
        headers: NO_STORE,
        body: { error, error_description: description.slice(0, 500) },
    };
}
