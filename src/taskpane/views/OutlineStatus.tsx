import { useEffect, useMemo, useState } from 'react';
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSort16Regular, CheckmarkCircle16Filled, DismissCircle16Filled } from '@fluentui/react-icons';
import type { CheckConfig } from '../../core/config';
import { availableTemplates, chooseTemplate, resolveTemplate } from '../../core/conformance/chooseTemplate';
import { compareOutline, countStates } from '../../core/conformance/compareOutline';
import { readOutline } from '../../core/conformance/documentOutline';
import type { SectionState, SectionStatus, TemplateChoice } from '../../core/conformance/types';
import type { Lang, LocalizedText } from '../../core/i18n';
import { formatTemplate } from '../../core/i18n';
import type { DocumentModel } from '../../core/model';
import { ofmt } from '../outlineStrings';

export interface OutlineStatusProps {
  doc: DocumentModel;
  lang: Lang;
  config: CheckConfig;
  /** Select a paragraph in the document: the section's heading, or where a missing section belongs. */
  onSelect(paragraph: number): void;
  /** The user picked another template to check against. */
  onTemplateChange?(templateId: string): void;
}

const TEXT = {
  title: { vi: 'Đối chiếu đề cương', en: 'Outline check' },
  template: { vi: 'Đề cương', en: 'Outline template' },
  none: {
    vi: 'Chưa có đề cương nào để đối chiếu: chọn một đề cương.',
    en: 'No outline template to check against: pick one.',
  },
  choose: { vi: '— Chọn đề cương —', en: '— Pick a template —' },
  config: { vi: 'Đề cương đã chọn.', en: 'The chosen template.' },
  document: { vi: 'Đề cương văn bản đã dùng khi soạn.', en: 'The template this document was written from.' },
  bestMatch: { vi: 'Tự chọn: khớp nhất ({score}%).', en: 'Chosen automatically: best match ({score}%).' },
  summary: {
    vi: '{present}/{total} mục có; thiếu {missing}; sai thứ tự {outOfOrder}.',
    en: '{present}/{total} sections present; {missing} missing; {outOfOrder} out of order.',
  },
} satisfies Record<string, LocalizedText>;

const STATE_TEXT: Record<SectionState, LocalizedText> = {
  present: { vi: 'có', en: 'present' },
  missing: { vi: 'thiếu', en: 'missing' },
  'out-of-order': { vi: 'sai thứ tự', en: 'out of order' },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tree: { listStyleType: 'none', margin: 0, paddingLeft: tokens.spacingHorizontalL },
  rootTree: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, minWidth: 0 },
  present: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  outOfOrder: { color: tokens.colorPaletteMarigoldForeground1 },
  mark: { color: tokens.colorNeutralForeground3 },
});

/** A compact tree of the chosen template's sections: ticks for present, crosses for missing, arrows for out of order. */
export function OutlineStatus({ doc, lang, config, onSelect, onTemplateChange }: OutlineStatusProps) {
  const styles = useStyles();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  // A new template in the settings (e.g. after onTemplateChange) takes over from the local pick.
  useEffect(() => setPicked(undefined), [config.templateId]);

  const outline = useMemo(() => readOutline(doc), [doc]);
  const choice: TemplateChoice | null = useMemo(() => {
    const own = picked ? resolveTemplate(picked, availableTemplates(config)) : undefined;
    return own ? { template: own, reason: 'config' } : chooseTemplate(doc, config, outline);
  }, [doc, config, outline, picked]);
  const comparison = useMemo(
    () => (choice ? compareOutline(doc, choice.template, outline) : null),
    [doc, choice, outline],
  );

  const pick = (id: string) => {
    setPicked(id);
    onTemplateChange?.(id);
  };
  const picker = (
    <Field
      label={TEXT.template[lang]}
      hint={
        !choice
          ? TEXT.none[lang]
          : choice.reason === 'best-match'
            ? formatTemplate(TEXT.bestMatch[lang], { score: Math.round((choice.score ?? 0) * 100) })
            : TEXT[choice.reason][lang]
      }
    >
      <Select value={choice?.template.id ?? ''} onChange={(_, data) => data.value && pick(data.value)}>
        {!choice && <option value="">{TEXT.choose[lang]}</option>}
        {availableTemplates(config).map((t) => (
          <option key={t.id} value={t.id}>
            {t.name[lang]}
          </option>
        ))}
      </Select>
    </Field>
  );
  if (!choice || !comparison)
    return (
      <div className={styles.root} role="group" aria-label={TEXT.title[lang]}>
        {picker}
      </div>
    );

  const renderItems = (items: SectionStatus[], nested: boolean) => (
    <ul className={nested ? styles.tree : styles.rootTree} role={nested ? 'group' : 'tree'}>
      {items.map((item) => (
        <li
          key={item.section.id}
          role="treeitem"
          aria-label={`${item.label} ${item.section.title}: ${STATE_TEXT[item.state][lang]}${item.section.required ? '' : ` (${ofmt(lang, 'optional')})`}`}
        >
          <Button
            appearance="subtle"
            size="small"
            className={styles.item}
            icon={stateIcon(item.state, styles)}
            title={STATE_TEXT[item.state][lang]}
            data-state={item.state}
            onClick={() => onSelect(item.paragraph)}
          >
            {`${item.label} ${item.section.title}`}
          </Button>
          {/* Most sections are required: only the exceptions are marked. */}
          {!item.section.required && <Caption1 className={styles.mark}>({ofmt(lang, 'optional')})</Caption1>}
          {item.children.length > 0 && renderItems(item.children, true)}
        </li>
      ))}
    </ul>
  );

  return (
    <div className={styles.root} role="group" aria-label={TEXT.title[lang]}>
      {picker}
      <Caption1>{formatTemplate(TEXT.summary[lang], countStates(comparison.sections))}</Caption1>
      {renderItems(comparison.sections, false)}
    </div>
  );
}

function stateIcon(state: SectionState, styles: ReturnType<typeof useStyles>) {
  if (state === 'present') return <CheckmarkCircle16Filled className={styles.present} />;
  if (state === 'missing') return <DismissCircle16Filled className={styles.missing} />;
  return <ArrowSort16Regular className={styles.outOfOrder} />;
}
