import { defaultAdminUnits } from '../domain/admin-units/index.js';
import { toLocalDate } from '../domain/calendar/index.js';
import { generateResidenceNoticeNumber, sandboxAgencyCode, } from '../domain/identifiers/index.js';
import { nextSequence, signDocument } from '../kit/index.js';
import { residenceFieldsFor } from './rules.js';
/** Adds the display names of the commune and province (never matched on). */
export function withNames(address) {
    const catalogue = defaultAdminUnits();
    const tenXa = catalogue.getCommune(address.maXa)?.name;
    const tenTinh = catalogue.getProvince(address.maTinh)?.name;
    return {
        chiTiet: address.chiTiet,
        maXa: address.maXa,
        maTinh: address.maTinh,
        ...(tenXa !== undefined ? { tenXa } : {}),
        ...(tenTinh !== undefined ? { tenTinh } : {}),
    };
}
/** One line of an address, as notices print it. */
export function addressLine(address) {
    const named = withNames(address);
    return [named.chiTiet, named.tenXa, named.tenTinh].filter((part) => part).join(', ');
}
/**
 * A citizen's residence for a purpose: the permanent residence (or the removed one) always, the
 * current and temporary places only where the purpose's allow-list names them.
 * @see specs/cutru.yaml `CitizenResidence`; SECURITY.md §3
 */
export function toCitizenResidence(resident, purpose) {
    const fields = residenceFieldsFor(purpose);
    const { permanent, removed, temporary, current } = resident;
    const trangThai = permanent ? 'CO_THUONG_TRU' : removed ? 'DA_XOA' : 'CHUA_DANG_KY';
    return {
        soDinhDanh: resident.id,
        trangThai,
        ...(permanent
            ? {
                thuongTru: {
                    diaChi: withNames(permanent.address),
                    maHo: permanent.householdId,
                    ngayDangKy: permanent.since,
                    quanHeVoiChuHo: permanent.relationship,
                },
            }
            : {}),
        ...(!permanent && removed
            ? {
                thuongTruDaXoa: {
                    diaChi: withNames(removed.address),
                    maHo: removed.householdId,
                    ngayXoa: removed.on,
                    lyDo: removed.ground,
                },
            }
            : {}),
        ...(fields.temporary && temporary
            ? { tamTru: { diaChi: withNames(temporary.address), ngayDangKy: temporary.since } }
            : {}),
        ...(fields.current && current ? { noiOHienTai: withNames(current) } : {}),
    };
}
/** The most members a household read returns, head included (GW-16). */
export const HOUSEHOLD_READ_LIMIT = 20;
/**
 * A household with its members (head first, at most 20); `undefined` when no member is left.
 * @see specs/cutru.yaml `Household`; SECURITY.md GW-16
 */
export function toHousehold(household, residents) {
    const thanhVien = household.members.slice(0, HOUSEHOLD_READ_LIMIT).flatMap((m) => {
        const r = residents.get(m.personId);
        return r
            ? [
                {
                    hoTen: r.fullName,
                    soDinhDanh: r.id,
                    quanHeVoiChuHo: m.relationship,
                    ngaySinh: r.birthDate,
                },
            ]
            : [];
    });
    const head = residents.get(household.headId ?? '');
    if (!head || thanhVien.length === 0)
        return undefined;
    return {
        maHo: household.id,
        diaChi: withNames(household.address),
        chuHo: { hoTen: head.fullName, soDinhDanh: head.id },
        thanhVien,
    };
}
/** A document number and the agency issuing it, for a commune's police. */
async function number(scope, ctx, kind, address) {
    const date = toLocalDate(ctx.clock.now());
    const year = Number(date.slice(0, 4));
    const seq = await nextSequence(scope, `cutru.${kind}.${address.maXa}.${year}`);
    const value = generateResidenceNoticeNumber({ kind, maXa: address.maXa, year, seq });
    return { number: value, agency: sandboxAgencyCode(address.maTinh).code, date };
}
/**
 * The CT08 result notice of a registration, signed.
 * @see DOMAIN.md §3 step 8a; TT 66/2023/TT-BCA (CT08); identifiers residence-notice numbers
 */
export async function resultNotice(scope, ctx, facts) {
    const { household } = facts;
    const issued = await number(scope, ctx, 'RESULT_NOTICE', household.address);
    const noiDung = `${facts.hoTen} đã được đăng ký thường trú tại ${addressLine(household.address)}, ` +
        `hộ gia đình do ${facts.headName} làm chủ hộ`;
    const giayTo = signDocument(ctx, {
        maGiayTo: issued.number,
        loaiGiayTo: 'THONG_BAO_KET_QUA_CU_TRU',
        coQuanCap: issued.agency,
        noiDung: { soThongBao: issued.number, hoTen: facts.hoTen, maHo: household.id },
    });
    return { soThongBao: issued.number, ngay: issued.date, noiDung, giayTo };
}
/**
 * The CT06 refusal slip with its reasons, signed by the police of the household's commune.
 * @see DOMAIN.md §3 step 8a; TT 66/2023/TT-BCA (CT06)
 */
export async function refusalSlip(scope, ctx, facts) {
    const issued = await number(scope, ctx, 'REFUSAL_SLIP', facts.address);
    const lyDo = facts.lyDo.map((r) => ({ ...r }));
    const giayTo = signDocument(ctx, {
        maGiayTo: issued.number,
        loaiGiayTo: 'PHIEU_TU_CHOI_CU_TRU',
        coQuanCap: issued.agency,
        noiDung: { soPhieu: issued.number, hoTen: facts.hoTen, lyDo: lyDo.map((r) => r.ma) },
    });
    return { soPhieu: issued.number, ngay: issued.date, lyDo, giayTo };
}
/**
 * The deregistration notice, signed by the police of the commune of the removed residence.
 * @see DOMAIN.md §4 step 5; Luật Cư trú 68/2020/QH14 Art. 24
 */
export async function deregistrationNotice(scope, ctx, facts) {
    const issued = await number(scope, ctx, 'DEREGISTRATION_NOTICE', facts.address);
    const ground = facts.death ? 'đã chết' : 'căn cứ khác theo Luật Cư trú';
    const noiDung = `Đã xóa đăng ký thường trú của ${facts.hoTen} tại ${addressLine(facts.address)} ` +
        `(lý do: ${ground})`;
    const giayTo = signDocument(ctx, {
        maGiayTo: issued.number,
        loaiGiayTo: 'THONG_BAO_XOA_THUONG_TRU',
        coQuanCap: issued.agency,
        noiDung: { soThongBao: issued.number, hoTen: facts.hoTen, ngayXoa: issued.date },
    });
    return { soThongBao: issued.number, ngay: issued.date, noiDung, giayTo };
}
