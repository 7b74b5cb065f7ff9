import { addDays } from '../../mocks/domain/calendar/index.js';
import { BENEFIT_VARIANTS, GROUP_IDS, REGIMES, isInForce, legFee, legPlan, validateCombination, } from '../../mocks/domain/regimes/index.js';
/** Names of the legs as the national catalogue gives them. @see DOMAIN.md §1, §3 */
const LEG_TITLES = {
    KS: 'Đăng ký khai sinh',
    TT: 'Đăng ký thường trú',
    BHYT: 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    CC: 'Cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
    KT: 'Đăng ký khai tử',
    XTT: 'Xóa đăng ký thường trú',
    MT: 'Giải quyết mai táng phí, hỗ trợ chi phí mai táng',
    TU: 'Giải quyết chế độ tử tuất',
};
/** Names of the deciding agencies by level (post-07/2025, no district level). @see DOMAIN.md §2 */
const AGENCY_NAMES = {
    UBND_XA: 'Ủy ban nhân dân cấp xã',
    CONG_AN_XA: 'Công an cấp xã',
    CONG_AN_TINH: 'Công an cấp tỉnh',
    BHXH_CO_SO: 'Bảo hiểm xã hội cơ sở',
    SO_NOI_VU: 'Sở Nội vụ',
};
/** What a leg decided per benefit branch names as its agency when the branches differ. */
const BY_BRANCH = 'Theo nhánh chế độ (tuyenCheDo)';
/** How each group's time limit is stated (mirrors `legPlan`'s group limits). @see DOMAIN.md §5 */
const GROUP_LIMITS = {
    NHOM_1: (s) => ({
        cachTinh: 'CO_DINH',
        soNgayLamViec: s.timeLimits.group1.total,
        soNgayLamViecCoXacMinh: s.timeLimits.group1.totalWithVerification,
    }),
    NHOM_2: (s) => ({
        cachTinh: 'CONG_THU_TUC_CON_DAI_NHAT',
        soNgayLamViec: s.timeLimits.group2.intake,
    }),
};
/** Legs whose result is a civil-status extract, whose copies are charged. */
const EXTRACT_LEGS = ['KS', 'KT'];
/**
 * The catalogue entry of one group of one regime under the sandbox's settings, with
 * `dangHieuLuc` evaluated on `date`. Only legs of a combination the settings allow are listed
 * (with `group2.tuTuatEnabled=false` group 2 has no `TU`).
 * @see specs/lienthong.yaml `LinkedProcedure`; DOMAIN.md §1, §3, §5
 */
export function catalogueEntry(regime, group, settings, date) {
    const definition = regime.groups[group];
    const combinations = definition.combinations
        .map((c) => c.legs)
        .filter((legs) => validateCombination(regime, group, legs, settings).ok);
    const steps = stepsOf(regime, group, combinations, settings, false);
    const verified = stepsOf(regime, group, combinations, settings, true);
    const legs = definition.legs.filter((leg) => combinations.some((c) => c.includes(leg)));
    const successor = regime.validTo === null ? undefined : successorOf(regime.validTo);
    return {
        maTTHC: definition.procedureCode,
        tenTTHC: definition.title,
        nhomThuTuc: group,
        cheDoPhapLy: regime.id,
        hieuLucTu: regime.validFrom,
        hieuLucDen: regime.validTo,
        dangHieuLuc: isInForce(regime.validFrom, regime.validTo, date),
        thuTucCon: legs.map((leg) => {
            const step = steps.get(leg);
            const withVerification = verified.get(leg);
            if (!step || !withVerification)
                throw new Error(`catalogue: no plan step for leg ${leg}`);
            return legEntry(step, withVerification, {
                settings,
                order: definition.legs,
                mandatory: combinations.every((c) => c.includes(leg)),
            });
        }),
        toHopChoPhep: combinations.map((c) => [...c]),
        thoiHanGiaiQuyet: GROUP_LIMITS[group](settings),
        hanBoSung: settings.timeLimits.supplement.workingDays,
        ...(successor ? { maTTHCThayThe: successor.groups[group].procedureCode } : {}),
    };
}
/** Every catalogue entry, ordered by code. */
export function catalogue(settings, date) {
    return REGIMES.flatMap((regime) => GROUP_IDS.map((group) => catalogueEntry(regime, group, settings, date))).sort((a, b) => (a.maTTHC < b.maTTHC ? -1 : a.maTTHC > b.maTTHC ? 1 : 0));
}
/** The plan step of each leg over the allowed combinations (a leg's facts do not vary by them). */
function stepsOf(regime, group, combinations, settings, withVerification) {
    const steps = new Map();
    for (const legs of combinations) {
        const plan = legPlan(regime, group, legs, { settings, withVerification });
        if (!plan.ok)
            throw new Error(`catalogue: ${plan.error.detail}`);
        for (const step of plan.value.steps)
            if (!steps.has(step.leg))
                steps.set(step.leg, step);
    }
    return steps;
}
function legEntry(step, verified, context) {
    const { settings } = context;
    const routes = routesOf(step.leg, settings);
    const agencies = new Set(routes.map((r) => r.coQuanQuyetDinh));
    const prerequisites = prerequisitesOf(step.leg, settings, context.order);
    const note = feeNote(step.leg, settings);
    return {
        ma: step.leg,
        ten: LEG_TITLES[step.leg],
        heThong: step.system,
        coQuanQuyetDinh: agencies.size > 1 ? BY_BRANCH : AGENCY_NAMES[step.agency],
        thoiHanGiaiQuyet: step.workingDays,
        ...(verified.workingDays !== step.workingDays
            ? { thoiHanCoXacMinh: verified.workingDays }
            : {}),
        ...(step.countsTowardGroupLimit ? {} : { ngoaiThoiHanNhom: true }),
        // Linked dossiers are filed on the portal, so the online fee applies.
        lePhi: legFee(step.leg, { channel: 'ONLINE' }, settings).amount,
        ...(note !== undefined ? { ghiChuLePhi: note } : {}),
        batBuoc: context.mandatory,
        ...(prerequisites.length > 0 ? { phuThuoc: prerequisites } : {}),
        ...(routes.length > 0 ? { tuyenCheDo: routes } : {}),
    };
}
/** Where each benefit branch of an MT or TU leg is decided; none for other legs. */
function routesOf(leg, settings) {
    if (settings.legs[leg].decidedBy !== 'BY_VARIANT')
        return [];
    return BENEFIT_VARIANTS.filter((v) => settings.benefits.variants[v].leg === leg).map((v) => {
        const variant = settings.benefits.variants[v];
        return {
            cheDoHuong: v,
            heThong: variant.system,
            coQuanQuyetDinh: AGENCY_NAMES[variant.agency],
            thoiHanGiaiQuyet: settings.timeLimits.group2.variants[v],
        };
    });
}
/** Every leg that must be finished first, directly or through another, in the group's order. */
function prerequisitesOf(leg, settings, order) {
    const found = new Set();
    const visit = (l) => {
        for (const d of settings.legs[l].dependsOn) {
            if (!found.has(d)) {
                found.add(d);
                visit(d);
            }
        }
    };
    visit(leg);
    return order.filter((l) => found.has(l));
}
/** The exemptions and province-set charges behind a leg's fee. @see DOMAIN.md §5 "Fees" */
function feeNote(leg, settings) {
    const { residence, extractCopy, legs } = settings.fees;
    if (EXTRACT_LEGS.includes(leg)) {
        const exempt = legs[leg] === 0 ? 'Miễn lệ phí đăng ký đúng hạn; ' : '';
        return `${exempt}bản sao trích lục ${dong(extractCopy)} đồng/bản (mức do tỉnh quy định)`;
    }
    if (leg !== 'TT')
        return undefined;
    return residence.childrenExempt
        ? 'Trẻ em được miễn lệ phí đăng ký cư trú (TT 75/2022/TT-BTC)'
        : `Nộp trực tuyến ${dong(residence.online)} đồng, trực tiếp ${dong(residence.inPerson)} đồng`;
}
/** An amount in đồng with Vietnamese digit grouping (20.000). */
function dong(amount) {
    return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
/** The regime that starts the day after `validTo`, if any. */
function successorOf(validTo) {
    const next = addDays(validTo, 1);
    return REGIMES.find((r) => r.validFrom === next);
}
