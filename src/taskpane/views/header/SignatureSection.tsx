import { Button, Caption1, Checkbox, Field, Input, Select, Subtitle2, Textarea } from '@fluentui/react-components';
import { noiNhanLines, signatureLines, signingPrefixes, type SignatureInput } from '../../../core/header';
import { formatTemplate, type Lang } from '../../../core/i18n';
import type { DraftField, HeaderDraft } from '../../headerDraft';
import { HEADER_TEXT } from '../../headerStrings';

export interface SignatureSectionProps {
  draft: HeaderDraft;
  set<K extends DraftField>(field: K, value: HeaderDraft[K]): void;
  input: SignatureInput;
  nhuTren: boolean;
  lang: Lang;
  disabled: boolean;
  onInsert(): void;
  classes: { section: string; row: string; preview: string };
}

/** "Chữ ký và nơi nhận": the signing block and the Nơi nhận list, with their preview. */
export function SignatureSection({
  draft,
  set,
  input,
  nhuTren,
  lang,
  disabled,
  onInsert,
  classes,
}: SignatureSectionProps) {
  const t = (key: keyof typeof HEADER_TEXT) => formatTemplate(HEADER_TEXT[key][lang]);
  const lines = signatureLines(input);
  return (
    <section className={classes.section} aria-label={t('signatureTitle')}>
      <Subtitle2>{t('signatureTitle')}</Subtitle2>
      <div className={classes.row}>
        <Field label={t('authority')}>
          <Select value={draft.authority} onChange={(_, d) => set('authority', d.value)}>
            {signingPrefixes(draft.profile).map((p) => (
              <option key={p.prefix} value={p.prefix}>
                {`${p.prefix} (${p.meaning})`}
              </option>
            ))}
            <option value="">{t('direct')}</option>
          </Select>
        </Field>
        {draft.authority !== '' && draft.authority !== 'Q.' && (
          <Field label={t('authorityBody')}>
            <Input value={draft.authorityBody} onChange={(_, d) => set('authorityBody', d.value)} />
          </Field>
        )}
      </div>
      <div className={classes.row}>
        <Field label={t('office')}>
          <Input value={draft.office} onChange={(_, d) => set('office', d.value)} />
        </Field>
        <Field label={t('signer')}>
          <Input value={draft.signer} onChange={(_, d) => set('signer', d.value)} />
        </Field>
      </div>
      <Field label={t('noiNhan')}>
        <Textarea value={draft.noiNhan} resize="vertical" onChange={(_, d) => set('noiNhan', d.value)} />
      </Field>
      <Checkbox checked={nhuTren} label={t('nhuTren')} onChange={(_, d) => set('nhuTren', d.checked === true)} />
      <Field label={t('archive')} hint={draft.profile === 'party' ? t('archiveHintParty') : t('archiveHintState')}>
        <Input value={draft.archive} onChange={(_, d) => set('archive', d.value)} />
      </Field>
      <div className={classes.preview} data-testid="signature-preview">
        {[lines.authority, lines.office, lines.signer].filter(Boolean).map((l) => (
          <span key={l}>{l}</span>
        ))}
        <Caption1>{noiNhanLines(input).join(' ')}</Caption1>
      </div>
      <Button appearance="primary" disabled={disabled} onClick={onInsert}>
        {t('insertSignature')}
      </Button>
    </section>
  );
}
