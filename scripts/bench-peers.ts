/**
 * Peer tools for the bench table: retext (unified + retext-latin) with retext-repeated-words, the same with
 * retext-spell + nspell + dictionary-vi, and nspell alone over every word. They are devDependencies (dictionary-vi
 * is GPL: fine for measuring, never shipped — `npm run audit` checks the production tree). They are loaded from
 * this project's node_modules, or from the folder named by BENCH_PEERS; when absent the bench says so and skips them.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { pathToFileURL } from 'url';

export const PEER_PACKAGES = ['retext', 'retext-repeated-words', 'retext-spell', 'nspell', 'dictionary-vi'] as const;

function packageDir(name: string): string | undefined {
  const roots = [process.env.BENCH_PEERS, join(__dirname, '..')].filter((r): r is string => !!r);
  return roots.map((r) => join(r, 'node_modules', name)).find((d) => existsSync(join(d, 'package.json')));
}

/** The ESM entry of a package: its "exports" (string or "."), else "main", else index.js. */
function entryOf(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const dot = typeof pkg.exports === 'string' ? pkg.exports : pkg.exports?.['.'];
  const entry = typeof dot === 'string' ? dot : (dot?.import ?? dot?.default ?? pkg.main ?? 'index.js');
  return join(dir, entry);
}

async function load(name: string): Promise<Record<string, unknown>> {
  const dir = packageDir(name);
  if (!dir) throw new Error(`${name} not installed`);
  // Through new Function so the CommonJS build tsx makes keeps a real dynamic import (these packages are ESM).
  const dynamicImport = new Function('u', 'return import(u)') as (u: string) => Promise<Record<string, unknown>>;
  return dynamicImport(pathToFileURL(entryOf(dir)).href);
}

export function peerVersions(): string[] {
  return PEER_PACKAGES.flatMap((name) => {
    const dir = packageDir(name);
    return dir ? [`${name}@${JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version}`] : [];
  });
}

export interface Peer {
  label: string;
  run(text: string): unknown;
}

/** Ready-to-run peers, or the reason they are missing. */
export async function loadPeers(): Promise<{ peers: Peer[]; missing?: string }> {
  try {
    const { retext } = (await load('retext')) as { retext: () => any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const repeated = (await load('retext-repeated-words')).default;
    const spell = (await load('retext-spell')).default;
    const nspell = (await load('nspell')).default as (
      aff: Uint8Array,
      dic: Uint8Array,
    ) => { correct(w: string): boolean };
    const dictionary = (await load('dictionary-vi')).default as { aff: Uint8Array; dic: Uint8Array };
    const repeatedOnly = retext().use(repeated).freeze();
    const withSpell = retext().use(repeated).use(spell, { dictionary }).freeze();
    const speller = nspell(dictionary.aff, dictionary.dic);
    const word = /[\p{L}\p{M}]+/gu;
    return {
      peers: [
        { label: 'retext + repeated-words', run: (text) => repeatedOnly.processSync(text) },
        { label: 'retext + repeated + spell (vi)', run: (text) => withSpell.processSync(text) },
        {
          label: 'nspell over every word',
          run: (text) => {
            let wrong = 0;
            for (const m of text.matchAll(word)) if (!speller.correct(m[0])) wrong++;
            return wrong;
          },
        },
      ],
    };
  } catch (e) {
    return { peers: [], missing: (e as Error).message };
  }
}
