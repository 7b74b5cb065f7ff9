import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { businessRule, conflict, defineOperation, notFound } from '../../mocks/kit/index.js';
import { problem } from '../../contracts/problems.js';
import { pageOf } from '../control-plane/paging.js';
import { ADMIN_PROBLEMS } from '../control-plane/problems.js';
import { legOf } from './transitions.js';
import { exchanges } from './province.js';
import { dossiers } from './state.js';
import { steps } from './steps-state.js';
/** Operations whose sandbox is the `sandboxId` path parameter rather than `X-Sandbox-Id`. */
export const PATH_SANDBOX_OPERATIONS = new Set([
    'sandboxListPendingSteps',
    'sandboxDecideStep',
    'sandboxListProvinceExchanges',
]);
/** Builds the hub's control-plane operations. */
export function hubControlPlane(orchestrator) {
    const listSteps = defineOperation('sandboxListPendingSteps', {}, async (req, ctx) => {
        const q = req.query;
        const pending = (await steps(ctx.store).findBy('byState', 'PENDING'))
            .filter((s) => (q.system === undefined || s.system === q.system) &&
            (q.leg === undefined || s.leg === q.leg) &&
            (q.maHoSo === undefined || s.maHoSo === q.maHoSo || s.dossierId === q.maHoSo))
            .sort((a, b) => (a.stepId < b.stepId ? -1 : 1));
        const page = pageOf(pending, {
            listing: 'lienthong.steps',
            idOf: (s) => s.stepId,
            limit: q.limit ?? 50,
            ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
        });
        if (!page.ok)
            return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
        return {
            status: 200,
            body: {
                items: page.value.items.map((s) => ({
                    stepId: s.stepId,
                    maHoSo: s.maHoSo,
                    leg: s.leg,
                    system: s.system,
                    operationId: s.operationId,
                    since: s.since,
                    deadline: s.deadline,
                    ...(s.summary !== '' ? { summary: s.summary } : {}),
                })),
                nextCursor: page.value.nextCursor,
            },
        };
    });
    const decide = defineOperation('sandboxDecideStep', {}, async (req, ctx) => {
        const step = await steps(ctx.store).get(req.params.stepId);
        if (!step)
            return notFound('STEP_NOT_FOUND', 'No pending step has this id in the sandbox.');
        if (step.state !== 'PENDING')
            return conflict('STEP_ALREADY_DECIDED', 'The step was already decided.');
        const { decision, reasons, officerId } = req.body;
        if (decision !== 'approve' && reasons.length === 0) {
            return businessRule('REASONS_REQUIRED', `A ${decision} decision needs at least one reason.`, [
                {
                    ma: 'THIEU_LY_DO',
                    moTa: 'Quyết định từ chối hoặc yêu cầu bổ sung phải có lý do',
                    truong: '/reasons',
                },
            ]);
        }
        const decidedAt = toVnIso(ctx.clock.now());
        await steps(ctx.store).put({
            ...step,
            state: 'DECIDED',
            decision: { decision, reasons, officerId, decidedAt },
        });
        if (decision === 'requestSupplement') {
            const outcome = {
                kind: 'supplement',
                reasons,
                noiDung: reasons
                    .map((r) => r.moTa)
                    .join('; ')
                    .slice(0, 1000),
            };
            await orchestrator.applyOutcome(ctx, step.dossierId, step.leg, outcome);
        }
        else {
            const forced = decision === 'approve'
                ? { kind: 'approve' }
                : { kind: 'refuse', ...(reasons[0] ? { reason: reasons[0].ma } : {}) };
            await orchestrator.runAgency(ctx, step.dossierId, step.leg, forced, decision === 'refuse' ? reasons : undefined);
        }
        const dossier = await dossiers(ctx.store).get(step.dossierId);
        const legStatus = dossier ? legOf(dossier, step.leg).state.trangThai : 'LOI';
        return {
            status: 200,
            body: {
                stepId: step.stepId,
                maHoSo: step.maHoSo,
                leg: step.leg,
                decision,
                legStatus,
                decidedAt,
                officerId,
            },
        };
    });
    const listExchanges = defineOperation('sandboxListProvinceExchanges', {}, async (req, ctx) => {
        const q = req.query;
        const shown = (await allExchanges(ctx.store))
            .filter((e) => (q.maHoSo === undefined || e.maHoSo === q.maHoSo) &&
            (q.operationId === undefined || e.operationId === q.operationId) &&
            (q.outcome === undefined || e.contractValidation.outcome === q.outcome))
            .sort((a, b) => (a.exchangeId < b.exchangeId ? 1 : -1));
        const page = pageOf(shown, {
            listing: 'lienthong.exchanges',
            idOf: (e) => e.exchangeId,
            limit: q.limit ?? 50,
            ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
            order: 'descending',
        });
        if (!page.ok)
            return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
        return {
            status: 200,
            body: {
                items: [...page.value.items],
                nextCursor: page.value.nextCursor,
            },
        };
    });
    return [listSteps, decide, listExchanges];
}
/** Every exchange of a sandbox, page by page (a store page holds at most 10,000 documents). */
async function allExchanges(store) {
    const all = [];
    let cursor = null;
    do {
        const page = await exchanges(store).list({
            limit: 10_000,
            ...(cursor !== null ? { cursor } : {}),
        });
        if (!page.ok)
            break;
        all.push(...page.value.items);
        cursor = page.value.nextCursor;
    } while (cursor !== null);
    return all;
}
