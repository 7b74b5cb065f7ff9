/**
 * Tone-mark placement in Vietnamese. Two spellings of the same syllable coexist: the old style
 * (kiểu cũ) puts the tone on the first vowel of an open `oa`, `oe`, `uy` ("Hòa", "khỏe",
 * "Thủy"); the new style (kiểu mới) puts it on the second ("Hoà", "khoẻ", "Thuỷ"). Official
 * data mixes them (the shared unit catalogue has both "Hòa" and "Hoà"). Only these open
 * syllables differ: with a final consonant both styles agree ("Hoàng", "Quỳnh"), and after
 * `q` the `u` is part of the consonant ("Quý"). No mark is ever dropped, only moved.
 */
/** Which placement to produce. */
export type ToneMarkStyle = 'old' | 'new';
/**
 * Moves tone marks of open `oa` / `oe` / `uy` syllables to one placement (default the old style,
 * "Hoà" → "Hòa"), keeping case and every diacritic; the result is NFC. Use it to build
 * comparison keys only: stored names keep the spelling they were given.
 * @see ../shared/data/README.md ("names mix tone-mark styles")
 * @see https://vi.wikipedia.org/wiki/Quy_tắc_đặt_dấu_thanh_trong_chữ_quốc_ngữ
 */
export declare function toneMarkCanonical(text: string, style?: ToneMarkStyle): string;
