import fc from 'fast-check';
import {
  chooseHits,
  escapeSearch,
  matchOffsets,
  MAX_SEARCH_LENGTH,
  narrowReplacement,
  planNeedle,
  planParagraphEdits,
  widenWindow,
} from '../../src/word/needle';

describe('planNeedle', () => {
  it('keeps a needle that has letters', () => {
    const plan = planNeedle('Ủy ban nhân dân tỉnh', 3, 3);
    expect(plan).toEqual({ start: 3, end: 6, parts: [{ search: 'ban', raw: 'ban', offset: 3 }] });
  });

  it('widens a double space to the words around it', () => {
    const text = 'Báo cáo  tình hình';
    const plan = planNeedle(text, 7, 2)!;
    expect(text.slice(plan.start, plan.end)).toBe('cáo  tình');
  });

  it('widens a needle of only punctuation', () => {
    const text = 'Hà Nội,, ngày 5 tháng 3';
    const plan = planNeedle(text, 6, 2)!;
    expect(plan.parts[0].raw).toBe('Nội,, ngày');
  });

  it('widens at the start and end of a paragraph to the one neighbour there is', () => {
    expect(planNeedle('  Kính gửi', 0, 2)!.parts[0].raw).toBe('  Kính');
    expect(planNeedle('Nơi nhận:', 8, 1)!.parts[0].raw).toBe('nhận:');
  });

  it('gives an insertion point a neighbouring word', () => {
    const plan = planNeedle('Điều 1 Quy định', 6, 0)!;
    expect(plan.parts[0].raw).toBe('1 Quy');
    expect(plan.start).toBe(5);
  });

  it('refuses a paragraph with nothing searchable', () => {
    expect(planNeedle('...  ', 3, 2)).toBeNull();
    expect(planNeedle('', 0, 0)).toBeNull();
  });

  it('does not cross characters search cannot express', () => {
    expect(planNeedle('a\u0013b', 1, 1)).toBeNull();
  });

  it('escapes Word search metacharacters', () => {
    expect(escapeSearch('a^b\tc\vd')).toBe('a^^b^tc^ld');
    const plan = planNeedle('x\ty', 1, 1)!;
    expect(plan.parts[0].search).toBe('x^ty');
  });

  it('splits a stretch longer than the search limit into a head and a tail', () => {
    const text = 'mở đầu ' + 'chữ '.repeat(120) + 'kết thúc';
    const plan = planNeedle(text, 0, text.length)!;
    expect(plan.parts).toHaveLength(2);
    expect(plan.parts[0].offset).toBe(0);
    const tail = plan.parts[1];
    expect(tail.offset + tail.raw.length).toBe(text.length);
    for (const part of plan.parts) expect(part.search.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
  });

  it('widens a needle swallowed by an overlapping earlier match', () => {
    // In "aaa", Word finds "aa" at 0 only; the "aa" at 1 must be found with more context.
    expect(matchOffsets('aaa b', 'aa')).toEqual([0]);
    const w = widenWindow('aaa b', 1, 3)!;
    expect(matchOffsets('aaa b', 'aaa b'.slice(w.start, w.end))).toContain(w.start);
  });

  it('always returns a window that covers the stretch and is searchable (property)', () => {
    fc.assert(
      fc.property(fc.stringOf(fc.constantFrom('a', 'b', ' ', ',', '.', 'ư')), fc.nat(), fc.nat(), (text, s, l) => {
        const start = text.length ? s % (text.length + 1) : 0;
        const length = (l % 4) % (text.length - start + 1);
        const plan = planNeedle(text, start, length);
        if (!plan) return;
        expect(plan.start).toBeLessThanOrEqual(start);
        expect(plan.end).toBeGreaterThanOrEqual(start + length);
        const raw = text.slice(plan.start, plan.end);
        expect(/[\p{L}\p{N}]/u.test(raw)).toBe(true);
        expect(matchOffsets(text, plan.parts[0].raw)).toContain(plan.start);
      }),
    );
  });
});

describe("occurrences, counted as Word's Find counts them inside one paragraph", () => {
  const text = 'và  và và';

  it('chooses the hit only when Word agrees with the paragraph text', () => {
    const part = { search: 'và', raw: 'và', offset: 4 };
    const threeHits = ['và', 'và', 'và'];
    expect(chooseHits(text, [part], [threeHits])).toEqual([1]);
    expect(chooseHits(text, [part], [threeHits.slice(1)])).toBeNull();
    expect(chooseHits(text, [part], [['và', 'Và', 'và']])).toBeNull();
    expect(chooseHits(text, [{ ...part, offset: 1 }], [threeHits])).toBeNull();
  });

  it('counts curly quotes as hits of a straight one, as Word does (not indexOf)', () => {
    expect(matchOffsets('“a” và "a"', '"a"')).toEqual([0, 7]);
    expect(matchOffsets('‘x’ y', "'x'")).toEqual([0]);
    expect(matchOffsets('“a”', '“a”')).toEqual([0]);
    expect(matchOffsets('"a"', '“a”')).toEqual([]);
  });
});

describe('planParagraphEdits', () => {
  it('computes the replacement of a widened stretch', () => {
    const text = 'Báo cáo  tình hình';
    const { groups } = planParagraphEdits(text, [{ id: 0, start: 7, length: 2, replacement: ' ' }]);
    expect(groups).toHaveLength(1);
    const g = groups[0];
    expect(text.slice(0, g.start) + g.replacement + text.slice(g.end)).toBe('Báo cáo tình hình');
  });

  it('merges edits whose stretches touch, keeping every fix', () => {
    const text = 'a ,b ,c';
    const edits = [
      { id: 0, start: 1, length: 2, replacement: ', ' },
      { id: 1, start: 4, length: 2, replacement: ', ' },
    ];
    const { groups, unlocatable } = planParagraphEdits(text, edits);
    expect(unlocatable).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0].ids.sort()).toEqual([0, 1]);
    const g = groups[0];
    expect(text.slice(0, g.start) + g.replacement + text.slice(g.end)).toBe('a, b, c');
  });

  it('keeps distant edits apart and reports unlocatable ones', () => {
    const text = 'một hai ba bốn năm sáu';
    const { groups } = planParagraphEdits(text, [
      { id: 0, start: 0, length: 3, replacement: 'Một' },
      { id: 1, start: 19, length: 3, replacement: 'Sáu' },
    ]);
    expect(groups.map((g) => g.ids)).toEqual([[0], [1]]);
    expect(planParagraphEdits('...', [{ id: 7, start: 0, length: 1, replacement: '' }]).unlocatable).toEqual([7]);
  });
});

describe('planParagraphEdits (property)', () => {
  it('gives disjoint stretches whose replacements produce the same text as applying the edits directly', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', ',', '.');
    fc.assert(
      fc.property(
        fc.stringOf(alphabet, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.stringOf(alphabet, { maxLength: 3 })), { maxLength: 5 }),
        (text, raw) => {
          // Non-overlapping edits, as the core hands them over.
          const edits: Array<{ id: number; start: number; length: number; replacement: string }> = [];
          raw
            .map(([s, l, r], id) => ({ id, start: s % (text.length + 1), length: l, replacement: r }))
            .map((e) => ({ ...e, length: Math.min(e.length, text.length - e.start) }))
            .sort((a, b) => a.start - b.start)
            .forEach((e) => {
              const prev = edits[edits.length - 1];
              if (!prev || e.start >= prev.start + prev.length + (prev.length === 0 && e.length === 0 ? 1 : 0))
                edits.push(e);
            });
          const { groups, unlocatable } = planParagraphEdits(text, edits);
          const sorted = [...groups].sort((a, b) => a.start - b.start);
          sorted.forEach((g, i) => i > 0 && expect(g.start).toBeGreaterThan(sorted[i - 1].end));
          if (unlocatable.length) return;
          let viaGroups = text;
          for (const g of [...sorted].reverse())
            viaGroups = viaGroups.slice(0, g.start) + g.replacement + viaGroups.slice(g.end);
          let direct = text;
          for (const e of [...edits].reverse())
            direct = direct.slice(0, e.start) + e.replacement + direct.slice(e.start + e.length);
          expect(viaGroups).toBe(direct);
        },
      ),
    );
  });
});

describe('narrowReplacement', () => {
  it('keeps the unchanged ends of a stretch out of the write', () => {
    expect(narrowReplacement('cứ  Luật', 'cứ Luật')).toEqual({ prefix: 'cứ ', suffix: 'Luật', replacement: '' });
    expect(narrowReplacement('xã.Trong', 'xã. Trong')).toEqual({ prefix: 'xã.', suffix: 'Trong', replacement: ' ' });
    expect(narrowReplacement('nổ lực', 'nỗ lực')).toEqual({ prefix: 'n', suffix: ' lực', replacement: 'ỗ' });
  });

  it('writes the whole stretch when an end cannot be found reliably inside it', () => {
    // Ends without a letter or digit cannot be searched for.
    expect(narrowReplacement(' . ', '. ')).toBeNull();
    // The suffix also occurs earlier in what follows the prefix: its first hit would not be the end.
    expect(narrowReplacement('k ab b', 'k b')).toBeNull();
  });
});
