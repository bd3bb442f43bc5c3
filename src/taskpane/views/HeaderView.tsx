import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import type { InsertBlockEdit } from '../../core/edit';
import {
  buildHeaderEdit,
  buildSignatureEdit,
  documentTypesFor,
  findDocumentType,
  previewHeader,
  proposeIssuerAbbreviation,
  signingPrefixes,
  type HeaderInput,
  type SignatureInput,
} from '../../core/header';
import { parseTypedDate, toIso } from '../../core/header/dates';
import type { DocumentHost, HostStatus } from '../../core/host';
import type { Lang, MessageData } from '../../core/i18n';
import { formatTemplate } from '../../core/i18n';
import type { Profile } from '../../core/model';
import { describeError } from '../errors';
import { findHandTypedHeader, type HandHeader } from '../handHeader';
import {
  fillFromDocument,
  flushSave,
  HEADER_SETTINGS,
  openSession,
  scheduleSave,
  typeField,
  closeSession,
  draftFromPrefill,
  type DraftField,
  type DraftSession,
  type HeaderDraft,
} from '../headerDraft';
import { HEADER_TEXT as TEXT, RULE_SET_NAMES } from '../headerStrings';
import { DateField } from './header/DateField';
import { SignatureSection } from './header/SignatureSection';
import { runInsertion, type Notice } from './header/insertion';
import { useHeaderStyles as useStyles } from './header/styles';

export { HEADER_SETTINGS } from '../headerDraft';

export interface HeaderViewProps {
  host: DocumentHost;
  lang: Lang;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * "Phần đầu": fills in and inserts the header, the signature block and Nơi nhận (Party or State). The form lives in
 * a per-host session (headerDraft.ts), so it survives switching tabs, and is stored with the document.
 */
export function HeaderView({ host, lang }: HeaderViewProps) {
  const styles = useStyles();
  const t = (key: keyof typeof TEXT, data?: MessageData) => formatTemplate(TEXT[key][lang], data);
  const session = useRef<DraftSession>(null as unknown as DraftSession);
  if (!session.current) session.current = openSession(host);
  const [draft, setDraft] = useState<HeaderDraft>(() => session.current.draft);
  const [handHeader, setHandHeader] = useState<HandHeader | null>(() => session.current.handHeader ?? null);
  const [status, setStatus] = useState<HostStatus | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  /** A header typed by hand that an insertion would replace, once the user agrees. */
  const [askReplace, setAskReplace] = useState<HandHeader | null>(null);

  const set = <K extends DraftField>(field: K, value: HeaderDraft[K]) => {
    typeField(session.current, field, value);
    setDraft(session.current.draft);
    scheduleSave(host, session.current);
  };

  // Leaving the tab, or the pane closing, saves what waits; the session keeps the form in memory.
  useEffect(() => {
    const flush = () => void flushSave(host);
    globalThis.addEventListener?.('pagehide', flush);
    return () => {
      globalThis.removeEventListener?.('pagehide', flush);
      flush();
    };
  }, [host]);

  // A header typed by hand fills the fields not typed yet, once per session, so replacing it keeps what it said.
  useEffect(() => {
    let live = true;
    const current = session.current;
    if (current.prefilled) return;
    host.read().then(
      (doc) => {
        if (!live || current.prefilled) return;
        current.prefilled = true;
        const found = findHandTypedHeader(doc);
        if (!found) return;
        current.handHeader = found;
        setHandHeader(found);
        fillFromDocument(current, draftFromPrefill(found.prefill));
        setDraft(current.draft);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  // Another document opened in its place: the form starts again from that document.
  useEffect(
    () =>
      host.onDocumentChange?.((change) => {
        if (change !== 'replace') return;
        closeSession(host);
        session.current = openSession(host);
        setDraft(session.current.draft);
        setHandHeader(null);
      }),
    [host],
  );

  useEffect(() => {
    let live = true;
    host.status().then(
      (s) => live && setStatus(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const { profile } = draft;
  // The abbreviation follows the name until the clerk edits it.
  const abbr = draft.issuerAbbr ?? proposeIssuerAbbreviation(draft.issuingBody, draft.superiorBody, profile);
  const type = findDocumentType(profile, draft.typeId) ?? documentTypesFor(profile)[0];
  const nhuTren = draft.nhuTren ?? (type.congVan === true || type.id === 'to-trinh');
  const typedDate = parseTypedDate(draft.dateText);
  const date = typedDate.kind === 'date' ? toIso(typedDate.date) : null;
  const dateInvalid = typedDate.kind === 'format' || typedDate.kind === 'noSuchDay';

  const headerInput: HeaderInput = {
    profile,
    superiorBody: draft.superiorBody,
    issuingBody: draft.issuingBody,
    issuerAbbr: abbr,
    typeId: type.id,
    number: draft.number,
    unitAbbr: draft.unitAbbr,
    place: draft.place,
    date,
    summary: draft.summary,
    recipients: lines(draft.recipients),
  };
  const preview = previewHeader(headerInput);

  const signatureInput: SignatureInput = {
    profile,
    date,
    authority: draft.authority,
    authorityBody: draft.authorityBody,
    office: draft.office,
    signer: draft.signer,
    recipients: lines(draft.noiNhan),
    archive: draft.archive,
    nhuTren,
  };

  const switchProfile = (next: Profile) => {
    set('profile', next);
    if (!findDocumentType(next, draft.typeId)) set('typeId', documentTypesFor(next)[0].id);
    if (!signingPrefixes(next).some((p) => p.prefix === draft.authority))
      set('authority', signingPrefixes(next)[0].prefix);
  };

  async function insert(
    edit: InsertBlockEdit,
    done: keyof typeof TEXT,
    remember: Array<[keyof typeof HEADER_SETTINGS, string]>,
  ) {
    setBusy(true);
    setNotice(null);
    const outcome = await runInsertion(host, edit, { done, lang, remember });
    if (outcome.status) setStatus(outcome.status);
    setNotice(outcome.notice);
    setBusy(false);
  }

  const insertHeader = async (replacing?: HandHeader) => {
    if (!draft.issuingBody.trim()) {
      setNotice({ intent: 'error', text: t('missingIssuer') });
      return;
    }
    if (dateInvalid) {
      setNotice({ intent: 'error', text: t('dateInvalidInsert') });
      return;
    }
    setAskReplace(null);
    let edit = buildHeaderEdit(headerInput);
    if (replacing) edit = { ...edit, position: replacing.position };
    else {
      // Never a second header: one typed by hand is replaced only when the user says so.
      try {
        const found = findHandTypedHeader(await host.read());
        if (found) {
          setNotice(null);
          setAskReplace(found);
          return;
        }
      } catch (error) {
        setNotice({ intent: 'error', text: describeError(error, lang) });
        return;
      }
    }
    await insert(edit, replacing ? 'replacedHeader' : 'insertedHeader', [
      ['profile', profile],
      ['superiorBody', draft.superiorBody],
      ['issuingBody', draft.issuingBody],
      ['issuerAbbr', draft.issuerAbbr ?? ''],
      ['place', draft.place],
    ]);
  };

  const insertSignature = () => {
    if (!draft.signer.trim()) {
      setNotice({ intent: 'error', text: t('missingSigner') });
      return;
    }
    if (dateInvalid) {
      setNotice({ intent: 'error', text: t('dateInvalidInsert') });
      return;
    }
    void insert(buildSignatureEdit(signatureInput), 'insertedSignature', [
      ['profile', profile],
      ['office', draft.office],
      ['signer', draft.signer],
      ['archive', draft.archive],
    ]);
  };

  const recipientsLabel = preview.recipientsLabel.replace(':', '');
  const suggestion = preview.summarySuggestion;
  const disabled = busy || status?.readOnly === true;

  return (
    <div className={styles.root}>
      {status?.readOnly && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      {status?.trackChanges && !status.readOnly && (
        <MessageBar intent="info" data-testid="tracked-note">
          <MessageBarBody>{t('tracked')}</MessageBarBody>
        </MessageBar>
      )}

      <Field label={t('profile')}>
        <RadioGroup value={profile} layout="horizontal" onChange={(_, d) => switchProfile(d.value as Profile)}>
          <Radio value="party" label={t('party')} />
          <Radio value="state" label={t('state')} />
        </RadioGroup>
      </Field>

      <section className={styles.section} aria-label={t('headerTitle')}>
        <Subtitle2>{t('headerTitle')}</Subtitle2>
        {session.current.restored.size > 0 && <Caption1 data-testid="restored-draft">{t('restoredDraft')}</Caption1>}
        {handHeader && (
          <MessageBar intent="info" data-testid="hand-header">
            <MessageBarBody>
              {t('handHeaderFound', { first: handHeader.first + 1, last: handHeader.last + 1 })}
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={t('superiorBody')}>
          <Input value={draft.superiorBody} onChange={(_, d) => set('superiorBody', d.value)} />
        </Field>
        <Field label={t('issuingBody')}>
          <Input value={draft.issuingBody} onChange={(_, d) => set('issuingBody', d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={t('issuerAbbr')} hint={t('issuerAbbrHint')}>
            <Input value={abbr} onChange={(_, d) => set('issuerAbbr', d.value)} />
          </Field>
          {profile === 'state' && type.congVan && (
            <Field label={t('unitAbbr')}>
              <Input value={draft.unitAbbr} onChange={(_, d) => set('unitAbbr', d.value)} />
            </Field>
          )}
        </div>
        <div className={styles.row}>
          <Field label={t('type')}>
            <Select value={type.id} onChange={(_, d) => set('typeId', d.value)}>
              {documentTypesFor(profile).map((dt) => (
                <option key={dt.id} value={dt.id}>
                  {dt.abbr ? `${dt.name} (${dt.abbr})` : dt.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('number')} hint={t('numberHint')}>
            <Input
              value={draft.number}
              inputMode="numeric"
              onChange={(_, d) => set('number', d.value.replace(/\D/g, ''))}
            />
          </Field>
        </div>
        <Field label={t('place')}>
          <Input value={draft.place} onChange={(_, d) => set('place', d.value)} />
        </Field>
        <DateField label={t('date')} value={draft.dateText} onChange={(v) => set('dateText', v)} lang={lang} />
        <Field label={type.congVan ? t('summaryCongVan') : t('summary')}>
          <Textarea value={draft.summary} resize="vertical" onChange={(_, d) => set('summary', d.value)} />
        </Field>
        {suggestion && (
          <MessageBar intent="info" data-testid="summary-suggestion">
            <MessageBarBody>
              {t('summarySuggestion', { text: suggestion.text, reason: suggestion.reason[lang] })}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => set('summary', suggestion.text)}>
                {t('applySuggestion')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <Field label={t('recipients', { label: recipientsLabel })}>
          <Textarea value={draft.recipients} resize="vertical" onChange={(_, d) => set('recipients', d.value)} />
        </Field>

        <div className={styles.preview} data-testid="header-preview" aria-label={t('preview')}>
          <Caption1>{t('ruleSet', { name: RULE_SET_NAMES[preview.ruleSet] ?? preview.ruleSet })}</Caption1>
          <span data-testid="preview-number">{preview.numberLine}</span>
          {preview.congVanSummary && <em>{preview.congVanSummary}</em>}
          <em data-testid="preview-date">{preview.dateLine}</em>
          {!type.congVan && <strong>{type.name.toLocaleUpperCase('vi')}</strong>}
        </div>
        {askReplace && (
          <MessageBar intent="warning" data-testid="replace-header">
            <MessageBarBody>
              {t('replaceAsk', { first: askReplace.first + 1, last: askReplace.last + 1 })}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => void insertHeader(askReplace)}>
                {t('replaceConfirm')}
              </Button>
              <Button size="small" onClick={() => setAskReplace(null)}>
                {t('replaceCancel')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <Button appearance="primary" disabled={disabled} onClick={() => void insertHeader()}>
          {t('insertHeader')}
        </Button>
      </section>

      <SignatureSection
        draft={draft}
        set={set}
        input={signatureInput}
        nhuTren={nhuTren}
        lang={lang}
        disabled={disabled}
        onInsert={insertSignature}
        classes={styles}
      />

      {notice && (
        <MessageBar intent={notice.intent} data-testid="header-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
