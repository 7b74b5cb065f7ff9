/**
 * The summary of a registration as `hotichFindRegistrations` lists it: the child's or the
 * deceased's name, the status (and MOJ error), the date of registration once registered.
 * @see specs/hotich.yaml `RegistrationSummary`
 */
export function summaryOf(record) {
    const { view } = record;
    const hoTen = record.kind === 'KHAI_SINH' ? record.view.treEm.hoTen : record.view.nguoiChet.hoTen;
    return {
        maDangKy: view.maDangKy,
        loai: record.kind,
        maHoSo: view.maHoSo,
        maXaDangKy: view.maXaDangKy,
        trangThai: view.trangThai,
        trangThaiMoTa: view.trangThaiMoTa,
        ...(view.maLoi !== undefined ? { maLoi: view.maLoi } : {}),
        hoTen,
        thoiDiemTiepNhan: view.thoiDiemTiepNhan,
        ...(view.ngayDangKy !== undefined ? { ngayDangKy: view.ngayDangKy } : {}),
    };
}
