/**
 * Answers an operation with the first example of its first declared success response, like a
 * static contract mock. The gateway uses it for operations that have no behaviour of their own
 * yet, so a client can exercise every contract (routing, validation, response shapes) from day one.
 * The answer carries `Lienthong-Mock: example` so nobody mistakes it for a decision.
 */
export function createExampleHandler(operation) {
    const answer = pickExample(operation);
    return async () => ({
        status: answer.status,
        headers: { 'lienthong-mock': 'example' },
        ...(answer.contentType !== undefined
            ? { contentType: answer.contentType, body: answer.body }
            : {}),
    });
}
function pickExample(operation) {
    const successes = Object.keys(operation.responses)
        .filter((status) => /^2\d\d$/.test(status))
        .sort();
    for (const status of successes) {
        const response = operation.responses[status];
        if (!response)
            continue;
        const entries = Object.entries(response.content);
        if (entries.length === 0)
            return { status: Number(status) };
        for (const [contentType, media] of entries) {
            const [example] = media.examples;
            if (example !== undefined)
                return { status: Number(status), contentType, body: example };
        }
    }
    const [first] = successes;
    return { status: first === undefined ? 204 : Number(first) };
}
