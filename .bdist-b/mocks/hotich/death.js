import { toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { signDocument } from '../kit/index.js';
import { nextEntryNumber, statusFields, withoutStatus } from './lifecycle.js';
import { fetchDeathNotice, lookupCitizen, recordDeath } from './peers.js';
import { MOJ_ERRORS, REASONS, reason } from './problems.js';
import { checkRegisteringAgency, deathDocumentKind, deathNoticeMismatches, isCompetentCommune, registerBook, } from './rules.js';
import { legacyRegister, registrations } from './state.js';
function refuse(status, code, moTa, truong) {
    return { kind: 'refuse', status, code, lyDo: [reason(code, moTa, truong)] };
}
/**
 * Runs the death rules in order: registering agency (status 0, 106), time of death (422),
 * duplicates in this register (409), the deceased in the population database (422 unknown,
 * 409 already recorded dead), the medical death notice (status 2 when the health system does
 * not have it, 422 when it names someone else) or a replacing document, and competence: the
 * commune of the deceased's last residence (422). `selfId` is the registration re-examined.
 * @see DOMAIN.md §4 steps 0, 3; Luật Hộ tịch 60/2014/QH13 Art. 32–34; NĐ 123/2015/NĐ-CP Art. 4
 */
export async function evaluateDeath(ctx, caller, request, selfId) {
    const agency = checkRegisteringAgency(request.maDonVi, request.maXaDangKy);
    if (!agency.ok)
        return { kind: 'error', maLoi: agency.maLoi, lyDo: [agency.lyDo] };
    if (Date.parse(request.thoiDiemChet) > ctx.clock.now().getTime()) {
        return refuse(422, REASONS.deathInFuture, 'Thời điểm chết sau thời điểm đăng ký', '/thoiDiemChet');
    }
    const personId = request.nguoiChet.soDinhDanh;
    const already = 'Việc chết của người này đã được đăng ký';
    if (await legacyRegister(ctx.store).get(`KT|${personId}`)) {
        return refuse(409, REASONS.deathDuplicate, already, '/nguoiChet/soDinhDanh');
    }
    const same = await registrations(ctx.store).findBy('bySubject', `KT|${personId}`);
    if (same.some((r) => r.id !== selfId && r.view.trangThai !== 0)) {
        return refuse(409, REASONS.deathDuplicate, already, '/nguoiChet/soDinhDanh');
    }
    const person = await lookupCitizen(ctx, caller, personId, 'KHAI_TU');
    if (person.kind === 'unavailable')
        return { kind: 'unavailable', system: 'dancu' };
    if (person.kind === 'problem') {
        if (person.status !== 404)
            return { kind: 'unavailable', system: 'dancu' };
        const moTa = 'CSDLQG về dân cư không có người này';
        return refuse(422, REASONS.deceasedUnknown, moTa, '/nguoiChet/soDinhDanh');
    }
    if (person.value.meta.trangThaiSong === 'DA_CHET') {
        const moTa = 'CSDLQG về dân cư đã ghi nhận người này đã chết';
        return refuse(409, REASONS.deathDuplicate, moTa, '/nguoiChet/soDinhDanh');
    }
    if (request.giayBaoTu !== undefined) {
        const notice = await fetchDeathNotice(ctx, caller, request.giayBaoTu.maGiayBaoTu);
        if (notice.kind === 'unavailable')
            return { kind: 'unavailable', system: 'yte' };
        if (notice.kind === 'problem') {
            const moTa = 'Hệ thống y tế không có giấy báo tử này; bổ sung giấy báo tử hoặc giấy tờ thay thế';
            return { kind: 'supplement', lyDo: [reason(REASONS.deathNoticeUnknown, moTa, '/giayBaoTu')] };
        }
        const mismatches = deathNoticeMismatches(request, notice.value);
        if (mismatches.length > 0) {
            return { kind: 'refuse', status: 422, code: REASONS.deathNoticeMismatch, lyDo: mismatches };
        }
    }
    const residences = [person.value.diaChiThuongTru?.maXa, person.value.noiOHienTai?.maXa];
    if (!isCompetentCommune(request.maXaDangKy, residences)) {
        const moTa = 'Xã đăng ký không phải nơi cư trú cuối cùng của người chết';
        return refuse(422, REASONS.notCompetent, moTa, '/maXaDangKy');
    }
    return { kind: 'eligible', subject: personId };
}
/**
 * Registers an eligible death: records it in the population database, then issues the signed
 * Trích lục khai tử (Giấy chứng tử from 01/03/2027), status 4. A definitive refusal of the
 * population database puts the registration in status 0 (500 DATA_INCORRECT); an unavailable one
 * leaves it eligible (3), retried on the next read.
 * @see DOMAIN.md §1, §4 step 3, §4 step 5
 */
export async function registerDeath(ctx, record) {
    const { request } = record;
    const now = ctx.clock.now();
    const view = withoutStatus(record.view);
    const recorded = await recordDeath(ctx, { officerId: record.officerId, maHoSo: request.maHoSo }, {
        soDinhDanh: request.nguoiChet.soDinhDanh,
        ngayMat: request.thoiDiemChet.slice(0, 10),
        maDangKyKhaiTu: record.id,
        maHoSo: request.maHoSo,
    });
    if (recorded.kind === 'unavailable') {
        const status = statusFields(ctx, 3);
        return {
            ...record,
            dueAt: toVnIso(now),
            view: { ...view, ...status, thoiDiemCapNhat: toVnIso(now) },
        };
    }
    if (recorded.kind === 'problem') {
        const moTa = `CSDLQG về dân cư từ chối ghi nhận việc chết (${recorded.code ?? recorded.status})`;
        const status = statusFields(ctx, 0, [reason(REASONS.dataIncorrect, moTa)], MOJ_ERRORS.DATA_INCORRECT);
        return { ...record, dueAt: null, view: { ...view, ...status, thoiDiemCapNhat: toVnIso(now) } };
    }
    const soDangKy = await nextEntryNumber(ctx, 'KT', request.maXaDangKy);
    const ngayDangKy = toLocalDate(now);
    const maGiayTo = `${soDangKy}/${ngayDangKy.slice(0, 4)}/KT`;
    const trichLucKhaiTu = signDocument(ctx, {
        maGiayTo,
        loaiGiayTo: deathDocumentKind(now),
        coQuanCap: request.maDonVi,
        noiDung: {
            maGiayTo,
            hoTen: request.nguoiChet.hoTen,
            soDinhDanh: request.nguoiChet.soDinhDanh,
            ngaySinh: request.nguoiChet.ngaySinh,
            thoiDiemChet: request.thoiDiemChet,
            noiChet: request.noiChet,
            nguyenNhanChet: request.nguyenNhanChet,
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
            canBoHoTich: { maCanBo: record.officerId, hoTen: 'Công chức Tư pháp – Hộ tịch' },
            trichLucKhaiTu,
            thoiDiemCapNhat: toVnIso(now),
        },
    };
}
