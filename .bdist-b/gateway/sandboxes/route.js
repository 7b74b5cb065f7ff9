import { isProblem, problemAnswer } from '../../contracts/problems.js';
/**
 * Declares a control-plane handler for `operationId`.
 * @see contracts/handler.ts `Handler`
 */
export function route(operationId, handle) {
    const handler = async (input) => {
        const answer = await handle({
            params: input.params,
            query: input.query,
            body: input.body,
            requestId: input.requestId,
        });
        return isProblem(answer) ? problemOutput(answer) : answer;
    };
    return [operationId, handler];
}
/** Wraps a problem as a handler answer. */
export const problemOutput = problemAnswer;
