import { err, ok } from '../../contracts/result.js';
import { deadline, toLocalDate, toVnIso } from '../../mocks/domain/calendar/index.js';
import { sandboxAgencyCode } from '../../mocks/domain/identifiers/index.js';
import { isPost2025ProvinceCode } from '../../mocks/domain/identifiers/index.js';
import { findProcedure, legPlan, } from '../../mocks/domain/regimes/index.js';
import { businessRule, nextSequence, upstreamUnavailable, } from '../../mocks/kit/index.js';
import { HUB_OFFICER } from './transitions.js';
/** The child must be younger than this many years (group 1). */
const CHILD_AGE_LIMIT_YEARS = 6;
function rule(code, ma, moTa, truong) {
    const reason = { ma, moTa, ...(truong !== undefined ? { truong } : {}) };
    return businessRule(code, moTa, [reason]);
}
/** The benefit branches of a leg among those the citizen claimed. */
function branchFor(ctx, claimed, leg) {
    return claimed?.find((b) => ctx.regime.benefits.variants[b].leg === leg);
}
/** Checks the blocks each chosen leg needs and the evidence of the event. */
function checkData(ctx, s) {
    const legs = new Set(s.thuTucCon);
    if (s.nhomThuTuc === 'NHOM_1') {
        if (legs.has('TT') && s.thuongTru === undefined) {
            return rule('MISSING_LEG_DATA', 'THIEU_THONG_TIN_THU_TUC', 'Chọn đăng ký thường trú nhưng thiếu thông tin thường trú', '/thuongTru');
        }
        if ((s.giayChungSinh === undefined) === (s.nguoiLamChung === undefined)) {
            return rule('BIRTH_EVIDENCE_INVALID', 'GIAY_TO_CHUNG_MINH_SINH_KHONG_HOP_LE', 'Cần đúng một trong giấy chứng sinh hoặc người làm chứng', '/giayChungSinh');
        }
        return undefined;
    }
    if ((s.giayBaoTu === undefined) === (s.giayToThayThe === undefined)) {
        return rule('DEATH_EVIDENCE_INVALID', 'GIAY_TO_CHUNG_MINH_CHET_KHONG_HOP_LE', 'Cần đúng một trong giấy báo tử hoặc giấy tờ thay thế', '/giayBaoTu');
    }
    if (legs.has('MT') && (s.nguoiLoMaiTang === undefined || !branchFor(ctx, s.cheDoHuong, 'MT'))) {
        return rule('MISSING_LEG_DATA', 'THIEU_THONG_TIN_THU_TUC', 'Chọn mai táng phí nhưng thiếu người lo mai táng hoặc chế độ mai táng', '/nguoiLoMaiTang');
    }
    if (legs.has('TU') && (s.thanNhan === undefined || !branchFor(ctx, s.cheDoHuong, 'TU'))) {
        return rule('MISSING_LEG_DATA', 'THIEU_THONG_TIN_THU_TUC', 'Chọn trợ cấp tuất nhưng thiếu danh sách thân nhân hoặc chế độ tuất', '/thanNhan');
    }
    if (legs.has('XTT') && s.chuHo === undefined) {
        return rule('MISSING_LEG_DATA', 'THIEU_THONG_TIN_THU_TUC', 'Chọn xóa đăng ký thường trú nhưng thiếu thông tin chủ hộ', '/chuHo');
    }
    return undefined;
}
/** Whole years between a birth date and a day (`yyyy-MM-dd`). */
function ageInYears(birth, today) {
    const [by, bm, bd] = birth.split('-').map(Number);
    const [ty, tm, td] = today.split('-').map(Number);
    return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
/** The province that handles the dossier: the residence of the mother or the deceased. */
function provinceOfSubmission(s, fallback) {
    const declared = s.nhomThuTuc === 'NHOM_1' ? s.me.diaChiThuongTru?.maTinh : s.nguoiChet.diaChiThuongTru?.maTinh;
    for (const code of [declared, fallback]) {
        if (code !== undefined && isPost2025ProvinceCode(code))
            return code;
    }
    return '01';
}
/** The code checks that need no other system. */
export function checkSubmission(ctx, s, now, clientProvince) {
    const procedure = findProcedure(s.maTTHC, now);
    if (!procedure.ok) {
        return err(rule('PROCEDURE_NOT_IN_FORCE', 'TTHC_HET_HIEU_LUC', procedure.error.detail, '/maTTHC'));
    }
    const group = procedure.value.groupProcedure;
    if (group === null || group.group !== s.nhomThuTuc) {
        return err(rule('PROCEDURE_NOT_IN_FORCE', 'TTHC_HET_HIEU_LUC', `${s.maTTHC} is not the ${s.nhomThuTuc} procedure in force.`, '/maTTHC'));
    }
    const missing = checkData(ctx, s);
    if (missing)
        return err(missing);
    const mt = s.nhomThuTuc === 'NHOM_2' ? branchFor(ctx, s.cheDoHuong, 'MT') : undefined;
    const tu = s.nhomThuTuc === 'NHOM_2' ? branchFor(ctx, s.cheDoHuong, 'TU') : undefined;
    const plan = legPlan(group.regime, group.group, s.thuTucCon, {
        settings: ctx.regime,
        variants: { ...(mt ? { MT: mt } : {}), ...(tu ? { TU: tu } : {}) },
    });
    if (!plan.ok) {
        return err(rule('COMBINATION_NOT_ALLOWED', 'TO_HOP_KHONG_HOP_LE', plan.error.detail, '/thuTucCon'));
    }
    if (s.nhomThuTuc === 'NHOM_1') {
        const age = ageInYears(s.treEm.ngaySinh, toLocalDate(now));
        if (age >= CHILD_AGE_LIMIT_YEARS) {
            return err(rule('CHILD_OVER_AGE', 'TRE_TU_DU_6_TUOI', 'Trẻ đã đủ 6 tuổi, không thuộc thủ tục liên thông', '/treEm/ngaySinh'));
        }
    }
    return ok({ plan: plan.value, provinceCode: provinceOfSubmission(s, clientProvince) });
}
/**
 * The checks against other systems, through the pipeline: the applicant's VNeID account is level
 * 2 (online submissions), the deceased is in the population register.
 */
export async function checkPeople(ctx, s, maHoSo) {
    if (s.kenhTiepNhan === 2 && s.nguoiYeuCau.soDinhDanh !== undefined) {
        const account = await ctx.call('vneidGetAccount', {
            params: { soDinhDanh: s.nguoiYeuCau.soDinhDanh },
            headers: {
                'x-officer-id': HUB_OFFICER,
                'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
                'x-ma-ho-so': maHoSo,
            },
        });
        const body = account.body;
        if (account.status >= 500 || account.dropConnection)
            return upstreamUnavailable('VNeID did not answer; submit again later.');
        if (account.status !== 200 || body?.mucDoDinhDanh !== 2 || body.trangThai !== 'HOAT_DONG') {
            return rule('APPLICANT_NOT_LEVEL_2', 'CHUA_DINH_DANH_MUC_2', 'Người nộp chưa có tài khoản định danh điện tử mức độ 2', '/nguoiYeuCau/soDinhDanh');
        }
    }
    if (s.nhomThuTuc === 'NHOM_2') {
        const checked = await ctx.call('dancuVerifyCitizen', {
            headers: { 'x-officer-id': HUB_OFFICER, 'x-muc-dich': 'KHAI_TU', 'x-ma-ho-so': maHoSo },
            body: { soDinhDanh: s.nguoiChet.soDinhDanh, hoTen: s.nguoiChet.hoTen },
        });
        if (checked.status >= 500 || checked.dropConnection)
            return upstreamUnavailable('The population database did not answer; submit again later.');
        const ketQua = checked.body?.ketQua;
        if (checked.status !== 200 || ketQua === 'KHONG_TIM_THAY') {
            return rule('DECEASED_NOT_FOUND', 'NGUOI_CHET_KHONG_CO_TRONG_CSDL', 'Không tìm thấy người chết trong Cơ sở dữ liệu quốc gia về dân cư', '/nguoiChet/soDinhDanh');
        }
    }
    return undefined;
}
/** The next dossier code of a province's receiving agency on a day, and the receipt number. */
export async function newDossierCode(ctx, provinceCode, now) {
    const agency = sandboxAgencyCode(provinceCode).code;
    const day = toLocalDate(now);
    const yyMMdd = day.slice(2).replace(/-/g, '');
    const n = await nextSequence(ctx.store, `lienthong.dossiers.${agency}.${day}`);
    const receipt = await nextSequence(ctx.store, `lienthong.receipts.${provinceCode}.${day.slice(0, 4)}`);
    return {
        maHoSo: `${agency}-${yyMMdd}-${String(n).padStart(4, '0')}`,
        agency,
        soBienNhan: `${provinceCode}-${day.slice(0, 4)}-${day.slice(5, 7)}${day.slice(8)}-${String(receipt).padStart(6, '0')}`,
    };
}
/** The agency code a leg's deciding system stands for in a province (SANDBOX DEFAULT). */
function agencyOf(step, provinceCode) {
    return step.system === 'bhxh'
        ? `000.01.${provinceCode}.G12`
        : sandboxAgencyCode(provinceCode).code;
}
/** The Vietnamese name of each group procedure, by code. */
const PROCEDURE_NAMES = {
    '2.000986': 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    '3.000722': 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
    '2.002622': 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    '2.002913': 'Liên thông điện tử thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
};
/** The new record of an accepted submission (status 2, every leg waiting). */
export function newDossier(input) {
    const { submission: s, accepted, code, now } = input;
    const { plan, provinceCode } = accepted;
    const ngayHenTra = toVnIso(deadline(input.ctx.calendar, now, plan.groupWorkingDays));
    const legs = plan.steps.map((step) => ({
        state: {
            ma: step.leg,
            maHoSo: `${code.maHoSo}${step.dossierSuffix}`,
            trangThai: 'CHO_XU_LY',
            coQuanThucHien: agencyOf(step, provinceCode),
            heThong: step.system,
            ...(step.variant !== null ? { cheDoHuong: [step.variant] } : {}),
        },
        dependsOn: step.dependsOn,
        workingDays: step.workingDays,
        variant: step.variant,
        failures: 0,
    }));
    const nguoiYeuCau = {
        hoTen: s.nguoiYeuCau.hoTen,
        ...(s.nguoiYeuCau.soDinhDanh !== undefined ? { soDinhDanh: s.nguoiYeuCau.soDinhDanh } : {}),
    };
    return {
        id: code.maHoSo,
        clientId: input.clientId,
        provinceCode,
        view: {
            maHoSo: code.maHoSo,
            maTTHC: plan.procedureCode,
            tenTTHC: PROCEDURE_NAMES[plan.procedureCode] ?? plan.procedureCode,
            nhomThuTuc: s.nhomThuTuc,
            trangThai: 2,
            kenhTiepNhan: s.kenhTiepNhan,
            coQuanTiepNhan: code.agency,
            nguoiYeuCau,
            ngayTiepNhan: toVnIso(now),
            ngayHenTra,
            cheDoPhapLy: plan.regime,
            phieuHen: { soBienNhan: code.soBienNhan, ngayHenTra },
            thoiDiemCapNhat: toVnIso(now),
        },
        legs,
        groupWorkingDays: plan.groupWorkingDays,
        submission: s,
        lastEventSeq: 0,
        provinceMode: input.provinceMode,
        idempotency: input.idempotency,
        delivered: false,
        withdrawn: false,
        stopped: false,
        rejected: false,
        overdueNotices: [],
    };
}
