import { getCommune, getProvince } from '../domain/admin-units/index.js';
import { sandboxAgencyCode } from '../domain/identifiers/index.js';
import { inRoutingOrder } from './rules.js';
/**
 * Categories on the wire, typed with the spec's enum.
 * @see specs/xahoi.yaml `BeneficiaryCategory`
 */
export const WIRE_CATEGORY = {
    SOCIAL_ASSISTANCE: 'BAO_TRO_XA_HOI',
    SOCIAL_PENSION: 'HUU_TRI_XA_HOI',
    PERSON_WITH_MERIT: 'NGUOI_CO_CONG',
    VETERAN: 'CUU_CHIEN_BINH',
};
/** Agency levels that sit in a commune; every other level is provincial. */
const COMMUNE_LEVELS = ['UBND_XA', 'CONG_AN_XA'];
/** Names of the deciding agencies by level, before the unit's name. */
const AGENCY_NAMES = {
    UBND_XA: 'Ủy ban nhân dân',
    CONG_AN_XA: 'Công an',
    CONG_AN_TINH: 'Công an',
    BHXH_CO_SO: 'Bảo hiểm xã hội',
    SO_NOI_VU: 'Sở Nội vụ',
};
/**
 * The agency deciding a variant for someone whose last residence was in `maXa`, `maTinh`:
 * the commune's People's Committee, or the provincial department, as configured.
 * @see DOMAIN.md §4 variant table, §11 #13; RegimeSettings.benefits.variants[*].agency
 */
export function decidingAgency(level, maTinh, maXa) {
    const commune = COMMUNE_LEVELS.includes(level);
    const unit = commune ? getCommune(maXa)?.name : getProvince(maTinh)?.name;
    const name = lowerFirst(unit ?? (commune ? maXa : maTinh));
    return {
        ten: `${AGENCY_NAMES[level]} ${name}`,
        maDonVi: sandboxAgencyCode(maTinh).code,
        cap: commune ? 'XA' : 'TINH',
    };
}
/**
 * A person's beneficiary record; `coQuanQuanLy` and `tuNgay` describe the first category in
 * routing order.
 * @see specs/xahoi.yaml `BeneficiaryRecord`
 */
export function toBeneficiaryRecord(citizen) {
    const entitlements = inRoutingOrder(citizen.entitlements);
    const [first] = entitlements;
    if (!first) {
        return { soDinhDanh: citizen.id, hoTen: citizen.hoTen, loaiDoiTuong: [], dangHuong: false };
    }
    return {
        soDinhDanh: citizen.id,
        hoTen: citizen.hoTen,
        loaiDoiTuong: [...new Set(entitlements.map((e) => WIRE_CATEGORY[e.category]))],
        dangHuong: entitlements.some((e) => e.receiving),
        coQuanQuanLy: managingAgency(first.agency),
        tuNgay: first.since,
        chiTiet: entitlements.map(toEntitlement),
    };
}
function toEntitlement(e) {
    return {
        loaiDoiTuong: WIRE_CATEGORY[e.category],
        moTa: e.description,
        dangHuong: e.receiving,
        tuNgay: e.since,
        ...(e.monthlyAllowance !== null ? { mucTroCapHangThang: e.monthlyAllowance } : {}),
        coQuanQuanLy: managingAgency(e.agency),
    };
}
function managingAgency(agency) {
    return {
        ten: agency.name,
        maDonVi: sandboxAgencyCode(agency.provinceCode).code,
        cap: agency.level === 'UBND_XA' ? 'XA' : 'TINH',
    };
}
function lowerFirst(name) {
    return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}
