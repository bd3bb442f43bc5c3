import { useMemo, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Edit, InsertBlockEdit } from '../../core/edit';
import { specText } from '../../core/edit';
import type { ApplyResult, DocumentHost } from '../../core/host';
import type { Lang, LocalizedText } from '../../core/i18n';
import { formatTemplate } from '../../core/i18n';
import {
  buildRepair,
  buildScaffold,
  sectionNumber,
  sectionNumberPaths,
  type NumberingChoice,
} from '../../core/outline/scaffold';
import { describeChanges, numberChanges } from '../../core/outline/renumber';
import { builtInTemplates, importOutline, TemplateError } from '../../core/templates';
import { loadSavedTemplates, removeSavedTemplate, saveTemplate } from '../../core/templates/saved';
import type { OutlineTemplate, TemplateSection } from '../../core/templates/types';
import { describeError } from '../errors';
import { ofmt } from '../outlineStrings';

export interface OutlineViewProps {
  host: DocumentHost;
  lang: Lang;
}

const TEXT = {
  template: { vi: 'Mẫu đề cương', en: 'Outline template' },
  builtIn: { vi: 'Có sẵn', en: 'Built in' },
  saved: { vi: 'Đã lưu', en: 'Saved' },
  source: { vi: 'Nguồn: {source}', en: 'Source: {source}' },
  preview: { vi: 'Các mục của đề cương', en: 'Sections of the outline' },
  figures: { vi: 'cần số liệu', en: 'needs figures' },
  numbering: { vi: 'Kiểu đánh số', en: 'Numbering' },
  numberingTemplate: { vi: 'Theo mẫu', en: 'As in the template' },
  numberingDash: { vi: 'I-, 1., 2.1-, a)', en: 'I-, 1., 2.1-, a)' },
  numberingDot: { vi: 'I., 1., 2.1., a)', en: 'I., 1., 2.1., a)' },
  position: { vi: 'Chèn vào', en: 'Insert' },
  afterHeader: { vi: 'Sau phần đầu văn bản', en: 'After the document header' },
  selection: { vi: 'Tại vị trí con trỏ', en: 'At the cursor' },
  insert: { vi: 'Chèn đề cương', en: 'Insert outline' },
  repair: { vi: 'Bổ sung phần còn thiếu', en: 'Add missing sections' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  nothingToInsert: {
    vi: 'Văn bản đã có đủ các mục của đề cương này; không chèn thêm gì.',
    en: 'The document already has every section of this outline; nothing was inserted.',
  },
  nothingMissing: {
    vi: 'Văn bản không thiếu mục bắt buộc nào của đề cương này.',
    en: 'The document lacks no required section of this outline.',
  },
  willInsert: {
    vi: 'Sẽ chèn các mục sau (nội dung đã có được giữ nguyên):',
    en: 'These sections will be inserted (existing text is kept):',
  },
  confirm: { vi: 'Chèn các mục này', en: 'Insert these sections' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  inserted: { vi: 'Đã chèn {count} mục.', en: 'Inserted {count} sections.' },
  stale: {
    vi: 'Văn bản đã thay đổi nên {count} chỗ chèn bị bỏ qua; hãy bấm lại.',
    en: 'The document changed, so {count} insertions were skipped; please try again.',
  },
  importTitle: { vi: 'Nhập đề cương từ văn bản', en: 'Import an outline from text' },
  importHint: {
    vi: 'Dán đề cương (ví dụ phần “GỢI Ý ĐỀ CƯƠNG BÁO CÁO” của công văn cấp trên): các dòng I-, 1., 2.1-, a) là mục; dòng “- ” là gợi ý nội dung.',
    en: 'Paste an outline (e.g. the “GỢI Ý ĐỀ CƯƠNG BÁO CÁO” part of a letter): lines I-, 1., 2.1-, a) are sections; “- ” lines are guidance.',
  },
  importText: { vi: 'Nội dung đề cương', en: 'Outline text' },
  importPreview: { vi: 'Xem trước', en: 'Preview' },
  importName: { vi: 'Tên mẫu', en: 'Template name' },
  importSave: { vi: 'Lưu mẫu', en: 'Save template' },
  importSaved: { vi: 'Đã lưu mẫu “{name}”.', en: 'Saved template “{name}”.' },
  importCount: { vi: 'Đọc được {count} mục.', en: '{count} sections read.' },
  remove: { vi: 'Xoá mẫu đã lưu này', en: 'Delete this saved template' },
  removed: { vi: 'Đã xoá mẫu “{name}”.', en: 'Deleted template “{name}”.' },
} satisfies Record<string, LocalizedText>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  tree: { margin: 0, paddingLeft: tokens.spacingHorizontalL, listStyleType: 'none' },
  rootTree: { margin: 0, padding: 0, listStyleType: 'none' },
  mark: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Notice = { intent: 'success' | 'warning' | 'error' | 'info'; text: string };

/**
 * Headings an edit list would insert, for the preview before "Bổ sung phần còn thiếu": every inserted paragraph
 * but the guidance placeholders (a heading among unstyled ones has no Word heading level).
 */
export function insertedHeadings(edits: readonly Edit[]): string[] {
  return edits
    .filter((e): e is InsertBlockEdit => e.kind === 'insertBlock')
    .flatMap((e) => e.items)
    .flatMap((item) => (item.kind === 'paragraph' && !item.placeholder ? [specText(item)] : []));
}

function SectionTree({
  sections,
  paths,
  choice,
  lang,
  root,
}: {
  sections: readonly TemplateSection[];
  paths: Map<string, number[]>;
  choice: NumberingChoice;
  lang: Lang;
  root?: boolean;
}) {
  const styles = useStyles();
  return (
    <ul className={root ? styles.rootTree : styles.tree} role={root ? 'tree' : 'group'}>
      {sections.map((s) => {
        const label = `${sectionNumber(s, paths, choice)} ${s.title}`.trim();
        return (
          <li key={s.id} role="treeitem" aria-label={label}>
            <span>{label}</span>
            {/* Most sections are required: only the exceptions are marked. */}
            {!s.required && <Caption1 className={styles.mark}>({ofmt(lang, 'optional')})</Caption1>}
            {s.needsFigures && <Caption1 className={styles.mark}>({TEXT.figures[lang]})</Caption1>}
            {s.children.length > 0 && <SectionTree sections={s.children} paths={paths} choice={choice} lang={lang} />}
          </li>
        );
      })}
    </ul>
  );
}

/** "Đề cương": choose a template, preview it, insert it or add what is missing; import and save outlines. */
export function OutlineView({ host, lang }: OutlineViewProps) {
  const styles = useStyles();
  const [saved, setSaved] = useState<OutlineTemplate[]>(() => loadSavedTemplates(host.settings));
  const all = useMemo(() => [...builtInTemplates, ...saved], [saved]);
  const [templateId, setTemplateId] = useState(builtInTemplates[0].id);
  const template = all.find((t) => t.id === templateId) ?? builtInTemplates[0];
  const [choice, setChoice] = useState<NumberingChoice>('template');
  const [position, setPosition] = useState<'afterHeader' | 'selection'>('afterHeader');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<Edit[] | null>(null);
  const [importText, setImportText] = useState('');
  const [imported, setImported] = useState<OutlineTemplate | null>(null);
  const [importName, setImportName] = useState('');

  const options = () => ({
    numbering: choice,
    position,
    ...(template.profile !== 'any' ? { profile: template.profile } : {}),
  });

  const report = (result: ApplyResult, edits: Edit[]) => {
    const done = edits.filter((_, i) => !result.stale.includes(i));
    const inserted = insertedHeadings(done).length;
    const renumbered = numberChanges(done).length;
    if (result.error) setNotice({ intent: 'error', text: result.error[lang] });
    else if (result.stale.length > 0)
      setNotice({ intent: 'warning', text: formatTemplate(TEXT.stale[lang], { count: result.stale.length }) });
    else if (renumbered > 0)
      setNotice({ intent: 'success', text: ofmt(lang, 'insertedRenumbered', { count: inserted, renumbered }) });
    else setNotice({ intent: 'success', text: formatTemplate(TEXT.inserted[lang], { count: inserted }) });
  };

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setNotice({ intent: 'error', text: describeError(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  const insert = () =>
    guarded(async () => {
      setPending(null);
      const edits = buildScaffold(await host.read(), template, options());
      if (edits.length === 0) {
        setNotice({ intent: 'info', text: TEXT.nothingToInsert[lang] });
        return;
      }
      report(await host.apply(edits), edits);
    });

  const previewRepair = () =>
    guarded(async () => {
      const edits = buildRepair(await host.read(), template, options());
      if (edits.length === 0) {
        setPending(null);
        setNotice({ intent: 'info', text: TEXT.nothingMissing[lang] });
        return;
      }
      setPending(edits);
    });

  const confirmRepair = () =>
    guarded(async () => {
      if (!pending) return;
      const edits = pending;
      setPending(null);
      report(await host.apply(edits), edits);
    });

  const previewImport = () => {
    setNotice(null);
    try {
      const t = importOutline(importText);
      setImported(t);
      setImportName(t.name.vi);
    } catch (error) {
      setImported(null);
      const text =
        error instanceof TemplateError ? error.messages.map((m) => m[lang]).join(' ') : describeError(error, lang);
      setNotice({ intent: 'error', text });
    }
  };

  const saveImported = () =>
    guarded(async () => {
      if (!imported) return;
      const name = importName.trim() || imported.name.vi;
      const t = importOutline(importText, { name: { vi: name, en: name } });
      const id = builtInTemplates.some((b) => b.id === t.id) ? `${t.id}-rieng` : t.id;
      const toSave = { ...t, id };
      setSaved(await saveTemplate(host.settings, toSave));
      setTemplateId(id);
      setImported(null);
      setImportText('');
      setNotice({ intent: 'success', text: formatTemplate(TEXT.importSaved[lang], { name }) });
    });

  const removeSaved = () =>
    guarded(async () => {
      const name = template.name[lang];
      setSaved(await removeSavedTemplate(host.settings, template.id));
      setTemplateId(builtInTemplates[0].id);
      setNotice({ intent: 'success', text: formatTemplate(TEXT.removed[lang], { name }) });
    });

  const isSaved = saved.some((t) => t.id === template.id);
  const pendingChanges = pending ? numberChanges(pending) : [];

  return (
    <div className={styles.root}>
      <Field label={TEXT.template[lang]}>
        <Select value={template.id} onChange={(_, data) => (setTemplateId(data.value), setPending(null))}>
          <optgroup label={TEXT.builtIn[lang]}>
            {builtInTemplates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name[lang]}
              </option>
            ))}
          </optgroup>
          {saved.length > 0 && (
            <optgroup label={TEXT.saved[lang]}>
              {saved.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name[lang]}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      {template.source && <Caption1>{formatTemplate(TEXT.source[lang], { source: template.source })}</Caption1>}

      <section className={styles.section} aria-label={TEXT.preview[lang]}>
        <Subtitle2>{TEXT.preview[lang]}</Subtitle2>
        <SectionTree
          sections={template.sections}
          paths={sectionNumberPaths(template.sections)}
          choice={choice}
          lang={lang}
          root
        />
      </section>

      <Field label={TEXT.numbering[lang]}>
        <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value as NumberingChoice)}>
          <Radio value="template" label={TEXT.numberingTemplate[lang]} />
          <Radio value="dash" label={TEXT.numberingDash[lang]} />
          <Radio value="dot" label={TEXT.numberingDot[lang]} />
        </RadioGroup>
      </Field>
      <Field label={TEXT.position[lang]}>
        <RadioGroup value={position} onChange={(_, data) => setPosition(data.value as 'afterHeader' | 'selection')}>
          <Radio value="afterHeader" label={TEXT.afterHeader[lang]} />
          <Radio value="selection" label={TEXT.selection[lang]} />
        </RadioGroup>
      </Field>

      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={insert}>
          {TEXT.insert[lang]}
        </Button>
        <Button disabled={busy} onClick={previewRepair}>
          {TEXT.repair[lang]}
        </Button>
        {isSaved && (
          <Button appearance="subtle" disabled={busy} onClick={removeSaved}>
            {TEXT.remove[lang]}
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label={TEXT.working[lang]} />}

      {pending && (
        <section className={styles.section} aria-label={TEXT.willInsert[lang]} data-testid="repair-preview">
          <Caption1>{TEXT.willInsert[lang]}</Caption1>
          <ul className={styles.tree}>
            {insertedHeadings(pending).map((h, i) => (
              <li key={i}>{h}</li>
            ))}
          </ul>
          {pendingChanges.length > 0 && (
            <Caption1 data-testid="renumber-preview">
              {ofmt(lang, 'renumberNote', { changes: describeChanges(pendingChanges) })}
            </Caption1>
          )}
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={confirmRepair}>
              {pendingChanges.length > 0 ? ofmt(lang, 'confirmRenumber') : TEXT.confirm[lang]}
            </Button>
            <Button disabled={busy} onClick={() => setPending(null)}>
              {TEXT.cancel[lang]}
            </Button>
          </div>
        </section>
      )}

      {notice && (
        <MessageBar intent={notice.intent} data-testid="outline-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-label={TEXT.importTitle[lang]}>
        <Subtitle2>{TEXT.importTitle[lang]}</Subtitle2>
        <Caption1>{TEXT.importHint[lang]}</Caption1>
        <Field label={TEXT.importText[lang]}>
          <Textarea value={importText} resize="vertical" rows={6} onChange={(_, data) => setImportText(data.value)} />
        </Field>
        <div className={styles.row}>
          <Button disabled={!importText.trim()} onClick={previewImport}>
            {TEXT.importPreview[lang]}
          </Button>
        </div>
        {imported && (
          <div className={styles.section} data-testid="import-preview">
            <Caption1>{formatTemplate(TEXT.importCount[lang], { count: countSections(imported.sections) })}</Caption1>
            <SectionTree
              sections={imported.sections}
              paths={sectionNumberPaths(imported.sections)}
              choice="template"
              lang={lang}
              root
            />
            <Field label={TEXT.importName[lang]}>
              <Input value={importName} onChange={(_, data) => setImportName(data.value)} />
            </Field>
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy} onClick={saveImported}>
                {TEXT.importSave[lang]}
              </Button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

function countSections(sections: readonly TemplateSection[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}
