/**
 * Tone-mark placement in Vietnamese. Two spellings of the same syllable coexist: the old style
 * (kiểu cũ) puts the tone on the first vowel of an open `oa`, `oe`, `uy` ("Hòa", "khỏe",
 * "Thủy"); the new style (kiểu mới) puts it on the second ("Hoà", "khoẻ", "Thuỷ"). Official
 * data mixes them (the shared unit catalogue has both "Hòa" and "Hoà"). Only these open
 * syllables differ: with a final consonant both styles agree ("Hoàng", "Quỳnh"), and after
 * `q` the `u` is part of the consonant ("Quý"). No mark is ever dropped, only moved.
 */
// Combining tone marks after NFD: grave, acute, tilde, hook above, dot below.
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
// One rule per cluster: [new → old, old → new], applied to one word in NFD.
const RULES = [
    {
        toOld: new RegExp(`^(.*?)([oO])([aAeE])(${TONE})$`, 'u'),
        toNew: new RegExp(`^(.*?)([oO])(${TONE})([aAeE])$`, 'u'),
    },
    {
        toOld: new RegExp(`^((?:.*[^qQ])?)([uU])([yY])(${TONE})$`, 'u'),
        toNew: new RegExp(`^((?:.*[^qQ])?)([uU])(${TONE})([yY])$`, 'u'),
    },
];
const WORD = /[\p{L}\p{M}]+/gu;
/**
 * Moves tone marks of open `oa` / `oe` / `uy` syllables to one placement (default the old style,
 * "Hoà" → "Hòa"), keeping case and every diacritic; the result is NFC. Use it to build
 * comparison keys only: stored names keep the spelling they were given.
 * @see ../shared/data/README.md ("names mix tone-mark styles")
 * @see https://vi.wikipedia.org/wiki/Quy_tắc_đặt_dấu_thanh_trong_chữ_quốc_ngữ
 */
export function toneMarkCanonical(text, style = 'old') {
    return text
        .normalize('NFD')
        .replace(WORD, (word) => {
        for (const rule of RULES) {
            const pattern = style === 'old' ? rule.toOld : rule.toNew;
            if (pattern.test(word))
                return word.replace(pattern, '$1$2$4$3');
        }
        return word;
    })
        .normalize('NFC');
}
