/**
 * One tone-mark style across everything a user reads: the new style ("hoà", "uỷ", "xoá") that NĐ 30 and HD 05
 * use. Checked with the engine's own syllable analysis over the pane's strings and every rule's messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSyllable } from '../../src/core/vi/syllable';
import { allRules } from '../../src/core/rules';
import { STRINGS } from '../../src/taskpane/strings';

const root = join(__dirname, '..', '..');

/** Strings and rules that show the old style on purpose (the tone-style choice and its rule give an example). */
const SHOWS_OLD_STYLE = new Set(['toneOld', 'tone-style-mix']);

/** Old-style words outside “quotes” (a quoted official name keeps its official spelling: “CỘNG HÒA …”). */
function oldStyleWords(text: string): string[] {
  const unquoted = text.replace(/“[^”]*”/g, ' ');
  return (unquoted.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => analyzeSyllable(w.toLowerCase())?.style === 'old');
}

/** String literals of the pane's and the playground's own source (inline labels not in strings.ts). */
function sourceLiterals(): Array<{ file: string; text: string }> {
  const files = ['src/taskpane', 'src/playground'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('strings.ts'))
      .map((f) => join(dir, f)),
  );
  return files.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/'([^'\n]*)'|`([^`]*)`|"([^"\n]*)"|>([^<>{}\n]+)</g)].map(
      (m) => ({ file, text: m[1] ?? m[2] ?? m[3] ?? m[4] }),
    ),
  );
}

describe('interface language', () => {
  it('the task pane writes tones in the new style', () => {
    const found = Object.entries(STRINGS.vi)
      .filter(([key]) => !SHOWS_OLD_STYLE.has(key))
      .flatMap(([key, text]) => oldStyleWords(text).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  it('rule descriptions and messages write tones in the new style', () => {
    const found = allRules
      .filter((rule) => !SHOWS_OLD_STYLE.has(rule.meta.id))
      .flatMap((rule) =>
        [rule.meta.description.vi, ...Object.values(rule.meta.messages).map((m) => m.vi)].flatMap((text) =>
          oldStyleWords(text).map((w) => `${rule.meta.id}: ${w}`),
        ),
      );
    expect(found).toEqual([]);
  });

  it('labels written in the pane and playground components write tones in the new style', () => {
    const found = sourceLiterals().flatMap(({ file, text }) => oldStyleWords(text).map((w) => `${file}: ${w}`));
    expect(found).toEqual([]);
  });

  it('would notice an old-style word', () => {
    expect(oldStyleWords('Xóa trắng, hủy, hoà')).toEqual(['Xóa', 'hủy']);
  });
});
