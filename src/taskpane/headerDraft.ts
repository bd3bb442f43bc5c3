import { signingPrefixes } from '../core/header';
import { formatDayMonthYear, parseIso, todayParts } from '../core/header/dates';
import type { DocumentHost, SettingsStore } from '../core/host';
import type { Profile } from '../core/model';
import type { HandHeader, HeaderPrefill } from './handHeader';

/**
 * What the "Phần đầu" form holds, and where it is kept:
 * - this session of the pane: in memory per host, so switching tabs (which unmounts the view) loses nothing;
 * - this document: the fields the user typed, as JSON in the host's document settings (Word: the document's own
 *   settings; playground: local storage under the document's name), restored by the next session of the pane;
 * - this user: what rarely changes (issuing body, place, signer…) in the host's per-user settings, saved on insert.
 * A value restored from the document, or read from a header typed in it, never overwrites what was typed this
 * session.
 */
export interface HeaderDraft {
  profile: Profile;
  superiorBody: string;
  issuingBody: string;
  /** null: follow the issuing body's name. */
  issuerAbbr: string | null;
  unitAbbr: string;
  typeId: string;
  number: string;
  place: string;
  /** As typed (dd/mm/yyyy); kept even when it is not a date, so the user's text is never lost. */
  dateText: string;
  summary: string;
  /** One recipient per line. */
  recipients: string;
  authority: string;
  authorityBody: string;
  office: string;
  signer: string;
  noiNhan: string;
  /** null: follow the type (công văn and tờ trình start Nơi nhận with "Như trên"). */
  nhuTren: boolean | null;
  archive: string;
}

export type DraftField = keyof HeaderDraft;

/** Keys under which the form remembers, per user, what rarely changes. */
export const HEADER_SETTINGS = {
  profile: 'thethuc.header.profile',
  superiorBody: 'thethuc.header.superiorBody',
  issuingBody: 'thethuc.header.issuingBody',
  issuerAbbr: 'thethuc.header.issuerAbbr',
  place: 'thethuc.header.place',
  office: 'thethuc.header.office',
  signer: 'thethuc.header.signer',
  archive: 'thethuc.header.archive',
} as const;

/** Key of the per-document draft (JSON of the typed fields). */
export const DRAFT_SETTING = 'thethuc.header.draft';

const STRING_FIELDS: DraftField[] = [
  'superiorBody',
  'issuingBody',
  'unitAbbr',
  'typeId',
  'number',
  'place',
  'dateText',
  'summary',
  'recipients',
  'authority',
  'authorityBody',
  'office',
  'signer',
  'noiNhan',
  'archive',
];

export function defaultDraft(settings: SettingsStore, now = new Date()): HeaderDraft {
  const remembered = (key: keyof typeof HEADER_SETTINGS) => settings.get(HEADER_SETTINGS[key]) ?? '';
  const profile: Profile = remembered('profile') === 'state' ? 'state' : 'party';
  return {
    profile,
    superiorBody: remembered('superiorBody'),
    issuingBody: remembered('issuingBody'),
    issuerAbbr: remembered('issuerAbbr') || null,
    unitAbbr: '',
    typeId: 'cong-van',
    number: '',
    place: remembered('place'),
    dateText: formatDayMonthYear(todayParts(now)),
    summary: '',
    recipients: '',
    authority: signingPrefixes(profile)[0].prefix,
    authorityBody: '',
    office: remembered('office'),
    signer: remembered('signer'),
    noiNhan: '',
    nhuTren: null,
    archive: remembered('archive'),
  };
}

/** The typed fields stored with the document; anything malformed is ignored field by field. */
export function readStoredDraft(store: SettingsStore | undefined): Partial<HeaderDraft> {
  let raw: unknown;
  try {
    raw = JSON.parse(store?.get(DRAFT_SETTING) ?? 'null');
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const input = raw as Record<string, unknown>;
  const out: Partial<HeaderDraft> = {};
  for (const field of STRING_FIELDS)
    if (typeof input[field] === 'string') (out as Record<string, unknown>)[field] = input[field];
  if (input.profile === 'party' || input.profile === 'state') out.profile = input.profile;
  if (typeof input.issuerAbbr === 'string' || input.issuerAbbr === null) out.issuerAbbr = input.issuerAbbr;
  if (typeof input.nhuTren === 'boolean' || input.nhuTren === null) out.nhuTren = input.nhuTren;
  return out;
}

export interface DraftSession {
  draft: HeaderDraft;
  /** Fields the user typed this session: nothing read from the document overwrites them. */
  typed: Set<DraftField>;
  /** Fields restored from the document's stored draft. */
  restored: Set<DraftField>;
  /** The hand-typed header has been read into the form once this session. */
  prefilled: boolean;
  /** The header typed by hand that was found, if any (shown again when the view comes back). */
  handHeader?: HandHeader;
}

const sessions = new WeakMap<DocumentHost, DraftSession>();
const watched = new WeakSet<DocumentHost>();

/** This session's form for the host's document: the one in memory, else the document's stored draft. */
export function openSession(host: DocumentHost, now = new Date()): DraftSession {
  const existing = sessions.get(host);
  if (existing) return existing;
  if (!watched.has(host) && host.onDocumentChange) {
    watched.add(host);
    // Another document took this one's place: its form starts from its own stored draft.
    host.onDocumentChange((change) => change === 'replace' && sessions.delete(host));
  }
  const stored = readStoredDraft(host.documentSettings);
  const session: DraftSession = {
    draft: { ...defaultDraft(host.settings, now), ...stored },
    typed: new Set(),
    restored: new Set(Object.keys(stored) as DraftField[]),
    prefilled: false,
  };
  sessions.set(host, session);
  return session;
}

/** Forgets this session's form (another document was opened in the playground). */
export function closeSession(host: DocumentHost): void {
  sessions.delete(host);
}

/** Records what the user typed. */
export function typeField<K extends DraftField>(session: DraftSession, field: K, value: HeaderDraft[K]): void {
  session.draft = { ...session.draft, [field]: value };
  session.typed.add(field);
}

/**
 * Values read from the document (a header typed by hand) fill only the fields neither typed this session nor
 * restored from the stored draft; returns the fields it filled.
 */
export function fillFromDocument(session: DraftSession, values: Partial<HeaderDraft>): DraftField[] {
  const filled: DraftField[] = [];
  const next = { ...session.draft };
  for (const [field, value] of Object.entries(values) as Array<[DraftField, unknown]>) {
    if (value === undefined || session.typed.has(field) || session.restored.has(field)) continue;
    (next as Record<string, unknown>)[field] = value;
    filled.push(field);
  }
  session.draft = next;
  return filled;
}

/** The typed and restored fields, as stored with the document. */
export function storedForm(session: DraftSession): string {
  const out: Record<string, unknown> = {};
  for (const field of [...session.restored, ...session.typed]) out[field] = session.draft[field];
  return JSON.stringify(out);
}

const SAVE_DELAY_MS = 600;
const pending = new WeakMap<DocumentHost, { timer: ReturnType<typeof setTimeout>; save: () => Promise<void> }>();

/**
 * Saves the session's typed fields with the document after a pause in typing (Word's saveAsync writes into the
 * document: once per pause, not per keystroke). Failures (a read-only document) keep the values in memory.
 */
export function scheduleSave(host: DocumentHost, session: DraftSession): void {
  const store = host.documentSettings;
  if (!store || !session.typed.size) return;
  const before = pending.get(host);
  if (before) clearTimeout(before.timer);
  const save = () => {
    pending.delete(host);
    return store.set(DRAFT_SETTING, storedForm(session)).catch(() => undefined);
  };
  pending.set(host, { timer: setTimeout(() => void save(), SAVE_DELAY_MS), save });
}

/** Saves now what is waiting (the view is closing). */
export function flushSave(host: DocumentHost): Promise<void> {
  const waiting = pending.get(host);
  if (!waiting) return Promise.resolve();
  clearTimeout(waiting.timer);
  return waiting.save();
}

/** What a header typed in the document offers the form. */
export function draftFromPrefill(p: HeaderPrefill): Partial<HeaderDraft> {
  const iso = p.date ? parseIso(p.date) : null;
  return {
    profile: p.profile,
    superiorBody: p.superiorBody,
    issuingBody: p.issuingBody,
    issuerAbbr: p.issuerAbbr,
    typeId: p.typeId,
    number: p.number,
    place: p.place,
    dateText: iso ? formatDayMonthYear(iso) : undefined,
    summary: p.summary,
    recipients: p.recipients?.join('\n'),
  };
}
