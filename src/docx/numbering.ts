import type { LiteElement as Element } from './liteXml';
import { child, childVal, children, wAttr } from './xml';
import { toRoman } from '../core/outline/numbering';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** 1-based level after which this level restarts; 0 = never; undefined = after any higher level. */
  restartAfter?: number;
  legal: boolean;
}

interface NumInstance {
  abstractId: string;
  /** Levels this instance restarts (w:lvlOverride/w:startOverride) and overridden level definitions. */
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDef>;
}

/** Symbol-font bullets Word stores in the private-use area, shown as the glyph they draw. */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uF0B7': '•',
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF076': '❖',
  '\uF0FC': '✓',
  '\uF02D': '-',
  '\uF0E0': '➔',
  '\uF06E': '■',
  '\uF0A8': '◆',
};

function readLevel(lvl: Element): LevelDef {
  const restart = childVal(lvl, 'lvlRestart');
  return {
    start: Number(childVal(lvl, 'start') ?? '1') || 0,
    format: childVal(lvl, 'numFmt') ?? 'decimal',
    text: childVal(lvl, 'lvlText') ?? '',
    restartAfter: restart === null ? undefined : Number(restart),
    legal: child(lvl, 'isLgl') !== null,
  };
}

function readLevels(parent: Element): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const lvl of children(parent, 'lvl')) levels.set(Number(wAttr(lvl, 'ilvl') ?? '0'), readLevel(lvl));
  return levels;
}

/** Word's letter numbering: a…z, then aa…zz, aaa… */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * word/numbering.xml and the counters Word keeps while drawing a document. Counters belong to the abstract
 * definition, so several w:num instances of one definition continue each other's numbering unless an instance
 * restarts a level with w:startOverride (that is how Word says "restart at 1").
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, LevelDef>>();
  private readonly styleLinks = new Map<string, string>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly overridesApplied = new Set<string>();

  constructor(
    root: Element | null,
    private readonly numIdOfStyle: (styleId: string) => string | undefined,
  ) {
    for (const abs of children(root, 'abstractNum')) {
      const id = wAttr(abs, 'abstractNumId');
      if (id === null) continue;
      this.abstracts.set(id, readLevels(abs));
      const link = childVal(abs, 'numStyleLink');
      if (link) this.styleLinks.set(id, link);
    }
    for (const num of children(root, 'num')) {
      const id = wAttr(num, 'numId');
      const abstractId = childVal(num, 'abstractNumId');
      if (id === null || abstractId === null) continue;
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, LevelDef>();
      for (const o of children(num, 'lvlOverride')) {
        const ilvl = Number(wAttr(o, 'ilvl') ?? '0');
        const start = childVal(o, 'startOverride');
        if (start !== null) startOverrides.set(ilvl, Number(start));
        const lvl = child(o, 'lvl');
        if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, { abstractId, startOverrides, levelOverrides });
    }
  }

  /** The abstract definition behind a num, following one w:numStyleLink hop. */
  private resolve(numId: string): { instance: NumInstance; abstractId: string } | undefined {
    const instance = this.nums.get(numId);
    if (!instance) return undefined;
    let abstractId = instance.abstractId;
    const link = this.styleLinks.get(abstractId);
    if (link) {
      const linkedNum = this.numIdOfStyle(link);
      const linked = linkedNum ? this.nums.get(linkedNum) : undefined;
      if (linked) abstractId = linked.abstractId;
    }
    return this.abstracts.has(abstractId) ? { instance, abstractId } : undefined;
  }

  private level(instance: NumInstance, abstractId: string, ilvl: number): LevelDef | undefined {
    return instance.levelOverrides.get(ilvl) ?? this.abstracts.get(abstractId)?.get(ilvl);
  }

  /**
   * Advances the counters for one numbered paragraph and returns the list string Word draws for it, or
   * undefined when the paragraph is not a list item (numId 0 or an unknown definition).
   */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0') return undefined;
    const resolved = this.resolve(numId);
    if (!resolved) return undefined;
    const { instance, abstractId } = resolved;
    const current = this.level(instance, abstractId, ilvl);
    if (!current) return undefined;

    const counters = this.counters.get(abstractId) ?? new Array<number | undefined>(9).fill(undefined);
    this.counters.set(abstractId, counters);
    if (!this.overridesApplied.has(numId)) {
      this.overridesApplied.add(numId);
      for (const [lv, start] of instance.startOverrides) counters[lv] = start - 1;
    }
    counters[ilvl] = counters[ilvl] === undefined ? current.start : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const def = this.level(instance, abstractId, deeper);
      const restartAfter = def?.restartAfter ?? deeper;
      if (restartAfter !== 0 && ilvl < restartAfter) counters[deeper] = undefined;
    }

    if (current.format === 'bullet') return SYMBOL_BULLETS[current.text] ?? current.text;
    return current.text.replace(/%([1-9])/g, (_, k: string) => {
      const lv = Number(k) - 1;
      const def = this.level(instance, abstractId, lv);
      const value = counters[lv] ?? def?.start ?? 1;
      const format = current.legal ? 'decimal' : (def?.format ?? 'decimal');
      return formatNumber(value, format);
    });
  }
}
