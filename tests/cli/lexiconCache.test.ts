import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import {
  buildLexiconCache,
  deserializeLexicon,
  LEXICON_CACHE_FILE,
  lexiconData,
  lexiconStamp,
  sameAnswers,
} from '../../src/cli/lexiconCache';
import { loadLexiconOnce } from '../../src/cli/processFile';
import { currentLexicon, decodeLexicon, Lexicon, setLexicon } from '../../src/core/lexicon';

describe('the lexicon cache next to the CLI bundle', () => {
  const decoded = decodeLexicon(lexiconData());
  const stamp = lexiconStamp();
  const bytes = buildLexiconCache()!;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'thethuc-lexcache-'));
    setLexicon(null);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    setLexicon(null);
  });

  it('gives back a lexicon that answers as the decoded one does', () => {
    expect(bytes).not.toBeNull();
    const copy = deserializeLexicon(bytes, stamp)!;
    expect(copy).toBeInstanceOf(Lexicon);
    expect(copy.info).toEqual(decoded.info);
    expect(sameAnswers(decoded, copy)).toBe(true);
    expect(copy.isWord('cơ', 'quan')).toBe(decoded.isWord('cơ', 'quan'));
    expect(copy.pair('hội', 'nghị')).toBeGreaterThan(0);
    expect(copy.pair('hội', 'nghị')).toBe(decoded.pair('hội', 'nghị'));
  });

  it('notices a lexicon that answers differently', () => {
    const copy = deserializeLexicon(bytes, stamp)!;
    const counts = (copy as unknown as Record<string, unknown>)['unigrams'];
    // Only meaningful while the class keeps its counts there; the comparison itself must catch any change.
    if (counts instanceof Uint32Array) {
      counts[5] += 1;
      expect(sameAnswers(decoded, copy)).toBe(false);
    }
    expect(sameAnswers(decoded, Object.assign(Object.create(Lexicon.prototype) as Lexicon, { info: {} }))).toBe(false);
  });

  it('ignores a cache made for other data or damaged', () => {
    expect(deserializeLexicon(bytes, `${stamp}x`)).toBeNull();
    expect(deserializeLexicon(bytes.slice(0, 100), stamp)).toBeNull();
    expect(deserializeLexicon(new Uint8Array([1, 2, 3]), stamp)).toBeNull();
    expect(lexiconStamp('other data')).not.toBe(stamp);
  });

  it('is what loadLexiconOnce installs when it matches, and is passed over when it does not', async () => {
    writeFileSync(path.join(dir, LEXICON_CACHE_FILE), bytes);
    await loadLexiconOnce(dir);
    const fromCache = currentLexicon()!;
    expect(Object.keys(fromCache).sort()).toEqual(Object.keys(decoded).sort());

    setLexicon(null);
    writeFileSync(path.join(dir, LEXICON_CACHE_FILE), new Uint8Array([0xff, 0x0d, 1]));
    await loadLexiconOnce(dir);
    expect(currentLexicon()).not.toBeNull();
    expect(currentLexicon()).not.toBe(fromCache);
    expect(sameAnswers(decoded, currentLexicon()!)).toBe(true);
  });
});
