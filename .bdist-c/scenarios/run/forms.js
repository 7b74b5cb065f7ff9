/** A form that cannot be built from the people given (the exchange that said so, if any). */
export class FormBuildError extends Error {
    exchange;
    name = 'FormBuildError';
    constructor(message, exchange) {
        super(message);
        this.exchange = exchange;
    }
}
/** The funeral branches (leg `MT`); the others (`TU_TUAT_*`) are survivor benefits (leg `TU`). */
const FUNERAL_BRANCHES = [
    'MAI_TANG_BHXH',
    'HO_TRO_MAI_TANG',
    'MAI_TANG_HTXH',
    'MAI_TANG_NCC',
    'MAI_TANG_KHAC',
];
/** The child's relationship to the household head, from the mother's. */
const CHILD_OF = { CHU_HO: 'CON', VO: 'CON', CON: 'CHAU', KHAC: 'CHAU' };
/**
 * Builds Mẫu số 01 (birth) or Mẫu số 02 (death) from generated people's profiles, then merges
 * `override` over it (JSON Merge Patch).
 * @see specs/lienthong.yaml `Group1Submission`, `Group2Submission`; docs/decisions/0008-scenarios.md §4
 */
export async function buildForm(request, people, sources) {
    const subject = people[request.person];
    if (!subject)
        throw new FormBuildError(`no person "${request.person}" in given.people`);
    const requester = request.requester ? people[request.requester] : undefined;
    if (request.requester && !requester) {
        throw new FormBuildError(`no person "${request.requester}" in given.people`);
    }
    const form = request.kind === 'mau01'
        ? await birthForm(request, subject, requester, sources)
        : await deathForm(request, subject, requester, sources);
    return request.override ? mergePatch(form, request.override) : form;
}
async function birthForm(request, mother, given, sources) {
    const person = mother.population;
    let requester = given;
    const event = mother.pendingEvent;
    const code = event?.birthCertificateCode;
    if (typeof code !== 'string') {
        throw new FormBuildError(`${mother.soDinhDanh} has no pending birth (is the trait EXPECTING_MOTHER?)`);
    }
    const certificate = await sources.birthCertificate(code);
    const residence = mother.residence;
    const headRef = residence?.chuHo;
    const address = (person.diaChiThuongTru ?? person.noiOHienTai);
    const maTTHC = request.maTTHC ?? '3.000722';
    // The mother asks, unless she has no level-2 VNeID account: then her husband, if he has one.
    const husband = person.voChong?.soDinhDanh;
    if (!requester && husband && !(await sources.online(String(mother.soDinhDanh)))) {
        const candidate = await sources.citizen(String(husband));
        if (await sources.online(String(husband)))
            requester = candidate;
    }
    const applicant = requester ? requester.population : person;
    return {
        nhomThuTuc: 'NHOM_1',
        maTTHC,
        thuTucCon: [
            ...(request.thuTucCon ??
                (maTTHC === '3.000722' ? ['KS', 'TT', 'BHYT', 'CC'] : ['KS', 'TT', 'BHYT'])),
        ],
        kenhTiepNhan: 2,
        nguoiYeuCau: {
            hoTen: applicant.hoTen,
            soDinhDanh: (requester ?? mother).soDinhDanh,
            quanHe: requester ? relationTo(requester, mother) : 'ME',
        },
        hinhThucNhanKetQua: 'TRUC_TUYEN',
        treEm: {
            hoTen: certificate.tenDuKien ??
                childName(person, String(certificate.gioiTinh)),
            ngaySinh: String(certificate.thoiDiemSinh).slice(0, 10),
            gioiTinh: certificate.gioiTinh,
            noiSinh: {
                loaiNoi: 'CO_SO_KCB',
                maCoSoKcb: certificate.maCoSoKcb,
                tenCoSo: certificate.tenCoSo,
            },
            danToc: person.danToc,
            quocTich: 'VN',
        },
        me: {
            hoTen: person.hoTen,
            soDinhDanh: mother.soDinhDanh,
            ngaySinh: person.ngaySinh,
            danToc: person.danToc,
            quocTich: 'VN',
            diaChiThuongTru: address,
        },
        giayChungSinh: { maGiayChungSinh: code },
        thuongTru: {
            cheDoDongY: 'VNEID',
            chuHo: {
                hoTen: (headRef?.hoTen ?? person.hoTen),
                soDinhDanh: (headRef?.soDinhDanh ?? mother.soDinhDanh),
                quanHeVoiChuHo: CHILD_OF[String(residence?.quanHeVoiChuHo)] ?? 'KHAC',
            },
            diaChi: (residence?.diaChi ?? address),
        },
        bhyt: {
            noiKcbBanDau: {
                maCoSoKcb: certificate.maCoSoKcb,
                tenCoSoKcb: certificate.tenCoSo,
            },
        },
    };
}
async function deathForm(request, deceased, given, sources) {
    const person = deceased.population;
    // Who asks by default: the spouse, else the household head (when someone else).
    const head = deceased.residence?.chuHo?.soDinhDanh;
    const relatives = [
        person.voChong?.soDinhDanh,
        head !== deceased.soDinhDanh ? head : undefined,
    ];
    const requester = given ?? (await firstOnline(relatives, sources));
    if (!requester) {
        throw new FormBuildError(`${deceased.soDinhDanh} has no spouse nor other household head: name a requester`);
    }
    const asker = requester.population;
    const relation = relationTo(requester, deceased);
    const event = deceased.pendingEvent;
    const deathDate = person.ngayMat ??
        (event?.kind === 'DEATH' ? event.date : dayBefore(sources.today));
    const deathTime = `${deathDate}T04:20:00+07:00`;
    const address = (person.diaChiThuongTru ?? person.noiOHienTai);
    const branches = [...(request.cheDoHuong ?? [])];
    const mt = branches.some((b) => FUNERAL_BRANCHES.includes(b));
    const tu = branches.some((b) => !FUNERAL_BRANCHES.includes(b));
    const thuTucCon = request.thuTucCon ?? [
        'KT',
        'XTT',
        ...(mt ? ['MT'] : []),
        ...(tu ? ['TU'] : []),
    ];
    const residence = deceased.residence;
    const who = { hoTen: asker.hoTen, soDinhDanh: requester.soDinhDanh };
    return {
        nhomThuTuc: 'NHOM_2',
        maTTHC: request.maTTHC ?? '2.002913',
        thuTucCon: [...thuTucCon],
        kenhTiepNhan: 2,
        nguoiYeuCau: { ...who, quanHe: relation },
        hinhThucNhanKetQua: 'TRUC_TUYEN',
        nguoiChet: {
            hoTen: person.hoTen,
            soDinhDanh: deceased.soDinhDanh,
            ngaySinh: person.ngaySinh,
            gioiTinh: person.gioiTinh,
            diaChiThuongTru: address,
        },
        thoiDiemChet: deathTime,
        noiChet: { loaiNoi: 'NHA_RIENG', diaChi: address },
        nguyenNhanChet: 'Suy hô hấp cấp',
        giayToThayThe: {
            loai: 'GIAY_BAO_TU_UBND_XA',
            so: '09/GBT-UBND',
            ngayCap: deathDate,
            coQuanCap: 'UBND xã nơi người đó chết',
        },
        chuHo: residence
            ? {
                hoTen: residence.chuHo.hoTen,
                soDinhDanh: residence.chuHo.soDinhDanh,
                quanHeVoiChuHo: residence.quanHeVoiChuHo,
            }
            : {
                hoTen: person.hoTen,
                soDinhDanh: deceased.soDinhDanh,
                quanHeVoiChuHo: 'CHU_HO',
            },
        ...(branches.length > 0
            ? {
                cheDoHuong: branches,
                nguoiLoMaiTang: { ...who, quanHe: relation },
                taiKhoanNganHang: {
                    soTaiKhoan: '1023456784821',
                    nganHang: 'Vietcombank',
                    chuTaiKhoan: holder(String(asker.hoTen)),
                },
            }
            : {}),
        ...(tu
            ? {
                thanNhan: [
                    { ...who, ngaySinh: asker.ngaySinh, quanHe: relation, xacNhanVneid: false },
                ],
                nguoiDaiDienNhan: who,
            }
            : {}),
    };
}
/**
 * The first of these citizens with a level-2 VNeID account (who can file online), else the
 * first one at all (the hub then refuses, as it would in life).
 */
async function firstOnline(ids, sources) {
    let fallback;
    for (const id of ids) {
        if (typeof id !== 'string')
            continue;
        const profile = await sources.citizen(id);
        if (await sources.online(id))
            return profile;
        fallback ??= profile;
    }
    return fallback;
}
/** How `person` is related to `subject` (wire `Relationship`), from the population register. */
function relationTo(person, subject) {
    const id = subject.soDinhDanh;
    const data = subject.population;
    const own = person.population;
    if (data.voChong?.soDinhDanh === person.soDinhDanh) {
        return own.gioiTinh === 'NU' ? 'VO' : 'CHONG';
    }
    if (own.cha?.soDinhDanh === id || own.me?.soDinhDanh === id)
        return 'CON';
    if (data.cha?.soDinhDanh === person.soDinhDanh)
        return 'CHA';
    if (data.me?.soDinhDanh === person.soDinhDanh)
        return 'ME';
    return 'KHAC';
}
function childName(mother, sex) {
    const family = String(mother.hoTen).split(' ')[0] ?? 'Nguyễn';
    return sex === 'NU' ? `${family} Ngọc Hân` : `${family} Minh Khôi`;
}
function holder(name) {
    return name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .toUpperCase();
}
function dayBefore(date) {
    const d = new Date(`${date}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
}
/** JSON Merge Patch (RFC 7396): objects merge, `null` removes, anything else replaces. */
export function mergePatch(target, patch) {
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch))
        return patch;
    const base = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : {};
    const merged = Object.entries(base).filter(([key]) => !(key in patch));
    for (const [key, value] of Object.entries(patch)) {
        if (value !== null)
            merged.push([key, mergePatch(base[key] ?? null, value)]);
    }
    return Object.fromEntries(merged);
}
