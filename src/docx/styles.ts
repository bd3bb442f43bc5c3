import type { LiteElement as Element } from './liteXml';
import type { Alignment } from '../core/model';
import { child, childVal, children, onOff, wAttr } from './xml';

/** Run formatting as far as the model needs it; undefined = not set at this level. */
export interface RunProps {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "#RRGGBB"; Word's "auto" is black. */
  color?: string;
}

export interface NumPr {
  numId?: string;
  ilvl?: number;
}

interface StyleDef {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  outlineLevel?: number;
  run: RunProps;
  alignment?: Alignment;
  numPr?: NumPr;
  /** Raw paragraph properties, for the presentation reader (indents, spacing). */
  pPr: Element | null;
}

export interface ThemeFonts {
  major?: string;
  minor?: string;
}

const JC: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'centered',
  right: 'right',
  end: 'right',
  both: 'justified',
  distribute: 'justified',
  lowKashida: 'justified',
  mediumKashida: 'justified',
  highKashida: 'justified',
  thaiDistribute: 'justified',
};

export function readAlignment(pPr: Element | null): Alignment | undefined {
  const v = childVal(pPr, 'jc');
  return v ? JC[v] : undefined;
}

export function readNumPr(pPr: Element | null): NumPr | undefined {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return undefined;
  const numId = childVal(numPr, 'numId') ?? undefined;
  const ilvl = childVal(numPr, 'ilvl');
  return { numId, ilvl: ilvl === null ? undefined : Number(ilvl) };
}

export function readRunProps(rPr: Element | null, theme: ThemeFonts): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  const fonts = child(rPr, 'rFonts');
  if (fonts) {
    const themeRef = wAttr(fonts, 'asciiTheme') ?? wAttr(fonts, 'hAnsiTheme');
    const fromTheme = themeRef ? (themeRef.startsWith('major') ? theme.major : theme.minor) : undefined;
    const name = fromTheme ?? wAttr(fonts, 'ascii') ?? wAttr(fonts, 'hAnsi');
    if (name) props.name = name;
  }
  const sz = childVal(rPr, 'sz');
  if (sz && Number.isFinite(Number(sz))) props.size = Number(sz) / 2;
  const bold = onOff(rPr, 'b');
  if (bold !== undefined) props.bold = bold;
  const italic = onOff(rPr, 'i');
  if (italic !== undefined) props.italic = italic;
  const u = child(rPr, 'u');
  if (u) props.underline = (wAttr(u, 'val') ?? 'single') !== 'none';
  const color = wAttr(child(rPr, 'color'), 'val');
  if (color) props.color = /^[0-9a-f]{6}$/i.test(color) ? `#${color.toUpperCase()}` : '#000000';
  return props;
}

/** Later layers override earlier ones. */
export function mergeRunProps(...layers: Array<RunProps | undefined>): RunProps {
  const out: RunProps = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

const BUILT_IN_HEADING = /^heading\s*([1-9])$/i;

/** word/styles.xml: names, basedOn chains, heading levels, default formatting. */
export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaultParagraphStyle?: string;
  private readonly defaultCharacterStyle?: string;
  readonly defaultRun: RunProps;
  /** docDefaults paragraph properties. */
  readonly defaultPPr: Element | null;
  private readonly defaultAlignment?: Alignment;

  constructor(
    root: Element | null,
    readonly theme: ThemeFonts,
  ) {
    const docDefaults = child(root, 'docDefaults');
    // Without any w:sz Word uses 10 pt (OOXML default), so an unset size is still a known size.
    this.defaultRun = { size: 10, ...readRunProps(child(child(docDefaults, 'rPrDefault'), 'rPr'), theme) };
    this.defaultPPr = child(child(docDefaults, 'pPrDefault'), 'pPr');
    this.defaultAlignment = readAlignment(child(child(docDefaults, 'pPrDefault'), 'pPr'));
    let defaultParagraph: string | undefined;
    let defaultCharacter: string | undefined;
    for (const s of children(root, 'style')) {
      const id = wAttr(s, 'styleId');
      if (!id) continue;
      const type = wAttr(s, 'type') ?? 'paragraph';
      const pPr = child(s, 'pPr');
      const outline = childVal(pPr, 'outlineLvl');
      const def: StyleDef = {
        id,
        type,
        name: childVal(s, 'name') ?? id,
        basedOn: childVal(s, 'basedOn') ?? undefined,
        outlineLevel: outline === null ? undefined : Number(outline),
        run: readRunProps(child(s, 'rPr'), theme),
        alignment: readAlignment(pPr),
        numPr: readNumPr(pPr),
        pPr,
      };
      this.styles.set(id, def);
      const isDefault = ['1', 'true', 'on'].includes(wAttr(s, 'default') ?? '');
      if (isDefault && type === 'paragraph') defaultParagraph = id;
      if (isDefault && type === 'character') defaultCharacter = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
    this.defaultCharacterStyle = defaultCharacter;
  }

  /** The style and its basedOn ancestors, nearest first (cycles cut). */
  private chain(id: string | undefined, type: string): StyleDef[] {
    const out: StyleDef[] = [];
    const fallback = type === 'paragraph' ? this.defaultParagraphStyle : this.defaultCharacterStyle;
    let current = id && this.styles.has(id) ? this.styles.get(id) : fallback ? this.styles.get(fallback) : undefined;
    while (current && !out.includes(current)) {
      out.push(current);
      current = current.basedOn ? this.styles.get(current.basedOn) : undefined;
    }
    return out;
  }

  /** Name as Word shows it: built-in names are stored in lower case ("heading 1") but shown capitalised. */
  paragraphStyleName(id: string | undefined): string | undefined {
    const style = this.chain(id, 'paragraph')[0];
    if (!style) return undefined;
    return BUILT_IN_HEADING.test(style.name) ? style.name.charAt(0).toUpperCase() + style.name.slice(1) : style.name;
  }

  headingLevel(id: string | undefined): number | undefined {
    for (const style of this.chain(id, 'paragraph')) {
      const m = BUILT_IN_HEADING.exec(style.name) ?? /^Heading([1-9])$/.exec(style.id);
      if (m) return Number(m[1]);
      if (style.outlineLevel !== undefined) {
        return style.outlineLevel >= 0 && style.outlineLevel <= 8 ? style.outlineLevel + 1 : undefined;
      }
    }
    return undefined;
  }

  alignment(id: string | undefined): Alignment | undefined {
    for (const style of this.chain(id, 'paragraph')) if (style.alignment) return style.alignment;
    return this.defaultAlignment;
  }

  numPr(id: string | undefined): NumPr | undefined {
    for (const style of this.chain(id, 'paragraph')) if (style.numPr) return style.numPr;
    return undefined;
  }

  /** Paragraph properties that apply before direct formatting: docDefaults, then the style chain root first. */
  paragraphPropsLayers(id: string | undefined): Array<Element | null> {
    const chain = this.chain(id, 'paragraph')
      .reverse()
      .map((s) => s.pPr);
    return [this.defaultPPr, ...chain];
  }

  /** Style id a numbering definition links to (w:numStyleLink), resolved to that style's numId. */
  numIdOfStyle(id: string): string | undefined {
    return this.styles.get(id)?.numPr?.numId;
  }

  /** docDefaults ← paragraph style chain ← character style chain (each chain applied from its root down). */
  runProps(paragraphStyle: string | undefined, characterStyle: string | undefined): RunProps {
    const paragraphLayers = this.chain(paragraphStyle, 'paragraph')
      .reverse()
      .map((s) => s.run);
    const characterLayers = characterStyle
      ? this.chain(characterStyle, 'character')
          .reverse()
          .map((s) => s.run)
      : [];
    return mergeRunProps(this.defaultRun, ...paragraphLayers, ...characterLayers);
  }
}
