/**
 * Unit-type changes already applied to the bundled file, as data, so that a catalogue for an
 * earlier date can be rebuilt (SANDBOX DEFAULT: the unit catalogue is versioned by date).
 * Transcribed from the file's `amendments_applied`; a test checks they agree.
 * @see DOMAIN.md §6.6; admin-units-2025.json `amendments_applied`
 */
export const UNIT_TYPE_CHANGES = [
    {
        effective: '2026-04-30',
        resolution: '30/2026/QH16',
        level: 'PROVINCE',
        codes: ['75'],
        from: 'TINH',
        to: 'THANH_PHO_TRUNG_UONG',
    },
    {
        effective: '2026-04-30',
        resolution: '237/NQ-UBTVQH16',
        level: 'COMMUNE',
        codes: [
            '25270',
            '25357',
            '25363',
            '26116',
            '26170',
            '26248',
            '26326',
            '26368',
            '26425',
            '26485',
        ],
        from: 'XA',
        to: 'PHUONG',
    },
    {
        effective: '2026-09-01',
        resolution: '36/2026/QH16',
        level: 'PROVINCE',
        codes: ['22'],
        from: 'TINH',
        to: 'THANH_PHO_TRUNG_UONG',
    },
    {
        effective: '2026-09-20',
        resolution: '39/2026/QH16',
        level: 'PROVINCE',
        codes: ['24'],
        from: 'TINH',
        to: 'THANH_PHO_TRUNG_UONG',
    },
    {
        effective: '2026-09-20',
        resolution: '388/NQ-UBTVQH16',
        level: 'COMMUNE',
        codes: [
            ...['07294', '07375', '07399', '07444', '07840', '09193'],
            ...['09292', '09313', '09319', '09454', '09475', '09496'],
        ],
        from: 'XA',
        to: 'PHUONG',
    },
];
/** The word that opens an official unit name, per type. */
const NAME_PREFIX = {
    TINH: 'Tỉnh',
    THANH_PHO_TRUNG_UONG: 'Thành phố',
    XA: 'Xã',
    PHUONG: 'Phường',
    DAC_KHU: 'Đặc khu',
};
/**
 * The changes in force after `date` but already applied to `data` (so to be undone for `date`).
 * @see UNIT_TYPE_CHANGES
 */
export function changesAfter(data, date, changes = UNIT_TYPE_CHANGES) {
    return changes.filter((c) => c.effective > date && c.effective <= data.asOf);
}
/**
 * Rebuilds unit types and names as they were on `date` by undoing later changes.
 * Dates on or after `data.asOf` return `data` unchanged (later changes are unknown).
 * @see DOMAIN.md §6.6 (SANDBOX DEFAULT: catalogue versioned by date)
 */
export function rollBackUnitTypes(data, date, changes = UNIT_TYPE_CHANGES) {
    const undo = changesAfter(data, date, changes);
    if (undo.length === 0)
        return data;
    const reverted = new Map();
    for (const change of undo) {
        for (const code of change.codes)
            reverted.set(`${change.level}:${code}`, change);
    }
    const revert = (unit, level) => {
        const change = reverted.get(`${level}:${unit.code}`);
        if (change === undefined || unit.type !== change.to)
            return unit;
        // The table pairs a level with that level's types, so the cast is sound.
        return { ...unit, type: change.from, name: swapPrefix(unit.name, change.to, change.from) };
    };
    return {
        ...data,
        asOf: date,
        provinces: data.provinces.map((p) => revert(p, 'PROVINCE')),
        communes: data.communes.map((c) => revert(c, 'COMMUNE')),
    };
}
function swapPrefix(name, from, to) {
    const prefix = `${NAME_PREFIX[from]} `;
    return name.startsWith(prefix) ? `${NAME_PREFIX[to]} ${name.slice(prefix.length)}` : name;
}
