import { useEffect, useState } from 'react';
import {
  Button,
  Caption1,
  Checkbox,
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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { InsertBlockEdit } from '../../core/edit';
import {
  buildHeaderEdit,
  buildSignatureEdit,
  documentTypesFor,
  findDocumentType,
  noiNhanLines,
  previewHeader,
  proposeIssuerAbbreviation,
  signatureLines,
  signingPrefixes,
  type HeaderInput,
  type SignatureInput,
} from '../../core/header';
import { toIso, todayParts } from '../../core/header/dates';
import type { DocumentHost, HostStatus } from '../../core/host';
import type { Lang, LocalizedText, MessageData } from '../../core/i18n';
import { formatTemplate } from '../../core/i18n';
import type { Profile } from '../../core/model';
import { describeError } from '../errors';
import { findHandTypedHeader, type HandHeader, type HeaderPrefill } from '../handHeader';

export interface HeaderViewProps {
  host: DocumentHost;
  lang: Lang;
}

const TEXT = {
  profile: { vi: 'Loại văn bản theo hệ thống', en: 'Document system' },
  party: { vi: 'Văn bản của Đảng', en: 'Party document' },
  state: { vi: 'Văn bản hành chính nhà nước', en: 'State document' },
  headerTitle: { vi: 'Phần đầu văn bản', en: 'Document header' },
  superiorBody: { vi: 'Cơ quan cấp trên (nếu có)', en: 'Superior body (optional)' },
  issuingBody: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  issuerAbbr: { vi: 'Chữ viết tắt cơ quan ban hành', en: 'Issuer abbreviation' },
  issuerAbbrHint: { vi: 'Đề xuất theo tên cơ quan; có thể sửa.', en: 'Proposed from the name; you can edit it.' },
  unitAbbr: { vi: 'Đơn vị soạn thảo (công văn)', en: 'Drafting unit (công văn)' },
  type: { vi: 'Tên loại văn bản', en: 'Document type' },
  number: { vi: 'Số văn bản', en: 'Number' },
  numberHint: { vi: 'Để trống nếu là dự thảo.', en: 'Leave blank for a draft.' },
  place: { vi: 'Địa danh', en: 'Place' },
  date: { vi: 'Ngày ban hành', en: 'Date' },
  summary: { vi: 'Trích yếu nội dung', en: 'Summary (trích yếu)' },
  summaryCongVan: {
    vi: 'Trích yếu (đặt dưới số và ký hiệu)',
    en: 'Summary (placed under the number)',
  },
  recipients: { vi: '{label} (mỗi dòng một nơi)', en: '{label} (one per line)' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  insertHeader: { vi: 'Chèn phần đầu', en: 'Insert header' },
  signatureTitle: { vi: 'Chữ ký và nơi nhận', en: 'Signature and recipients' },
  authority: { vi: 'Quyền hạn ký', en: 'Signing authority' },
  direct: { vi: 'Cấp trưởng ký trực tiếp', en: 'Head signs directly' },
  authorityBody: { vi: 'Thay mặt / ký thay cho', en: 'On behalf of' },
  office: { vi: 'Chức vụ người ký', en: 'Signer’s office' },
  signer: { vi: 'Họ tên người ký', en: 'Signer’s name' },
  noiNhan: { vi: 'Nơi nhận (mỗi dòng một nơi)', en: 'Recipients, Nơi nhận (one per line)' },
  nhuTren: { vi: 'Thêm “Như trên” đầu danh sách', en: 'Start with “Như trên”' },
  archive: { vi: 'Lưu tại', en: 'Archive' },
  archiveHintParty: { vi: 'Ví dụ: Văn phòng Đảng uỷ', en: 'e.g. Văn phòng Đảng uỷ' },
  archiveHintState: { vi: 'Ví dụ: VT, VP', en: 'e.g. VT, VP' },
  insertSignature: { vi: 'Chèn chữ ký và nơi nhận', en: 'Insert signature and recipients' },
  tracked: {
    vi: 'Chế độ theo dõi thay đổi đang bật: phần chèn sẽ hiện là thay đổi được theo dõi.',
    en: 'Change tracking is on: the insertion will show as a tracked change.',
  },
  readOnly: {
    vi: 'Văn bản đang ở chế độ chỉ đọc: không chèn được. Hãy bật chỉnh sửa rồi thử lại.',
    en: 'The document is read-only: nothing can be inserted. Enable editing and try again.',
  },
  missingIssuer: { vi: 'Hãy nhập tên cơ quan ban hành.', en: 'Enter the issuing body.' },
  missingSigner: { vi: 'Hãy nhập họ tên người ký.', en: 'Enter the signer’s name.' },
  insertedHeader: { vi: 'Đã chèn phần đầu văn bản.', en: 'Header inserted at the start of the document.' },
  insertedSignature: {
    vi: 'Đã chèn chữ ký và nơi nhận vào cuối văn bản.',
    en: 'Signature and recipients inserted at the end.',
  },
  insertedTracked: {
    vi: ' Phần chèn được ghi là thay đổi được theo dõi.',
    en: ' The insertion is recorded as a tracked change.',
  },
  stale: {
    vi: 'Văn bản đã thay đổi trong lúc chèn nên chưa chèn gì; nội dung của bạn được giữ nguyên. Hãy thử lại.',
    en: 'The document changed during the insertion, so nothing was inserted; your text is unchanged. Try again.',
  },
  nothingApplied: {
    vi: 'Không chèn được (Word không thực hiện thay đổi nào).',
    en: 'Nothing was inserted (Word made no change).',
  },
  ruleSet: { vi: 'Áp dụng: {name}', en: 'Rules: {name}' },
  handHeaderFound: {
    vi: 'Văn bản đã có phần đầu gõ tay (đoạn {first}–{last}). Các ô dưới đây đã điền theo phần đầu đó; hãy xem lại trước khi chèn.',
    en: 'The document already has a typed header (paragraphs {first}–{last}). The form below is filled from it; review it before inserting.',
  },
  replaceAsk: {
    vi: 'Văn bản đã có phần đầu (đoạn {first}–{last}) không do Thể thức chèn. Thay phần đó bằng phần đầu mới? Không thay thì không chèn gì, để văn bản không có hai phần đầu.',
    en: 'The document already has a header (paragraphs {first}–{last}) that Thể thức did not insert. Replace it with the new one? Otherwise nothing is inserted, so the document never gets two headers.',
  },
  replaceConfirm: { vi: 'Thay phần đầu hiện có', en: 'Replace the existing header' },
  replaceCancel: { vi: 'Huỷ', en: 'Cancel' },
  replacedHeader: { vi: 'Đã thay phần đầu văn bản.', en: 'The header was replaced.' },
} satisfies Record<string, LocalizedText>;

const RULE_SET_NAMES: Record<string, string> = {
  hd05: 'Hướng dẫn 05-HD/VPTW (27/5/2026)',
  hd36: 'Hướng dẫn 36-HD/VPTW (2018)',
  nd30: 'Nghị định 30/2020/NĐ-CP',
};

/** Keys under which the form remembers what rarely changes. */
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

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px' },
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '8px', '& > *': { flexGrow: 1, flexBasis: 0, minWidth: 0 } },
  preview: {
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: '"Times New Roman", serif',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
});

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; text: string };

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** "Phần đầu": fills in and inserts the header, the signature block and Nơi nhận (Party or State). */
export function HeaderView({ host, lang }: HeaderViewProps) {
  const styles = useStyles();
  const t = (key: keyof typeof TEXT, data?: MessageData) => formatTemplate(TEXT[key][lang], data);
  const remembered = (key: keyof typeof HEADER_SETTINGS) => host.settings.get(HEADER_SETTINGS[key]) ?? '';

  const [profile, setProfile] = useState<Profile>(() => (remembered('profile') === 'state' ? 'state' : 'party'));
  const [superiorBody, setSuperiorBody] = useState(() => remembered('superiorBody'));
  const [issuingBody, setIssuingBody] = useState(() => remembered('issuingBody'));
  const [issuerAbbr, setIssuerAbbr] = useState<string | null>(() => remembered('issuerAbbr') || null);
  const [unitAbbr, setUnitAbbr] = useState('');
  const [typeId, setTypeId] = useState('cong-van');
  const [number, setNumber] = useState('');
  const [place, setPlace] = useState(() => remembered('place'));
  const [date, setDate] = useState(() => toIso(todayParts()));
  const [summary, setSummary] = useState('');
  const [recipients, setRecipients] = useState('');
  const [authority, setAuthority] = useState(() => signingPrefixes(profile)[0].prefix);
  const [authorityBody, setAuthorityBody] = useState('');
  const [office, setOffice] = useState(() => remembered('office'));
  const [signer, setSigner] = useState(() => remembered('signer'));
  const [noiNhan, setNoiNhan] = useState('');
  /** null: follow the type (công văn and tờ trình start Nơi nhận with "Như trên"). */
  const [nhuTrenChoice, setNhuTren] = useState<boolean | null>(null);
  const [archive, setArchive] = useState(() => remembered('archive'));
  const [status, setStatus] = useState<HostStatus | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  /** A header typed by hand that an insertion would replace, once the user agrees. */
  const [handHeader, setHandHeader] = useState<HandHeader | null>(null);
  const [askReplace, setAskReplace] = useState<HandHeader | null>(null);

  const applyPrefill = (p: HeaderPrefill) => {
    if (p.profile) setProfile(p.profile);
    if (p.superiorBody !== undefined) setSuperiorBody(p.superiorBody);
    if (p.issuingBody !== undefined) setIssuingBody(p.issuingBody);
    if (p.issuerAbbr !== undefined) setIssuerAbbr(p.issuerAbbr);
    if (p.typeId) setTypeId(p.typeId);
    if (p.number !== undefined) setNumber(p.number);
    if (p.place !== undefined) setPlace(p.place);
    if (p.date) setDate(p.date);
    if (p.summary !== undefined) setSummary(p.summary);
    if (p.recipients) setRecipients(p.recipients.join('\n'));
  };

  // A header typed by hand fills the form, so replacing it keeps what it said.
  useEffect(() => {
    let live = true;
    host.read().then(
      (doc) => {
        const found = live ? findHandTypedHeader(doc) : null;
        if (!found) return;
        setHandHeader(found);
        applyPrefill(found.prefill);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

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

  // The abbreviation follows the name until the clerk edits it.
  const abbr = issuerAbbr ?? proposeIssuerAbbreviation(issuingBody, superiorBody, profile);
  const type = findDocumentType(profile, typeId) ?? documentTypesFor(profile)[0];

  const nhuTren = nhuTrenChoice ?? (type.congVan === true || type.id === 'to-trinh');

  const headerInput: HeaderInput = {
    profile,
    superiorBody,
    issuingBody,
    issuerAbbr: abbr,
    typeId: type.id,
    number,
    unitAbbr,
    place,
    date: date || null,
    summary,
    recipients: lines(recipients),
  };
  const preview = previewHeader(headerInput);

  const signatureInput: SignatureInput = {
    profile,
    date: date || null,
    authority,
    authorityBody,
    office,
    signer,
    recipients: lines(noiNhan),
    archive,
    nhuTren,
  };

  const switchProfile = (next: Profile) => {
    setProfile(next);
    if (!findDocumentType(next, typeId)) setTypeId(documentTypesFor(next)[0].id);
    if (!signingPrefixes(next).some((p) => p.prefix === authority)) setAuthority(signingPrefixes(next)[0].prefix);
  };

  /** Checks the host can take the insertion, applies it, and says what happened in the user's language. */
  async function insert(
    edit: InsertBlockEdit,
    done: keyof typeof TEXT,
    remember: Array<[keyof typeof HEADER_SETTINGS, string]>,
  ) {
    setBusy(true);
    setNotice(null);
    try {
      const current = await host.status();
      setStatus(current);
      if (current.readOnly) {
        setNotice({ intent: 'error', text: t('readOnly') });
        return;
      }
      const result = await host.apply([edit]);
      if (result.error) setNotice({ intent: 'error', text: result.error[lang] });
      else if (result.stale.length) setNotice({ intent: 'warning', text: t('stale') });
      else if (result.applied === 0) setNotice({ intent: 'warning', text: t('nothingApplied') });
      else {
        setNotice({ intent: 'success', text: t(done) + (current.trackChanges ? t('insertedTracked') : '') });
        // Remembering is a convenience: a failure to store must not disturb the user.
        await Promise.all(remember.map(([key, value]) => host.settings.set(HEADER_SETTINGS[key], value))).catch(
          () => undefined,
        );
      }
    } catch (error) {
      setNotice({ intent: 'error', text: describeError(error, lang) });
    } finally {
      setBusy(false);
    }
  }

  const insertHeader = async (replacing?: HandHeader) => {
    if (!issuingBody.trim()) {
      setNotice({ intent: 'error', text: t('missingIssuer') });
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
      ['superiorBody', superiorBody],
      ['issuingBody', issuingBody],
      ['issuerAbbr', issuerAbbr ?? ''],
      ['place', place],
    ]);
  };

  const insertSignature = () => {
    if (!signer.trim()) {
      setNotice({ intent: 'error', text: t('missingSigner') });
      return;
    }
    void insert(buildSignatureEdit(signatureInput), 'insertedSignature', [
      ['profile', profile],
      ['office', office],
      ['signer', signer],
      ['archive', archive],
    ]);
  };

  const signaturePreview = signatureLines(signatureInput);
  const recipientsLabel = preview.recipientsLabel.replace(':', '');

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
        {handHeader && (
          <MessageBar intent="info" data-testid="hand-header">
            <MessageBarBody>
              {t('handHeaderFound', { first: handHeader.first + 1, last: handHeader.last + 1 })}
            </MessageBarBody>
          </MessageBar>
        )}
        <Field label={t('superiorBody')}>
          <Input value={superiorBody} onChange={(_, d) => setSuperiorBody(d.value)} />
        </Field>
        <Field label={t('issuingBody')}>
          <Input value={issuingBody} onChange={(_, d) => setIssuingBody(d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={t('issuerAbbr')} hint={t('issuerAbbrHint')}>
            <Input value={abbr} onChange={(_, d) => setIssuerAbbr(d.value)} />
          </Field>
          {profile === 'state' && type.congVan && (
            <Field label={t('unitAbbr')}>
              <Input value={unitAbbr} onChange={(_, d) => setUnitAbbr(d.value)} />
            </Field>
          )}
        </div>
        <div className={styles.row}>
          <Field label={t('type')}>
            <Select value={type.id} onChange={(_, d) => setTypeId(d.value)}>
              {documentTypesFor(profile).map((dt) => (
                <option key={dt.id} value={dt.id}>
                  {dt.abbr ? `${dt.name} (${dt.abbr})` : dt.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('number')} hint={t('numberHint')}>
            <Input value={number} inputMode="numeric" onChange={(_, d) => setNumber(d.value.replace(/\D/g, ''))} />
          </Field>
        </div>
        <div className={styles.row}>
          <Field label={t('place')}>
            <Input value={place} onChange={(_, d) => setPlace(d.value)} />
          </Field>
          <Field label={t('date')}>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
        </div>
        <Field label={type.congVan ? t('summaryCongVan') : t('summary')}>
          <Textarea value={summary} resize="vertical" onChange={(_, d) => setSummary(d.value)} />
        </Field>
        <Field label={t('recipients', { label: recipientsLabel })}>
          <Textarea value={recipients} resize="vertical" onChange={(_, d) => setRecipients(d.value)} />
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
        <Button appearance="primary" disabled={busy || status?.readOnly === true} onClick={() => void insertHeader()}>
          {t('insertHeader')}
        </Button>
      </section>

      <section className={styles.section} aria-label={t('signatureTitle')}>
        <Subtitle2>{t('signatureTitle')}</Subtitle2>
        <div className={styles.row}>
          <Field label={t('authority')}>
            <Select value={authority} onChange={(_, d) => setAuthority(d.value)}>
              {signingPrefixes(profile).map((p) => (
                <option key={p.prefix} value={p.prefix}>
                  {`${p.prefix} (${p.meaning})`}
                </option>
              ))}
              <option value="">{t('direct')}</option>
            </Select>
          </Field>
          {authority !== '' && authority !== 'Q.' && (
            <Field label={t('authorityBody')}>
              <Input value={authorityBody} onChange={(_, d) => setAuthorityBody(d.value)} />
            </Field>
          )}
        </div>
        <div className={styles.row}>
          <Field label={t('office')}>
            <Input value={office} onChange={(_, d) => setOffice(d.value)} />
          </Field>
          <Field label={t('signer')}>
            <Input value={signer} onChange={(_, d) => setSigner(d.value)} />
          </Field>
        </div>
        <Field label={t('noiNhan')}>
          <Textarea value={noiNhan} resize="vertical" onChange={(_, d) => setNoiNhan(d.value)} />
        </Field>
        <Checkbox checked={nhuTren} label={t('nhuTren')} onChange={(_, d) => setNhuTren(d.checked === true)} />
        <Field label={t('archive')} hint={profile === 'party' ? t('archiveHintParty') : t('archiveHintState')}>
          <Input value={archive} onChange={(_, d) => setArchive(d.value)} />
        </Field>
        <div className={styles.preview} data-testid="signature-preview">
          {[signaturePreview.authority, signaturePreview.office, signaturePreview.signer].filter(Boolean).map((l) => (
            <span key={l}>{l}</span>
          ))}
          <Caption1>{noiNhanLines(signatureInput).join(' ')}</Caption1>
        </div>
        <Button appearance="primary" disabled={busy || status?.readOnly === true} onClick={insertSignature}>
          {t('insertSignature')}
        </Button>
      </section>

      {notice && (
        <MessageBar intent={notice.intent} data-testid="header-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
