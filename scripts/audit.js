#!/usr/bin/env node
/**
 * npm run audit — what the add-in ships: every production dependency (the tree `npm ls --omit=dev` gives) with its
 * version and licence, refusing licences outside the permissive list (no GPL-family code or data in the add-in).
 * Then it tries the real `npm audit --omit=dev`; where the advisory service cannot be reached (as on the build
 * machines) it says so instead of failing.
 *
 *   node scripts/audit.js [--json] [--no-advisories]
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'Unlicense', 'CC0-1.0']);

/** Licence ids of a package.json ("MIT", "(MIT OR Apache-2.0)", legacy { type } objects). */
function licenceOf(pkg) {
  const raw = pkg.license ?? pkg.licenses ?? '';
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw)) return raw.map((l) => l.type ?? l).join(' OR ');
  return raw.type ?? '';
}

/** True when at least one alternative of an SPDX expression is permissive ("MIT OR GPL-2.0" is fine). */
function isPermissive(expression) {
  const alternatives = expression.replace(/[()]/g, '').split(/\s+OR\s+/i);
  return alternatives.some((alt) => alt.split(/\s+AND\s+/i).every((id) => PERMISSIVE.has(id.trim())));
}

function productionTree() {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable', '--long'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const packages = new Map();
  for (const line of out.split('\n').slice(1)) {
    const dir = line.split(':')[0];
    if (!dir) continue;
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (!packages.has(key)) packages.set(key, { name: pkg.name, version: pkg.version, licence: licenceOf(pkg) });
  }
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function advisories() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  try {
    const report = JSON.parse(run.stdout);
    if (report.metadata?.vulnerabilities) return { reached: true, counts: report.metadata.vulnerabilities };
    return { reached: false, reason: report.message ?? report.error?.summary ?? 'no report' };
  } catch {
    return { reached: false, reason: (run.stderr || run.error?.message || 'no answer').split('\n')[0] };
  }
}

function main() {
  const json = process.argv.includes('--json');
  const tree = productionTree();
  const refused = tree.filter((p) => !isPermissive(p.licence));
  const audit = process.argv.includes('--no-advisories') ? null : advisories();
  if (json) {
    console.log(JSON.stringify({ packages: tree, refused, advisories: audit }, null, 2));
  } else {
    for (const p of tree) console.log(`${p.name}@${p.version}\t${p.licence || '(no licence)'}`);
    console.log(`\n${tree.length} production packages; ${refused.length} with a licence outside the permissive list.`);
    for (const p of refused) console.log(`  refused: ${p.name}@${p.version} (${p.licence || 'no licence'})`);
    if (audit?.reached) console.log(`npm audit --omit=dev: ${JSON.stringify(audit.counts)}`);
    else if (audit) console.log(`npm audit --omit=dev could not reach the advisory service (${audit.reason}).`);
  }
  process.exit(refused.length ? 1 : 0);
}

if (require.main === module) main();
module.exports = { isPermissive, licenceOf };
