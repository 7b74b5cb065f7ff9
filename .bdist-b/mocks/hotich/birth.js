import { toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { signDocument } from '../kit/index.js';
import { nextEntryNumber, statusFields, withoutStatus } from './lifecycle.js';
import { fetchBirthCertificate, issuePersonalId, lookupCitizen, } from './peers.js';
import { MOJ_ERRORS, REASONS, reason } from './problems.js';
import { birthCertificateMismatches, checkRegisteringAgency, childFullName, childKey, isCompetentCommune, missingBirthDocuments, motherRefusal, registerBook, } from './rules.js';
import { legacyRegister, registrations } from './state.js';
/**
 * Runs the birth rules in order: registering agency (status 0, 106), date of birth (422),
 * the mother's ID number (status 2), the medical birth certificate (status 2 when the health
 * system does not have it, 422 when it contradicts the request), duplicates (409), the mother in
 * the population database (422 unknown or dead), competence (422) and the marriage certificate
 * (status 2). `selfId` is the registration being re-examined, never its own duplicate.
 * @see DOMAIN.md §3 step 4; Luật Hộ tịch 60/2014/QH13 Art. 13, 16; specs/hotich.yaml
 */
export async function evaluateBirth(ctx, caller, request, selfId) {
    const agency = checkRegisteringAgency(request.maDonVi, request.maXaDangKy);
    if (!agency.ok)
        return { kind: 'error', maLoi: agency.maLoi, lyDo: [agency.lyDo] };
    if (request.treEm.ngaySinh > toLocalDate(ctx.clock.now())) {
        const lyDo = [reason(REASONS.birthInFuture, 'Ngày sinh sau ngày đăng ký', '/treEm/ngaySinh')];
        return { kind: 'refuse', status: 422, code: REASONS.birthInFuture, lyDo };
    }
    const motherId = request.me.soDinhDanh;
    if (motherId === undefined)
        return { kind: 'supplement', lyDo: missingBirthDocuments(request) };
    let birthOrder = 1;
    if (request.giayChungSinh !== undefined) {
        const code = request.giayChungSinh.maGiayChungSinh;
        const certificate = await fetchBirthCertificate(ctx, caller, code);
        if (certificate.kind === 'unavailable')
            return { kind: 'unavailable', system: 'yte' };
        if (certificate.kind === 'problem') {
            const moTa = 'Hệ thống y tế không có giấy chứng sinh này; bổ sung giấy chứng sinh hoặc văn bản làm chứng';
            return {
                kind: 'supplement',
                lyDo: [reason(REASONS.birthCertificateUnknown, moTa, '/giayChungSinh')],
            };
        }
        const mismatches = birthCertificateMismatches(request, certificate.value);
        if (mismatches.length > 0) {
            return {
                kind: 'refuse',
                status: 422,
                code: REASONS.birthCertificateMismatch,
                lyDo: mismatches,
            };
        }
        if (await legacyRegister(ctx.store).get(`GCS|${code}`))
            return duplicate();
        birthOrder = certificate.value.thuTuCon ?? 1;
    }
    const subject = childKey(motherId, request.treEm.ngaySinh, birthOrder);
    const same = await registrations(ctx.store).findBy('bySubject', `KS|${subject}`);
    if (same.some((r) => r.id !== selfId && r.view.trangThai !== 0))
        return duplicate();
    const mother = await lookupCitizen(ctx, caller, motherId, 'KHAI_SINH');
    if (mother.kind === 'unavailable')
        return { kind: 'unavailable', system: 'dancu' };
    if (mother.kind === 'problem') {
        if (mother.status !== 404)
            return { kind: 'unavailable', system: 'dancu' };
        const lyDo = [
            reason(REASONS.motherUnknown, 'CSDLQG về dân cư không có người mẹ này', '/me/soDinhDanh'),
        ];
        return { kind: 'refuse', status: 422, code: REASONS.motherUnknown, lyDo };
    }
    const dead = motherRefusal(mother.value);
    if (dead)
        return { kind: 'refuse', status: 422, code: REASONS.motherDead, lyDo: [dead] };
    const residences = [
        mother.value.diaChiThuongTru?.maXa,
        mother.value.noiOHienTai?.maXa,
        request.cha?.diaChiThuongTru.maXa,
    ];
    if (!isCompetentCommune(request.maXaDangKy, residences)) {
        const moTa = 'Xã đăng ký không phải nơi cư trú của cha hoặc mẹ';
        const lyDo = [reason(REASONS.notCompetent, moTa, '/maXaDangKy')];
        return { kind: 'refuse', status: 422, code: REASONS.notCompetent, lyDo };
    }
    const missing = missingBirthDocuments(request);
    if (missing.length > 0)
        return { kind: 'supplement', lyDo: missing };
    return { kind: 'eligible', subject };
}
function duplicate() {
    const lyDo = [reason(REASONS.birthDuplicate, 'Trẻ đã được đăng ký khai sinh', '/giayChungSinh')];
    return { kind: 'refuse', status: 409, code: REASONS.birthDuplicate, lyDo };
}
/**
 * The child as the registration records it: the full name always, its parts when given.
 * @see specs/hotich.yaml `RegisteredChild`
 */
export function registeredChild(child) {
    return { ...child, hoTen: childFullName(child) };
}
/**
 * Registers an eligible birth: asks the population database for the child's personal ID number
 * and issues the signed Giấy khai sinh (status 4). A definitive refusal of the population
 * database puts the registration in status 0 (500 DATA_INCORRECT, 200 RECORD_UNCOMPLETE without
 * the mother's ID number); an unavailable one leaves it eligible (3), retried on the next read.
 * @see DOMAIN.md §3 steps 5–6 ("the personal ID number is issued at registration; problems are
 * recorded in A5"), §10 (slow ID issuance)
 */
export async function registerBirth(ctx, record) {
    const { request } = record;
    const now = ctx.clock.now();
    const caller = { officerId: record.officerId, maHoSo: request.maHoSo };
    const provinceCode = record.id.slice(3, 5);
    const hoTen = childFullName(request.treEm);
    const motherId = request.me.soDinhDanh;
    const view = withoutStatus(record.view);
    if (motherId === undefined) {
        const lyDo = [
            reason(REASONS.motherIdMissing, 'Không cấp được số định danh: thiếu số định danh của mẹ', '/me/soDinhDanh'),
        ];
        const status = statusFields(ctx, 0, lyDo, MOJ_ERRORS.RECORD_UNCOMPLETE);
        return { ...record, dueAt: null, view: { ...view, ...status, thoiDiemCapNhat: toVnIso(now) } };
    }
    const issued = await issuePersonalId(ctx, caller, {
        maHoSo: request.maHoSo,
        maDangKyKhaiSinh: record.id,
        hoTen,
        ngaySinh: request.treEm.ngaySinh,
        gioiTinh: request.treEm.gioiTinh,
        noiDangKyKhaiSinh: { maXa: request.maXaDangKy, maTinh: provinceCode },
        danToc: request.treEm.danToc,
        quocTich: request.treEm.quocTich,
        me: { soDinhDanh: motherId, hoTen: request.me.hoTen },
        ...(request.cha?.soDinhDanh !== undefined
            ? { cha: { soDinhDanh: request.cha.soDinhDanh, hoTen: request.cha.hoTen } }
            : {}),
    });
    if (issued.kind === 'unavailable') {
        const status = statusFields(ctx, 3);
        return {
            ...record,
            dueAt: toVnIso(now),
            view: { ...view, ...status, thoiDiemCapNhat: toVnIso(now) },
        };
    }
    if (issued.kind === 'problem') {
        const moTa = `CSDLQG về dân cư từ chối cấp số định danh (${issued.code ?? issued.status})`;
        const status = statusFields(ctx, 0, [reason(REASONS.dataIncorrect, moTa)], MOJ_ERRORS.DATA_INCORRECT);
        return { ...record, dueAt: null, view: { ...view, ...status, thoiDiemCapNhat: toVnIso(now) } };
    }
    const soDinhDanh = issued.value.soDinhDanh;
    const soDangKy = await nextEntryNumber(ctx, 'KS', request.maXaDangKy);
    const ngayDangKy = toLocalDate(now);
    const maGiayTo = `${soDangKy}/${ngayDangKy.slice(0, 4)}/KS`;
    const giayKhaiSinh = signDocument(ctx, {
        maGiayTo,
        loaiGiayTo: 'GIAY_KHAI_SINH',
        coQuanCap: request.maDonVi,
        noiDung: {
            maGiayTo,
            hoTen,
            ngaySinh: request.treEm.ngaySinh,
            gioiTinh: request.treEm.gioiTinh,
            soDinhDanh,
            noiSinh: request.treEm.noiSinh,
            danToc: request.treEm.danToc,
            quocTich: request.treEm.quocTich,
            me: request.me.hoTen,
            ...(request.cha ? { cha: request.cha.hoTen } : {}),
            ngayDangKy,
            noiDangKy: request.maXaDangKy,
        },
    });
    return {
        ...record,
        dueAt: null,
        view: {
            ...view,
            ...statusFields(ctx, 4),
            soDangKy,
            quyenSo: registerBook(now),
            ngayDangKy,
            soDinhDanh,
            canBoHoTich: { maCanBo: record.officerId, hoTen: 'Công chức Tư pháp – Hộ tịch' },
            giayKhaiSinh,
            thoiDiemCapNhat: toVnIso(now),
        },
    };
}
