/**
 * Population generator benchmark: `npx tsx test/bench/population.ts [size]`.
 * For each size (default 10,000, 100,000 and 1,000,000) it runs, in a fresh child process, the
 * generator and a baseline of the same size, and prints time, retained heap and peak RSS, each
 * with its ratio to the baseline. Baseline: allocating as many plain objects with the same number
 * of fields (random 12-digit ids, names and dates from the same PRNG) and a Map by id. The
 * generator's one-off first use (parsing the admin-unit catalogue, building the facility list,
 * JIT) is timed apart, with a one-person population, and printed on its own line.
 */
import { execFileSync } from 'node:child_process';
import { createPrng, generatePopulation } from '../../mocks/domain/population/index.js';

interface Measure {
  readonly ms: number;
  readonly firstUseMs: number;
  readonly heapMb: number;
  readonly peakRssMb: number;
  readonly people: number;
}

const MB = 1024 * 1024;
const [mode, arg] = process.argv.slice(2);

if (mode === '--child') {
  const [kind, sizeText] = (arg ?? '').split(':');
  process.stdout.write(
    JSON.stringify(measure(kind === 'baseline' ? baseline : generate, Number(sizeText))),
  );
} else {
  const sizes = mode === undefined ? [10_000, 100_000, 1_000_000] : [Number(mode)];
  process.stdout.write(
    `${'size'.padStart(9)}  ${'what'.padEnd(10)} ${'time'.padStart(9)} ${'heap'.padStart(9)} ${'peak RSS'.padStart(9)}\n`,
  );
  for (const size of sizes) {
    const base = child('baseline', size);
    const gen = child('generator', size);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
    row(size, 'baseline', base, ['1.0×', '1.0×', '1.0×']);
    row(size, 'generator', gen, [
      ratio(gen.ms, base.ms),
      ratio(gen.heapMb, base.heapMb),
      ratio(gen.peakRssMb, base.peakRssMb),
    ]);
    const perThousand = (gen.ms / (gen.people / 1000)).toFixed(2);
    process.stdout.write(
      `${''.padStart(9)}  ${gen.people.toLocaleString('en')} people, ${perThousand} ms per 1,000; ` +
        `first use before it: ${gen.firstUseMs.toFixed(0)} ms\n`,
    );
  }
}

function row(size: number, what: string, m: Measure, ratios: readonly string[]): void {
  const cells = [
    `${m.ms.toFixed(0)} ms`,
    `${m.heapMb.toFixed(0)} MB`,
    `${m.peakRssMb.toFixed(0)} MB`,
  ];
  const text = cells.map((c, i) => `${c.padStart(9)} ${(ratios[i] ?? '').padStart(6)}`).join(' ');
  process.stdout.write(`${size.toLocaleString('en').padStart(9)}  ${what.padEnd(10)} ${text}\n`);
}

function child(kind: string, size: number): Measure {
  const script = process.argv[1] ?? '';
  const args = [
    ...process.execArgv,
    '--max-old-space-size=8192',
    '--expose-gc',
    script,
    '--child',
    `${kind}:${size}`,
  ];
  return JSON.parse(
    execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 }),
  ) as Measure;
}

function measure(run: (size: number) => unknown[], size: number): Measure {
  const gc = (globalThis as { gc?: () => void }).gc;
  const first = performance.now();
  if (run === generate)
    generatePopulation({ seed: 1, size: 1, referenceDate: '2026-09-15', minPerTrait: 0 });
  const firstUseMs = performance.now() - first;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const kept = run(size);
  const ms = performance.now() - start;
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - before) / MB;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { ms, firstUseMs, heapMb, peakRssMb, people: (kept[0] as number | undefined) ?? size };
}

function generate(size: number): unknown[] {
  const population = generatePopulation({ seed: 2026, size, referenceDate: '2026-09-15' });
  return [population.people.length, population];
}

/** As many plain objects of the shape of a Person (28 fields, random values), and a Map by id. */
function baseline(size: number): unknown[] {
  const rng = createPrng(2026);
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Thu Hà'];
  const people: object[] = [];
  const byId = new Map<string, object>();
  const digits = () => String(rng.int(0, 999_999)).padStart(6, '0');
  for (let i = 0; i < size; i += 1) {
    const id = digits() + digits();
    const person = {
      id, legacy: rng.chance(0.5) ? digits() : null, surname: rng.pick(names), middle: 'Văn',
      given: rng.pick(names), fullName: `${rng.pick(names)} ${i}`,
      birthDate: `19${rng.int(10, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`, sex: rng.float(),
      ethnicity: rng.float(), religion: rng.float(), nationality: 'VN', marital: rng.float(),
      birthPlace: rng.float(), registeredOn: rng.float(), hometown: rng.float(), residence: 'X',
      permanent: { detail: `Số ${rng.int(1, 200)}`, commune: rng.int(1, 32_000) }, since: rng.float(),
      temporary: null, current: rng.float(), blood: rng.float(), father: digits(), mother: digits(),
      spouse: null, household: rng.float(), relationship: rng.float(), death: null, vneid: rng.float(),
    }; // prettier-ignore
    people.push(person);
    byId.set(id, person);
  }
  return [size, people, byId];
}
