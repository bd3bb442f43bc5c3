import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { listNotEvaluated } from '../../core/check';
import type { CheckConfig } from '../../core/config';
import type { Edit, FormatEdit, PageSetupEdit } from '../../core/edit';
import type { Finding } from '../../core/finding';
import type { DocumentHost } from '../../core/host';
import type { Lang, LocalizedText } from '../../core/i18n';
import type { DocumentModel } from '../../core/model';
import { presentationRules } from '../../core/rules/presentation';
import { runRules } from '../../core/runner';
import { describeError } from '../errors';

/** Strings of this view, in both languages (new tone-mark style). */
const T = {
  title: { vi: 'Chuẩn hoá định dạng', en: 'Apply the standard format' },
  intro: {
    vi: 'Đặt phông chữ, cỡ chữ, kiểu chữ, căn lề, thụt đầu dòng, giãn dòng và lề trang theo quy định. Chữ trong văn bản giữ nguyên; có thể hoàn tác bằng lệnh Hoàn tác của Word.',
    en: 'Sets fonts, sizes, styles, alignment, indents, spacing and page margins to the rules. The text itself is not changed; Word’s Undo reverts it.',
  },
  preview: { vi: 'Xem trước các thay đổi', en: 'Preview the changes' },
  apply: { vi: 'Chuẩn hoá ({count} thay đổi)', en: 'Apply ({count} changes)' },
  nothing: { vi: 'Định dạng đã đúng quy định, không có gì để chuẩn hoá.', en: 'The format already follows the rules.' },
  willChange: { vi: 'Sẽ thay đổi:', en: 'Will change:' },
  done: { vi: 'Đã chuẩn hoá {applied} chỗ.', en: '{applied} changes applied.' },
  refused: {
    vi: '{stale} chỗ không áp dụng được (văn bản đã thay đổi sau khi xem trước, hoặc Word chưa cho phép đặt thuộc tính này); hãy xem trước lại.',
    en: '{stale} changes could not be applied (the document changed since the preview, or Word cannot set that property); preview again.',
  },
  notEvaluated: {
    vi: 'Không kiểm tra được trên nơi soạn thảo này: {rules}.',
    en: 'Cannot be checked in this editor: {rules}.',
  },
  unfixable: { vi: '(chỉ báo, không tự sửa được)', en: '(reported only, no automatic fix)' },
} satisfies Record<string, LocalizedText>;

const t = (lang: Lang, key: keyof typeof T, data: Record<string, string | number> = {}) =>
  T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ''));

type PresentationEdit = FormatEdit | PageSetupEdit;

const isPresentationEdit = (e: Edit): e is PresentationEdit => e.kind === 'setFormat' || e.kind === 'setPageSetup';

interface Plan {
  findings: Finding[];
  edits: PresentationEdit[];
  notEvaluated: LocalizedText[];
}

/** The presentation findings of a document and the edits that fix them. */
function makePlan(doc: DocumentModel, config: CheckConfig): Plan {
  const findings = runRules(doc, presentationRules, config);
  return {
    findings,
    edits: findings.flatMap((f) => (f.fix ?? []).filter(isPresentationEdit)),
    notEvaluated: listNotEvaluated(doc, config, presentationRules).map((n) => n.description),
  };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '6px' },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export interface StandardizeViewProps {
  host: DocumentHost;
  lang: Lang;
  config?: CheckConfig;
}

/**
 * "Chuẩn hoá định dạng": runs the presentation rules, lists what their fixes would change, and applies every
 * formatting and page-setup fix in one batch. Only presentation edits are sent: the text is never touched.
 */
export function StandardizeView({ host, lang, config = {} }: StandardizeViewProps) {
  const styles = useStyles();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | null>(null);

  const preview = useCallback(async () => {
    setBusy(true);
    setMessage(null);
    try {
      setPlan(makePlan(await host.read(), config));
    } catch (e) {
      setMessage({ intent: 'error', text: describeError(e, lang) });
    } finally {
      setBusy(false);
    }
  }, [host, config, lang]);

  const apply = useCallback(async () => {
    if (!plan?.edits.length) return;
    setBusy(true);
    try {
      const result = await host.apply(plan.edits);
      if (result.error) {
        setMessage({ intent: 'error', text: result.error[lang] });
        return;
      }
      const parts = [t(lang, 'done', { applied: result.applied })];
      if (result.stale.length) parts.push(t(lang, 'refused', { stale: result.stale.length }));
      setMessage({ intent: result.stale.length ? 'warning' : 'success', text: parts.join(' ') });
    } catch (e) {
      setMessage({ intent: 'error', text: describeError(e, lang) });
    } finally {
      setBusy(false);
    }
    // What is left (e.g. what the host refused, or findings with no fix) shows in a fresh preview.
    const doc = await host.read().catch(() => null);
    if (doc) setPlan(makePlan(doc, config));
  }, [host, plan, lang, config]);

  return (
    <div className={styles.root} data-testid="standardize-view">
      <Subtitle2>{t(lang, 'title')}</Subtitle2>
      <Caption1 className={styles.muted}>{t(lang, 'intro')}</Caption1>
      <div className={styles.buttons}>
        <Button onClick={() => void preview()} disabled={busy}>
          {t(lang, 'preview')}
        </Button>
        {plan && plan.edits.length > 0 && (
          <Button appearance="primary" onClick={() => void apply()} disabled={busy}>
            {t(lang, 'apply', { count: plan.edits.length })}
          </Button>
        )}
        {busy && <Spinner size="tiny" />}
      </div>
      {message && (
        <MessageBar intent={message.intent} data-testid="standardize-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.notEvaluated.length > 0 && (
        <Caption1 className={styles.muted}>
          {t(lang, 'notEvaluated', { rules: plan.notEvaluated.map((d) => d[lang]).join('; ') })}
        </Caption1>
      )}
      {plan && plan.findings.length === 0 && <Text>{t(lang, 'nothing')}</Text>}
      {plan && plan.findings.length > 0 && (
        <>
          <Text weight="semibold">{t(lang, 'willChange')}</Text>
          <ul className={styles.list} data-testid="standardize-list">
            {plan.findings.map((f, i) => (
              <li key={i}>
                <Text>{f.message[lang]}</Text>{' '}
                {!(f.fix ?? []).some(isPresentationEdit) && (
                  <Caption1 className={styles.muted}>{t(lang, 'unfixable')}</Caption1>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
