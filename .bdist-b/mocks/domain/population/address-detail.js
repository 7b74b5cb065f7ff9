const list = (text) => text.split(',').map((s) => s.trim().normalize('NFC'));
/**
 * Streets named after figures and dates found in most Vietnamese towns.
 * @see drawAddressDetail
 */
export const STREET_NAMES = list('Trần Hưng Đạo, Lê Lợi, Nguyễn Trãi, Hai Bà Trưng, Lý Thường Kiệt, Quang Trung, Nguyễn Huệ,' +
    ' Hùng Vương, Lê Duẩn, Phan Bội Châu, Nguyễn Du, Hoàng Diệu, Điện Biên Phủ, 30 Tháng 4,' +
    ' Cách Mạng Tháng Tám, Võ Thị Sáu, Nguyễn Thị Minh Khai, Trường Chinh, Lê Thánh Tông,' +
    ' Bà Triệu, Trần Phú, Lê Hồng Phong, Phạm Văn Đồng, Nguyễn Văn Cừ, Ngô Quyền, Lý Thái Tổ,' +
    ' Nguyễn Văn Linh, Tôn Đức Thắng, Lạc Long Quân, Âu Cơ');
const VILLAGES = {
    north: list('Đông, Đoài, Thượng, Hạ, Trung, Tân Lập, Đồng Tâm, Quyết Tiến, Đoàn Kết, Thống Nhất,' +
        ' Tiền Phong, Yên Thịnh, Phú Mỹ, An Lạc, Hòa Bình'),
    south: list('Tân Trung, Bình Trung, Long Thạnh, Mỹ Hòa, Thạnh Lợi, Phú Mỹ, Tân Hòa, Bình An, An Phú,' +
        ' Phước Hưng, Long Hòa, Hòa Thuận, Tân Thạnh, Vĩnh Phú, Mỹ Lợi'),
    upland: list('Nà Sản, Pá Khoang, Huổi Lếch, Nậm Cang, Co Mạ, Phiêng Pằn, Tà Xùa, Sín Chải, Nà Tấu,' +
        ' Khuổi Tát, Bản Phố, Lũng Pù, Nậm Ty, Pác Ngòi'),
    highland: list('Ko Sier, Ea Tu, Kmrơng Prông, Alê A, Ea Kmar, Tơng Jũ, Ốp, Chuet, Kon Klor, Tơ Nghia,' +
        ' Ia Mơr, Đăk Rơ Wa'),
};
const UPLAND_ETHNICITIES = new Set(['02', '03', '06', '07', '08', '09']);
const HIGHLAND_ETHNICITIES = new Set(['10', '12', '13', '14', '16', '19', '20']);
/**
 * A `chiTiet` for a household in a commune of this type and region. Highland and upland
 * households (by the head's ethnicity) live in buôn/plei and bản.
 * @see specs/common.yaml `Address`
 */
export function drawAddressDetail(rng, communeType, region, ethnicity) {
    const street = rng.pick(STREET_NAMES);
    const house = rng.int(1, 250);
    const block = rng.int(1, 12);
    if (communeType === 'PHUONG') {
        if (region === 'NORTH') {
            return rng.chance(0.5)
                ? `Số ${house}, ngõ ${rng.int(2, 320)}, phố ${street}, tổ dân phố ${block}`
                : `Số ${house}, phố ${street}, tổ dân phố ${block}`;
        }
        if (region === 'SOUTH' && rng.chance(0.5)) {
            return `Số ${house}, hẻm ${rng.int(2, 180)}, đường ${street}, khu phố ${block}`;
        }
        return `Số ${house}, đường ${street}, ${region === 'SOUTH' ? 'khu phố' : 'tổ dân phố'} ${block}`;
    }
    if (HIGHLAND_ETHNICITIES.has(ethnicity)) {
        const village = rng.pick(VILLAGES.highland);
        return ethnicity === '12' ? `Buôn ${village}` : `Plei ${village}`;
    }
    if (UPLAND_ETHNICITIES.has(ethnicity) && region === 'NORTH') {
        return `Bản ${rng.pick(VILLAGES.upland)}`;
    }
    if (region === 'SOUTH')
        return `Ấp ${rng.pick(VILLAGES.south)}, tổ ${block}`;
    return rng.chance(0.6) ? `Thôn ${rng.pick(VILLAGES.north)}` : `Xóm ${block}`;
}
/**
 * A lodging for a temporary residence: a room in a boarding house (nhà trọ) on a street.
 * @see specs/cutru.yaml `TemporaryResidence`
 */
export function drawLodgingDetail(rng, region) {
    const street = rng.pick(STREET_NAMES);
    const room = `Phòng ${rng.int(1, 5)}${String(rng.int(1, 20)).padStart(2, '0')}`;
    const lodging = `nhà trọ ${rng.pick(VILLAGES.south)}`;
    return region === 'NORTH'
        ? `${room}, ${lodging}, ngõ ${rng.int(2, 320)}, phố ${street}`
        : `${room}, ${lodging}, đường ${street}, khu phố ${rng.int(1, 12)}`;
}
