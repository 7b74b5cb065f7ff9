import { isProblem, problem, problemAnswer } from '../../contracts/problems.js';
import { parsePrefer } from './prefer.js';
import { forcedProblem, MOCK_PROBLEMS } from './problems.js';
/**
 * Declares a mock operation. The handler takes the generated request types of `operationId` and
 * must return one of its declared answers (a compile error otherwise), or a problem. `Prefer` is
 * decoded first: a malformed preference is a 400 problem, and `code=NNN` answers with that
 * status when the operation declares it.
 * @see STYLE.md rules 2, 9
 */
export function defineOperation(operationId, options, handle) {
    const handler = async (input, ctx) => {
        const prefer = parsePrefer(input.headers.prefer, options.outcomes ?? []);
        if (!prefer.ok)
            return problemAnswer(problem(MOCK_PROBLEMS.preferInvalid, prefer.error.detail));
        const forced = prefer.value.code;
        if (forced !== undefined) {
            const declared = ctx.contracts.index.operations.get(operationId)?.responses[String(forced)];
            if (!declared) {
                const detail = `Prefer: code=${forced} is not a status ${operationId} declares`;
                return problemAnswer(problem(MOCK_PROBLEMS.preferInvalid, detail));
            }
            return problemAnswer(forcedProblem(forced));
        }
        const answer = await handle({
            operationId,
            params: input.params,
            query: input.query,
            headers: input.headers,
            body: input.body,
            requestId: input.requestId,
            prefer: prefer.value,
            ...(input.caller ? { caller: input.caller } : {}),
        }, ctx);
        return isProblem(answer) ? problemAnswer(answer) : answer;
    };
    return [operationId, handler];
}
