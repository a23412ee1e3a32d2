/**
 * npm run bench:realworld -- FOLDER: the checker on real pages judged by a proofreader, in one
 * process. Each case folder holds page.html (or .md), profile.json and truth.json ({ words,
 * defects: [{ check, quote, optional? }], promises: [{ kind, quote }] }); a profile.pass2.json
 * with truth.pass2.json is the same page against a changed profile. Prints, per case and in all:
 * precision of errors and warnings, false alarms per 1,000 words, unmatched info notes, recall of
 * required defects, promise extraction and pass-2 recall, matched as the shared scorer matches.
 * VERBOSE=1 lists every confirmed finding, false alarm and miss.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readMaterial } from '../cli/load-material';
import { closeOcr } from '../cli/node-environment';
import { checkMaterials } from '../engine/engine';
import { parseProfileJson } from '../engine/profile/validate';
import type { Report } from '../engine/report/types';
import { createHunspellChecker } from '../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../cli/spelling/node-dictionaries';

interface Defect {
  check: string;
  quote: string;
  optional?: boolean;
  note?: string;
}
interface Truth {
  words?: number;
  defects?: Defect[];
  promises?: { kind: string; quote: string }[];
}
type ReportFinding = Report['findings'][number];

const VERBOSE = process.env.VERBOSE === '1';
const spellChecker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);

const norm = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"'`’‘]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
const punctNorm = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
const isShort = (q: string) => norm(q).length < 3 || !/[\p{L}\p{N}_]/u.test(norm(q));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (row[j] = previous[j - 1]! + 1));
    previous = row;
  }
  return best;
}

/** One quote contains the other on word boundaries, or they share a run of 60 % of the shorter. */
function overlaps(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (x.length < 3 || y.length < 3) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (new RegExp(`(?<![\\p{L}\\p{N}_])${escape(short)}(?![\\p{L}\\p{N}_])`, 'u').test(long)) return true;
  return short.length >= 10 && longestCommonRun(short, long) >= 0.6 * short.length;
}

/** One finding to one defect: required defects first, the closest quote wins. */
function match(defects: Defect[], findings: ReportFinding[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const order = defects.map((_, i) => i).sort((a, b) => Number(!!defects[a]!.optional) - Number(!!defects[b]!.optional) || a - b);
  for (const di of order) {
    const defect = defects[di]!;
    let best: { score: [number, number]; fi: number } | null = null;
    findings.forEach((finding, fi) => {
      if (pairs.has(fi) || isShort(finding.quote)) return;
      if (defect.optional && defect.check === 'typography' && finding.check !== 'typography') return;
      if (!overlaps(defect.quote, finding.quote)) return;
      const [a, b] = [norm(defect.quote), norm(finding.quote)];
      const score: [number, number] = [a.includes(b) || b.includes(a) ? 0 : 1, Math.abs(b.length - a.length)];
      if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) best = { score, fi };
    });
    if (best) {
      pairs.set((best as { fi: number }).fi, di);
      taken.add(di);
    }
  }
  findings.forEach((finding, fi) => {
    if (pairs.has(fi) || !isShort(finding.quote) || !punctNorm(finding.quote)) return;
    const di = order.find((d) => !taken.has(d) && defects[d]!.check === 'typography' && punctNorm(defects[d]!.quote).includes(punctNorm(finding.quote)));
    if (di !== undefined) {
      pairs.set(fi, di);
      taken.add(di);
    }
  });
  return pairs;
}

const CONTACT = new Set(['phone', 'address', 'email', 'name', 'url']);
const LOOSE = [
  ['free', 'price', 'discount', 'offered'],
  ['guarantee', 'policy'],
  ['loyalty', 'discount'],
];
const group = (kind: string) => (CONTACT.has(kind) ? 'contact' : kind);
const kindsMatch = (a: string, b: string) => group(a) === group(b) || LOOSE.some((g) => g.includes(group(a)) && g.includes(group(b)));

interface Score {
  required: number;
  hit: number;
  matchedLoud: number;
  falseAlarms: ReportFinding[];
  quiet: number;
  missed: Defect[];
  confirmed: ReportFinding[];
}

function scoreFindings(defects: Defect[], report: Report): Score {
  const pairs = match(defects, report.findings);
  const loud = (f: ReportFinding) => f.severity === 'error' || f.severity === 'warning';
  const found = new Set([...pairs].filter(([fi]) => loud(report.findings[fi]!)).map(([, di]) => di));
  const required = defects.map((d, i) => (d.optional ? -1 : i)).filter((i) => i >= 0);
  const unmatched = report.findings.filter((_, fi) => !pairs.has(fi));
  return {
    required: required.length,
    hit: required.filter((i) => found.has(i)).length,
    matchedLoud: [...pairs.keys()].filter((fi) => loud(report.findings[fi]!)).length,
    falseAlarms: unmatched.filter(loud),
    quiet: unmatched.filter((f) => !loud(f)).length,
    missed: required.filter((i) => !found.has(i)).map((i) => defects[i]!),
    confirmed: [...pairs.keys()].map((fi) => report.findings[fi]!).filter(loud),
  };
}

function scorePromises(truth: NonNullable<Truth['promises']>, report: Report): { got: number; missing: string[] } {
  const used = new Set<number>();
  const missing: string[] = [];
  for (const promise of truth) {
    const at = report.promises.findIndex((p, pi) => !used.has(pi) && kindsMatch(promise.kind, p.kind) && overlaps(promise.quote, p.quote));
    if (at >= 0) used.add(at);
    else missing.push(`${promise.kind}: ${promise.quote}`);
  }
  return { got: truth.length - missing.length, missing };
}

async function reportFor(page: string, profilePath: string): Promise<Report> {
  const parsed = parseProfileJson(readFileSync(profilePath, 'utf8'));
  if (!parsed.ok) throw new Error(`${profilePath}: invalid profile`);
  return checkMaterials([await readMaterial(page, 's1')], parsed.profile, { spellChecker });
}

async function main(root: string): Promise<void> {
  const cases = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'truth.json')))
    .sort();
  const total = { words: 0, required: 0, hit: 0, loud: 0, falseAlarms: 0, quiet: 0, promises: 0, extracted: 0, pass2: 0, pass2Hit: 0 };
  const families = new Map<string, number>();
  const started = process.cpuUsage();
  for (const name of cases) {
    const dir = join(root, name);
    const page = ['page.html', 'page.htm', 'page.md'].map((file) => join(dir, file)).find(existsSync)!;
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
    const report = await reportFor(page, join(dir, 'profile.json'));
    const score = scoreFindings(truth.defects ?? [], report);
    const promises = scorePromises(truth.promises ?? [], report);
    total.words += truth.words ?? 0;
    total.required += score.required;
    total.hit += score.hit;
    total.loud += score.matchedLoud;
    total.falseAlarms += score.falseAlarms.length;
    total.quiet += score.quiet;
    total.promises += truth.promises?.length ?? 0;
    total.extracted += promises.got;
    for (const f of score.falseAlarms) families.set(f.check, (families.get(f.check) ?? 0) + 1);
    let line = `${name.padEnd(26)} words ${String(truth.words ?? 0).padStart(5)}  recall ${score.hit}/${score.required}  FA ${score.falseAlarms.length}  notes ${score.quiet}  extraction ${promises.got}/${truth.promises?.length ?? 0}`;
    if (existsSync(join(dir, 'truth.pass2.json'))) {
      const truth2 = JSON.parse(readFileSync(join(dir, 'truth.pass2.json'), 'utf8')) as Truth;
      const score2 = scoreFindings(truth2.defects ?? [], await reportFor(page, join(dir, 'profile.pass2.json')));
      total.pass2 += score2.required;
      total.pass2Hit += score2.hit;
      line += `  pass-2 ${score2.hit}/${score2.required}`;
      if (VERBOSE) line += score2.missed.map((d) => `\n  PASS-2 MISSED ${d.check}: ${JSON.stringify(d.quote)}`).join('');
    }
    console.log(line);
    if (VERBOSE) {
      for (const f of score.confirmed) console.log(`  CONFIRMED ${f.check}/${f.severity}: ${JSON.stringify(f.quote)}`);
      for (const f of score.falseAlarms) console.log(`  FALSE ${f.check}/${f.severity}: ${JSON.stringify(f.quote)} — ${f.message.slice(0, 90)}`);
      for (const d of score.missed) console.log(`  MISSED ${d.check}: ${JSON.stringify(d.quote)}`);
      for (const p of promises.missing) console.log(`  NOT EXTRACTED ${p}`);
    }
  }
  const cpu = process.cpuUsage(started);
  const per1000 = (n: number) => ((1000 * n) / Math.max(total.words, 1)).toFixed(1);
  console.log(
    `false alarms by family: ${
      [...families]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
  );
  console.log(
    `realworld: precision ${(total.loud / Math.max(total.loud + total.falseAlarms, 1)).toFixed(2)}, false alarms ${per1000(total.falseAlarms)} per 1000 words, ` +
      `unmatched notes ${per1000(total.quiet)} per 1000 words, recall ${(total.hit / Math.max(total.required, 1)).toFixed(2)} (${total.hit}/${total.required}), ` +
      `extraction ${(total.extracted / Math.max(total.promises, 1)).toFixed(2)} (${total.extracted}/${total.promises})` +
      (total.pass2 ? `, pass-2 ${(total.pass2Hit / total.pass2).toFixed(2)}` : '') +
      `; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s for ${total.words} words`,
  );
}

const root = process.argv[2];
if (!root) {
  console.error('usage: npm run bench:realworld -- FOLDER (case folders with page.html, profile.json, truth.json)');
  process.exitCode = 2;
} else {
  main(resolve(root)).finally(() => closeOcr());
}
