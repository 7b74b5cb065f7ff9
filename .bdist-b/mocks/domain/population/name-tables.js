const nfc = (rows) => rows.map(([v, w]) => [v.normalize('NFC'), w]);
const list = (text) => text.split(',').map((s) => s.trim().normalize('NFC'));
const KINH_COMMON = [
    ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Phan', 4.5], ['Đặng', 2.1],
    ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Đinh', 0.9],
    ['Trương', 0.8], ['Đoàn', 0.7], ['Lý', 0.5], ['Lâm', 0.5], ['Mai', 0.5], ['Trịnh', 0.5],
    ['Cao', 0.5], ['Hà', 0.5], ['Lương', 0.4], ['Tạ', 0.3], ['Tô', 0.3], ['Châu', 0.3],
    ['Lưu', 0.3], ['Thái', 0.2], ['Quách', 0.2], ['Kiều', 0.2], ['Văn', 0.1], ['La', 0.1],
]; // prettier-ignore
/**
 * Kinh surnames by region: the same two names spelled Hoàng/Huỳnh and Vũ/Võ.
 * @see https://en.wikipedia.org/wiki/Huỳnh ; https://en.wikipedia.org/wiki/Võ
 */
export const KINH_SURNAMES = {
    NORTH: nfc([...KINH_COMMON, ['Hoàng', 4.8], ['Huỳnh', 0.2], ['Vũ', 3.7], ['Võ', 0.2]]),
    CENTRAL: nfc([...KINH_COMMON, ['Hoàng', 3], ['Huỳnh', 2], ['Vũ', 1], ['Võ', 2.9]]),
    SOUTH: nfc([...KINH_COMMON, ['Hoàng', 1], ['Huỳnh', 4], ['Vũ', 0.5], ['Võ', 3.4]]),
};
/**
 * Middle names by sex and generation: "Văn" and "Thị" dominate among those born before 1985.
 * @see https://en.wikipedia.org/wiki/Vietnamese_name#Middle_name
 */
export const KINH_MIDDLE_NAMES = {
    maleOlder: nfc([
        ['Văn', 60], ['Hữu', 8], ['Đức', 8], ['Minh', 6], ['Đình', 4], ['Quốc', 4], ['Công', 4],
        ['Xuân', 3], ['Thanh', 3], ['Quang', 3], ['Ngọc', 2],
    ]),
    maleYounger: nfc([
        ['Văn', 22], ['Minh', 14], ['Đức', 10], ['Gia', 8], ['Quốc', 7], ['Hoàng', 6], ['Anh', 6],
        ['Bảo', 6], ['Hữu', 5], ['Quang', 5], ['Thành', 4], ['Nhật', 4], ['Trọng', 3], ['Tuấn', 3],
    ]),
    femaleOlder: nfc([
        ['Thị', 80], ['Ngọc', 5], ['Thu', 4], ['Thanh', 4], ['Kim', 3], ['Hồng', 2], ['Minh', 2],
    ]),
    femaleYounger: nfc([
        ['Thị', 30], ['Ngọc', 12], ['Thu', 6], ['Bảo', 6], ['Thanh', 5], ['Phương', 5], ['Minh', 5],
        ['Khánh', 5], ['Thùy', 5], ['Mỹ', 4], ['Kim', 4], ['Hồng', 3], ['Hoài', 3], ['Diệu', 3],
    ]),
}; // prettier-ignore
/**
 * Common Vietnamese given names by sex.
 * @see https://en.wikipedia.org/wiki/Vietnamese_name#Given_name
 */
export const KINH_GIVEN_NAMES = {
    male: list('Anh, Bảo, Bình, Cường, Dũng, Duy, Đạt, Đức, Hải, Hào, Hiếu, Hoàng, Hùng, Hưng, Huy, Khang,' +
        ' Khánh, Khoa, Kiên, Lâm, Long, Lộc, Minh, Nam, Nghĩa, Nhân, Phát, Phong, Phúc, Quân,' +
        ' Quang, Sơn, Tài, Tâm, Thắng, Thành, Thịnh, Toàn, Trí, Trung, Tuấn, Tùng, Việt, Vinh'),
    female: list('An, Anh, Châu, Chi, Dung, Duyên, Giang, Hà, Hạnh, Hằng, Hiền, Hoa, Hòa, Hồng, Hương,' +
        ' Huyền, Lan, Liên, Linh, Loan, Mai, My, Nga, Ngân, Ngọc, Nhi, Nhung, Như, Oanh, Phương,' +
        ' Quyên, Quỳnh, Tâm, Thảo, Thanh, Thu, Thủy, Trang, Trâm, Tuyết, Uyên, Vân, Vy, Yến'),
};
const kinhLike = (surnames) => ({
    surnames: nfc(surnames),
    order: 'SURNAME_FIRST',
    matrilineal: false,
});
/**
 * Naming style per ethnicity code; codes not listed name like the Kinh. Upland groups in the
 * north use Vietnamese middle and given names with their own family names; H'Mông and Khơ-me
 * have their own given names; Ê-đê put the clan name last; Ê-đê and Gia-rai are matrilineal.
 * @see https://en.wikipedia.org/wiki/Vietnamese_name ; ethnographic summaries of the 54 groups
 */
export const NAME_STYLES = {
    '02': kinhLike([['Hoàng', 20], ['Nông', 18], ['Lương', 8], ['Bế', 8], ['Nguyễn', 6], ['Ma', 6], ['Lục', 5], ['Đàm', 5], ['Hà', 5], ['Triệu', 4], ['Vi', 4], ['Lý', 4]]),
    '03': kinhLike([['Lò', 15], ['Cầm', 12], ['Lường', 10], ['Quàng', 8], ['Tòng', 8], ['Hà', 8], ['Vì', 6], ['Lê', 5], ['Điêu', 5], ['Sầm', 4], ['Vi', 4], ['Lự', 3]]),
    '04': kinhLike([['Lâm', 12], ['Lý', 10], ['Trương', 10], ['Quách', 6], ['Mã', 6], ['Hứa', 6], ['Tăng', 6], ['Lưu', 6], ['Trần', 6], ['Diệp', 5], ['Châu', 5], ['Hoàng', 5], ['Hồng', 4]]),
    '06': kinhLike([['Bùi', 35], ['Đinh', 20], ['Quách', 10], ['Hà', 10], ['Xa', 5], ['Cao', 5], ['Trương', 5]]),
    '07': kinhLike([['Hoàng', 20], ['Nông', 15], ['Lý', 10], ['Vi', 8], ['Lăng', 6], ['Mã', 5], ['Lục', 5], ['Chu', 5], ['Đinh', 4], ['Hứa', 4], ['Dương', 4]]),
    '09': kinhLike([['Triệu', 30], ['Bàn', 25], ['Lý', 15], ['Đặng', 15], ['Phùn', 5], ['Chảo', 5], ['Tẩn', 5]]),
    '13': kinhLike([['Đinh', 60], ['Nguyễn', 15], ['Phạm', 15], ['Lê', 10]]),
    '14': kinhLike([['Đinh', 30], ['Nguyễn', 20], ['Hồ', 20], ['Lê', 15], ['Trần', 15]]),
    '16': kinhLike([['Liêng', 20], ['Ka', 20], ['Kơ Să', 15], ['Bon', 15], ['Cil', 10], ['Ha', 10]]),
    '17': kinhLike([['Đàng', 15], ['Quảng', 12], ['Thiên', 10], ['Báo', 8], ['Lưu', 8], ['Trượng', 5], ['Thuận', 5], ['Hán', 5], ['Châu', 5]]),
    '19': kinhLike([['Đinh', 50], ['Phạm', 20], ['Nguyễn', 15], ['Huỳnh', 15]]),
    '20': kinhLike([['Điểu', 60], ['Lê', 20], ['Đinh', 20]]),
    '21': kinhLike([['Pinăng', 30], ['Chamaléa', 30], ['Mấu', 15], ['Katơr', 10], ['Bo Bo', 15]]),
    '08': {
        surnames: nfc([['Giàng', 18], ['Sùng', 15], ['Vàng', 15], ['Thào', 12], ['Lý', 10], ['Hầu', 8], ['Mùa', 8], ['Vừ', 7], ['Hờ', 4], ['Lầu', 3]]),
        order: 'SURNAME_FIRST',
        matrilineal: false,
        middle: { male: nfc([['A', 40], ['Seo', 25], ['Văn', 20], ['Mí', 15]]), female: nfc([['Thị', 85], ['Mí', 15]]) },
        given: {
            male: list('Páo, Sử, Chứ, Dế, Chính, Lử, Dình, Tủa, Sính, Lềnh, Pó, Súa, Chư, Chá, Cở'),
            female: list('Mai, Súa, Dở, Máy, Ly, Dua, Pà, Chở, Sua, Mỷ, Xúa, Dợ, Lan, Say'),
        },
    },
    '05': {
        surnames: nfc([['Thạch', 25], ['Danh', 20], ['Sơn', 15], ['Kim', 10], ['Lâm', 8], ['Châu', 6], ['Lý', 5], ['Huỳnh', 5], ['Trần', 3], ['Tăng', 3]]),
        order: 'SURNAME_FIRST',
        matrilineal: false,
        middle: { male: nfc([['', 70], ['Văn', 30]]), female: nfc([['Thị', 70], ['', 30]]) },
        given: {
            male: list('Sô Phal, Sa Rươn, Chanh Đa, Sóc, Ni, Kha, Rát, Sang, Thi, Sô Khum, Ca Ry, Phươl'),
            female: list('Sa Rết, Sa Rươl, Chanh Thy, Sóc Phia, Mây, Ngọc Thy, Sa Muôn, Sô Phia, Mỹ, Thu Ry'),
        },
    },
    '12': {
        surnames: nfc([['Niê', 25], ['Êban', 15], ['Mlô', 12], ['Byă', 10], ['Ksơr', 8], ['Hmok', 6], ['Adrơng', 6], ['Êñuôl', 5], ['Kbuôr', 4], ['Ayŭn', 4]]),
        order: 'SURNAME_LAST',
        matrilineal: true,
        middle: { male: nfc([['Y', 1]]), female: nfc([['', 1]]) },
        given: {
            male: list('Moan, Nguyên, Bhin, Blô, Djhang, Bhiêr, Wơn, Knul, Hin, Juh, Thịnh, Ngọc'),
            female: list("H'Hen, H'Blang, H'Lin, H'Nga, H'Mai, H'Yun, H'Nhi, H'Ben, H'Drim, H'Hơ"),
        },
    },
    '10': {
        surnames: nfc([['Ksor', 25], ['Siu', 20], ['Rơ Châm', 15], ['Rơ Mah', 15], ['Kpă', 10], ['Nay', 10], ['Rah Lan', 5]]),
        order: 'SURNAME_FIRST',
        matrilineal: true,
        middle: { male: nfc([['', 1]]), female: nfc([['', 1]]) },
        given: {
            male: list('Phun, Blek, Nham, Ơi, Lâm, Thân, Dũ, Yih, Bư, Hyơk, Đức, Ưng'),
            female: list("H'Lan, H'Nga, H'Mai, Ly, Hnơm, H'Bia, H'Ớt, Nhung, H'Yă, Khuê"),
        },
    },
}; // prettier-ignore
