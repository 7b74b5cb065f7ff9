import { deadline, toLocalDate, toVnIso } from '../domain/calendar/index.js';
import { businessRule, conflict, defineOperation, lookupCitizen, nextSequence, notFound, officerOf, purposeNotPermitted, signDocument, upstreamUnavailable, } from '../kit/index.js';
import { decidingAgency, toBeneficiaryRecord } from './mapping.js';
import { reason } from './problems.js';
import { DECISION_DOCUMENT, duplicateOf, isEntitled, supportAmount, VARIANT_LEGAL_BASIS, } from './rules.js';
import { CITIZENS, CLAIMS, COLLECTIONS } from './state.js';
/** The account xahoi calls other registers with when no officer forwarded the request. */
const SYSTEM_ACCOUNT = 'hethong.xahoi';
/**
 * Purposes that may read a beneficiary record: routing the benefit leg of group 2.
 * @see SECURITY.md §3 (purpose binding); DOMAIN.md §4 step 4
 */
export const BENEFICIARY_PURPOSES = ['MAI_TANG_TU_TUAT'];
/**
 * A person's categories; someone known in none gets `loaiDoiTuong: []`.
 * @see specs/xahoi.yaml xahoiGetBeneficiary
 */
export const getBeneficiary = defineOperation('xahoiGetBeneficiary', {}, async (req, ctx) => {
    const purpose = req.headers['x-muc-dich'];
    if (typeof purpose !== 'string' || !BENEFICIARY_PURPOSES.includes(purpose)) {
        return purposeNotPermitted(`Purpose ${String(purpose)} may not read beneficiary records.`);
    }
    const citizen = await ctx.store
        .collection(COLLECTIONS.citizens, CITIZENS)
        .get(req.params.soDinhDanh);
    if (!citizen)
        return notFound('CITIZEN_NOT_FOUND', 'No citizen has this ID number.');
    return { status: 200, body: toBeneficiaryRecord(citizen) };
});
/**
 * Files a funeral-support claim and decides it at once (the sandbox's `instant` profile): the
 * deceased must be in the variant's category and recorded dead; the amount and the deciding
 * agency come from the regimes configuration.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport; DOMAIN.md §4, §5, §11 #13, #14
 */
export const claimFuneralSupport = defineOperation('xahoiClaimFuneralSupport', { outcomes: ['refuse', 'accept'] }, async (req, ctx) => {
    const request = req.body;
    const variant = request.cheDo;
    const pointer = '/body/nguoiChet/soDinhDanh';
    const citizen = await ctx.store
        .collection(COLLECTIONS.citizens, CITIZENS)
        .get(request.nguoiChet.soDinhDanh);
    if (!citizen) {
        return businessRule('DECEASED_UNKNOWN', 'The deceased is not known.', [
            reason('NGUOI_CHET_KHONG_XAC_DINH', pointer),
        ]);
    }
    const categories = citizen.entitlements.map((e) => e.category);
    // `Prefer: outcome=accept` forces the grant, whatever the register says.
    if (!isEntitled(categories, variant) && req.prefer.outcome !== 'accept') {
        return businessRule('KHONG_THUOC_DOI_TUONG', `The deceased is not entitled to ${variant}.`, [
            reason('KHONG_THUOC_DOI_TUONG', pointer),
        ]);
    }
    const claims = ctx.store.collection(COLLECTIONS.claims, CLAIMS);
    const duplicate = duplicateOf(await claims.findBy('byDeceased', citizen.id));
    if (duplicate) {
        const code = duplicate.claim.maHoSoHuong;
        return conflict('CLAIM_DUPLICATE', `Claim ${code} already covers this funeral support.`);
    }
    const refused = req.prefer.outcome === 'refuse';
    const amount = supportAmount(variant, request.nguoiChet.ngayMat, ctx.regime);
    if (!refused) {
        if (!amount) {
            return businessRule('AMOUNT_NOT_MODELLED', `No amount is configured for ${variant}.`, [
                reason('MUC_HO_TRO_CHUA_CAU_HINH', '/body/cheDo'),
            ]);
        }
        const answer = await lookupCitizen(ctx, {
            soDinhDanh: citizen.id,
            purpose: 'MAI_TANG_TU_TUAT',
            maHoSo: request.maHoSo,
            officer: officerOf(req.headers, SYSTEM_ACCOUNT),
        });
        if (answer.kind === 'unavailable') {
            return upstreamUnavailable(`The population database answered ${answer.status}.`);
        }
        if (answer.kind === 'unknown') {
            return businessRule('DECEASED_UNKNOWN', 'The deceased is not in the population database.', [
                reason('NGUOI_CHET_KHONG_XAC_DINH', pointer),
            ]);
        }
        if (answer.citizen.meta.trangThaiSong !== 'DA_CHET') {
            return businessRule('DECEASED_NOT_RECORDED', 'The population database shows this person alive.', [reason('CHUA_GHI_NHAN_DA_CHET', pointer)]);
        }
    }
    const now = ctx.clock.now();
    const year = toLocalDate(now).slice(0, 4);
    const agency = decidingAgency(ctx.regime.benefits.variants[variant].agency, citizen.maTinh, citizen.maXa);
    const seq = await nextSequence(ctx.store, `xahoi.claims.${citizen.maTinh}.${year}`);
    const limit = ctx.regime.timeLimits.group2.variants[variant];
    const cutoff = ctx.regime.timeLimits.sameDayCutoff;
    const base = {
        maHoSoHuong: `HT-${citizen.maTinh}-${year}-${String(seq).padStart(6, '0')}`,
        maHoSo: request.maHoSo,
        cheDo: variant,
        nguoiChet: request.nguoiChet,
        coQuanQuyetDinh: agency,
        thoiDiemTiepNhan: toVnIso(now),
        hanXuLy: toVnIso(deadline(ctx.calendar, now, limit, { cutoff })),
        thoiDiemGiaiQuyet: toVnIso(now),
    };
    let claim;
    if (refused || !amount) {
        const ma = req.prefer.reason ?? 'TU_CHOI_MO_PHONG';
        claim = {
            ...base,
            trangThai: 'TU_CHOI',
            quyetDinh: {
                ketQua: 'KHONG_DUOC_HUONG',
                soTien: 0,
                canCuPhapLy: VARIANT_LEGAL_BASIS[variant],
                lyDo: [{ ma, moTa: 'Từ chối theo yêu cầu mô phỏng' }],
            },
            giayTo: [],
        };
    }
    else {
        const number = await nextSequence(ctx.store, `xahoi.quyetDinh.${citizen.maTinh}.${year}`);
        const maGiayTo = `${number}/QĐ-${agency.cap === 'XA' ? 'UBND' : 'SNV'}`;
        const payee = {
            hoTen: request.nguoiLoMaiTang.hoTen,
            soDinhDanh: request.nguoiLoMaiTang.soDinhDanh,
        };
        claim = {
            ...base,
            trangThai: 'DA_GIAI_QUYET',
            quyetDinh: {
                ketQua: 'DUOC_HUONG',
                soTien: amount.soTien,
                canCuPhapLy: amount.legalBasis,
                coSoTinh: amount.coSoTinh,
                nguoiHuong: payee,
                maGiayTo,
                lyDo: [],
            },
            giayTo: [
                signDocument(ctx, {
                    maGiayTo,
                    loaiGiayTo: DECISION_DOCUMENT[variant],
                    coQuanCap: agency.maDonVi,
                    noiDung: {
                        maGiayTo,
                        hoTen: request.nguoiChet.hoTen,
                        soTien: amount.soTien,
                        cheDo: variant,
                    },
                }),
            ],
        };
    }
    await claims.insert({ claim, taiKhoanNganHang: request.taiKhoanNganHang });
    return {
        status: 201,
        headers: { location: `/xahoi/v1/ho-tro-mai-tang/${claim.maHoSoHuong}` },
        body: claim,
    };
});
/**
 * Reads a funeral-support claim and its decision.
 * @see specs/xahoi.yaml xahoiGetClaim
 */
export const getClaim = defineOperation('xahoiGetClaim', {}, async (req, ctx) => {
    const stored = await ctx.store
        .collection(COLLECTIONS.claims, CLAIMS)
        .get(req.params.maHoSoHuong);
    if (!stored)
        return notFound('CLAIM_NOT_FOUND', 'No funeral-support claim has this code.');
    return { status: 200, body: stored.claim };
});
/**
 * Every xahoi operation, keyed by `operationId`.
 * @see MockSystem.operations
 */
export const XAHOI_OPERATIONS = [
    getBeneficiary,
    claimFuneralSupport,
    getClaim,
];
