/**
 * A stand-in provincial one-stop system for scenarios of a *connected* province: a loopback
 * server the hub pushes to (`tinhReceiveDossier`, supplements, withdrawals, events), behaving as
 * the scenario asks — `correct` (a receipt, then it registers the birth or death with the
 * civil-status software of the target and reports the result through the hub API, like a real
 * province), `silent` (a receipt, then nothing: the civil-status leg goes overdue) or `invalid`
 * (answers outside the `tinh` contract, which the hub logs and retries).
 * @see specs/tinh.yaml; docs/decisions/0007-hub-orchestration.md §5
 */
import { createServer } from 'node:http';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { birthRequest, deathRequest, reportOf, } from '../../mocks/tinh/mapping.js';
import { checkPush, receiptNumbers } from '../../mocks/tinh/rules.js';
import { newIdempotencyKey } from './http.js';
/** Starts a stand-in province on 127.0.0.1 (a free port). */
export async function startProvinceStub(behaviour, caller) {
    let sandboxId = '';
    let received = 0;
    const work = new Set();
    const server = createServer((req, res) => {
        void readBody(req).then((body) => {
            const answered = answer(req, body);
            send(res, answered.status, answered.body);
            if (answered.then)
                track(answered.then());
        });
    });
    function track(task) {
        work.add(task);
        void task.finally(() => work.delete(task));
    }
    function answer(req, body) {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const now = new Date();
        if (req.method === 'POST' && path === '/tinh/v1/ho-so') {
            const push = body;
            const maHoSo = push.hoSo?.maHoSo ?? '';
            if (behaviour === 'invalid')
                return { status: 202, body: { maHoSo } };
            received += 1;
            // Dated on the sandbox's clock, as the dossier is, not on this machine's.
            const at = push.hoSo.ngayTiepNhan;
            const numbers = receiptNumbers(maHoSo.slice(11, 13), new Date(at), received);
            const receipt = { maHoSo, ...numbers, thoiDiemNhan: at };
            return behaviour === 'correct'
                ? { status: 202, body: receipt, then: () => decide(push) }
                : { status: 202, body: receipt };
        }
        const dossier = /^\/tinh\/v1\/ho-so\/([^/]+)\/(bo-sung|rut)$/.exec(path);
        if (req.method === 'POST' && dossier) {
            const maHoSo = decodeURIComponent(dossier[1] ?? '');
            const ack = {
                maHoSo,
                maHoSoTinh: `T${maHoSo.slice(11, 13)}-STUB`,
                thoiDiemNhan: toVnIso(now),
            };
            return behaviour === 'invalid' ? { status: 202, body: {} } : { status: 202, body: ack };
        }
        if (req.method === 'POST' && path === '/tinh/v1/su-kien')
            return { status: 204 };
        return { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
    }
    /** The province's job: the civil-status software decides, the hub is told. */
    async function decide(push) {
        const checked = checkPush(push);
        if (!checked.ok)
            return;
        const at = push.hoSo.ngayTiepNhan;
        const headers = {
            'x-sandbox-id': sandboxId,
            'x-officer-id': caller.officer,
            'idempotency-key': newIdempotencyKey(),
        };
        const birth = push.noiDung.nhomThuTuc === 'NHOM_1';
        const registered = await caller.client.call({
            operationId: birth ? 'hotichRegisterBirth' : 'hotichRegisterDeath',
            as: caller.clientId,
            headers,
            body: (push.noiDung.nhomThuTuc === 'NHOM_1'
                ? birthRequest(checked.target, push.noiDung, at)
                : deathRequest(checked.target, push.noiDung, at)),
        });
        if (registered.response?.status !== 201)
            return;
        const report = reportOf(registered.response.body);
        if (report === undefined)
            return;
        await caller.client.call({
            operationId: 'lienthongReportLegResult',
            as: caller.clientId,
            params: { maHoSo: push.hoSo.maHoSo, maThuTucCon: checked.target.ma },
            headers: { ...headers, 'idempotency-key': newIdempotencyKey() },
            body: report,
        });
    }
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        bind: (id) => {
            sandboxId = id;
        },
        idle: async () => {
            while (work.size > 0)
                await Promise.allSettled([...work]);
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function send(res, status, body) {
    if (body === undefined) {
        res.writeHead(status).end();
        return;
    }
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
}
