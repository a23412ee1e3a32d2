// Moves files (git mv) and rewrites every import specifier that points at a moved file.
// usage: node scratch/move.mjs map.txt   (lines: old new; a directory moves whole)
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
const root = process.cwd();
const lines = readFileSync(process.argv[2], 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const files = execSync('git ls-files', { encoding: 'utf8' }).split('\n').filter(Boolean);
const pairs = lines.map((l) => l.split(/\s+/));
const fileMap = new Map();
for (const [from, to] of pairs) {
  const isDir = statSync(from).isDirectory();
  for (const f of files) {
    if (isDir ? f.startsWith(from + '/') : f === from) {
      const target = isDir ? to + f.slice(from.length) : to;
      if (!fileMap.has(f)) fileMap.set(f, target);
    }
  }
}
const newOf = (f) => fileMap.get(f) ?? f;
const code = files.filter((f) => /\.(ts|tsx|mts|mjs|js)$/.test(f) && !f.startsWith('node_modules'));
const EXTS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.json', '/index.ts', '/index.tsx'];
function resolveSpec(fromFile, spec) {
  let base;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('./') || spec.startsWith('../')) base = join(dirname(fromFile), spec);
  else return null;
  const [path, query] = base.split('?');
  for (const e of EXTS) { const p = join(path + e); if (files.includes(p)) return { file: p, ext: e, query }; }
  return null;
}
const SPEC = /((?:from|import|mock|import\(|vi\.mock\(|new URL\()\s*['"])([^'"]+)(['"])/g;
const out = new Map();
for (const f of code) {
  const text = readFileSync(f, 'utf8');
  const nf = newOf(f);
  const next = text.replace(SPEC, (all, pre, spec, post) => {
    const r = resolveSpec(f, spec);
    if (!r) return all;
    const target = newOf(r.file);
    if (target === r.file && nf === f) return all;
    let stem = target;
    if (r.ext && r.ext !== '' ) stem = target.endsWith(r.ext) ? target.slice(0, -r.ext.length) : target;
    if (r.ext.startsWith('/index')) stem = target.slice(0, -r.ext.length);
    let ns;
    if (spec.startsWith('@/')) ns = '@/' + stem;
    else { ns = relative(dirname(nf), stem); if (!ns.startsWith('.')) ns = './' + ns; }
    if (r.query) ns += '?' + r.query;
    return pre + ns + post;
  });
  if (next !== text) out.set(f, next);
}
for (const [f, text] of out) writeFileSync(f, text);
for (const [from, to] of fileMap) { execSync(`mkdir -p ${dirname(to)} && git mv ${from} ${to}`); }
console.log(`moved ${fileMap.size} files, rewrote ${out.size}`);
writeFileSync('scratch/moved.json', JSON.stringify(Object.fromEntries(fileMap), null, 1));
