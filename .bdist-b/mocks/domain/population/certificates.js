/**
 * Medical certificates the yte mock serves: the birth certificate (GCS) a facility issues before
 * the child leaves, pending until the birth is registered, and the death notice (GBT) for a death
 * at a facility. Codes come from yearly per-facility sequences, so they never collide.
 * @see DOMAIN.md §3 step 0, §4 step 0, §6.3; specs/yte.yaml
 */
import { generateBirthCertificateCode, generateDeathNoticeCode } from '../identifiers/index.js';
import { yearOfDay } from './days.js';
import { GENERAL_HOSPITAL, MATERNITY_HOSPITAL, REGIONAL_CENTRES } from './facilities.js';
import { drawName } from './names.js';
import { isMatrilineal } from './names.js';
/**
 * Where births take place: the provincial general hospital, the maternity hospital (twice as
 * likely) or a regional health centre.
 */
const BIRTH_FACILITIES = [
    GENERAL_HOSPITAL,
    MATERNITY_HOSPITAL,
    MATERNITY_HOSPITAL,
    ...REGIONAL_CENTRES,
];
/**
 * Issues a birth certificate at a facility of the mother's province (the provincial hospitals or
 * a regional health centre): time of birth, weight (about 3,100 g), a caesarean in a third of
 * births, the intended name with the lineage's family name, issued 0–2 days after birth.
 * @see specs/yte.yaml `BirthCertificate`
 */
export function issueBirthCertificate(ctx, facts) {
    const { rng, today } = ctx;
    const { mother, father } = facts;
    const province = mother.currentAddress.provinceCode;
    const facility = `${province}${rng.pick(BIRTH_FACILITIES)}`;
    const minute = rng.int(0, 24 * 60 - 1);
    const issuedDay = Math.min(facts.birthDay + rng.int(0, 2), today);
    const lineage = father === null || (isMatrilineal(mother.ethnicity) && father.ethnicity === mother.ethnicity)
        ? mother
        : father;
    const intendedName = facts.child?.fullName ??
        drawName(rng, {
            ethnicity: lineage.ethnicity,
            sex: facts.sex,
            birthYear: yearOfDay(facts.birthDay),
            region: ctx.region(province),
            surname: lineage.surname,
        }).fullName;
    const attendant = drawName(rng, {
        ethnicity: '01',
        sex: 'FEMALE',
        birthYear: rng.int(1968, 1998),
        region: ctx.region(province),
    }).fullName;
    const year = yearOfDay(facts.birthDay);
    const sequence = ctx.nextSequence(`GCS.${facility}.${year}`, () => rng.int(1, 400));
    const certificate = {
        code: generateBirthCertificateCode({ sequence, facilityCode: facility, year }),
        facilityCode: facility,
        motherId: mother.id,
        birthTime: instant(ctx, facts.birthDay, minute),
        sex: facts.sex,
        weightGrams: birthWeight(ctx),
        intendedName,
        caesarean: rng.chance(0.35),
        attendant,
        issuedAt: instant(ctx, issuedDay, Math.max(8 * 60 + rng.int(0, 540), issuedDay === facts.birthDay ? minute + 60 : 0)),
        status: facts.child === undefined ? 'PENDING' : 'REGISTERED',
        childId: facts.child?.id ?? null,
    };
    ctx.birthCertificates.set(certificate.code, certificate);
    if (certificate.status === 'PENDING')
        ctx.expectingMothers.add(mother.id);
    return certificate;
}
/**
 * Issues the death notice of a death at a facility of the person's province, the same day.
 * @see specs/yte.yaml `DeathNotice`
 */
export function issueDeathNotice(ctx, person, deathDay) {
    const { rng } = ctx;
    const province = person.currentAddress.provinceCode;
    const facility = `${province}${rng.pick([GENERAL_HOSPITAL, ...REGIONAL_CENTRES])}`;
    const year = yearOfDay(deathDay);
    const sequence = ctx.nextSequence(`GBT.${facility}.${year}`, () => rng.int(1, 40));
    const minute = rng.int(0, 20 * 60);
    const notice = {
        code: generateDeathNoticeCode({ sequence, facilityCode: facility, year }),
        facilityCode: facility,
        personId: person.id,
        deathTime: instant(ctx, deathDay, minute),
        issuedAt: instant(ctx, deathDay, minute + rng.int(60, 240)),
    };
    ctx.deathNotices.set(person.id, notice);
    return notice;
}
/** ISO 8601 at +07:00 of a day and a minute of that day (capped at 23:59). */
function instant(ctx, day, minuteOfDay) {
    const minutes = Math.min(minuteOfDay, 24 * 60 - 1);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${ctx.date(day)}T${hh}:${mm}:00+07:00`;
}
/** Birth weight in grams: roughly normal around 3,100 g (sum of three uniforms), 1,600–4,600 g. */
function birthWeight(ctx) {
    const { rng } = ctx;
    const spread = (rng.float() + rng.float() + rng.float() - 1.5) * 900;
    return Math.round(Math.min(4600, Math.max(1600, 3100 + spread)) / 10) * 10;
}
