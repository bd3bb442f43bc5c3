import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissibleNotice } from '../DismissibleNotice';
import { useCallback, useMemo, useState } from 'react';
import type { CheckConfig } from '../../core/config';
import { validateCheckConfig } from '../../core/configValidation';
import { parseJson } from '../../core/json';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Category, type Severity } from '../../core/finding';
import type { DocumentHost } from '../../core/host';
import type { Lang } from '../../core/i18n';
import type { Rule } from '../../core/rule';
import { builtInTemplates } from '../../core/templates';
import { loadSavedTemplates } from '../../core/templates/saved';
import {
  defaultSeverityLabel,
  droppedEntries,
  fixedSeverityLabel,
  normalizeWordList,
  ruleChoice,
  sanitizeCheckConfig,
  saveCheckConfig,
  variesInSeverity,
  withRuleChoice,
  type RuleChoice,
} from '../settings';
import { fmt, type StringKey } from '../strings';

export interface SettingsViewProps {
  host: DocumentHost;
  lang: Lang;
  /** The rules the pane checks with, listed by category. */
  rules: readonly Rule[];
  /** The user's stored settings (not merged with the pane's start-up configuration). */
  value: CheckConfig;
  /** Told of every change; the view stores it in `host.settings` itself. */
  onChange(next: CheckConfig): void;
}

type Intent = 'success' | 'warning' | 'error';

/** Kept as a function of the language, so switching language re-renders it. */
interface Notice {
  intent: Intent;
  text: (lang: Lang) => string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];
const PROFILE_CHOICES: Array<[NonNullable<CheckConfig['profile']>, StringKey]> = [
  ['auto', 'profileAuto'],
  ['party', 'profileParty'],
  ['state', 'profileState'],
];
const TONE_CHOICES: Array<[NonNullable<CheckConfig['toneStyle']>, StringKey]> = [
  ['auto', 'toneAuto'],
  ['new', 'toneNew'],
  ['old', 'toneOld'],
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '0 12px 12px', minWidth: 0 },
  // The reset button and the latest confirmation stay in sight while the user scrolls through the rules.
  statusBar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '12px 0 8px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  rules: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
  // A rule's switch and severity share a line when there is room and wrap in a narrow pane.
  rule: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '8px',
    padding: '4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  ruleSwitch: { flex: '1 1 170px', minWidth: 0, alignItems: 'flex-start' },
  ruleLabel: { minWidth: 0, overflowWrap: 'anywhere' },
  severity: { flex: '0 1 190px', minWidth: 0, marginLeft: 'auto' },
  json: { fontFamily: tokens.fontFamilyMonospace, minWidth: 0 },
});

/** "Cài đặt": the CheckConfig a user or office chooses, saved as soon as it changes. */
export function SettingsView({ host, lang, rules, value, onChange }: SettingsViewProps) {
  const styles = useStyles();
  const [message, setMessage] = useState<Notice | null>(null);
  // The word list is saved when the box is left, so typing is not rewritten while it happens.
  const [wordsDraft, setWordsDraft] = useState<string | null>(null);
  const [jsonDraft, setJsonDraft] = useState<string | null>(null);

  const store = useCallback(
    async (next: CheckConfig, done: Notice) => {
      onChange(next);
      try {
        await saveCheckConfig(host.settings, next, rules);
        setMessage(done);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        setMessage({ intent: 'error', text: (l) => fmt(l, 'settingsSaveFailed', { detail }) });
      }
    },
    [host, rules, onChange],
  );
  const saved: Notice = useMemo(() => ({ intent: 'success', text: (l) => fmt(l, 'settingsSaved') }), []);

  const setField = <K extends 'profile' | 'toneStyle' | 'templateId'>(key: K, v: CheckConfig[K] | 'auto' | '') => {
    const { [key]: _old, ...rest } = value;
    void store(v === 'auto' || v === '' || v === undefined ? rest : { ...rest, [key]: v }, saved);
  };

  const setRule = (rule: Rule, choice: RuleChoice) => void store(withRuleChoice(value, rule, choice), saved);

  const commitWords = () => {
    if (wordsDraft === null) return;
    const words = normalizeWordList(wordsDraft);
    setWordsDraft(null);
    if (JSON.stringify(words) === JSON.stringify(value.exceptions ?? [])) return;
    const { exceptions: _old, ...rest } = value;
    void store(words.length ? { ...rest, exceptions: words } : rest, saved);
  };

  const reset = () => {
    setWordsDraft(null);
    setJsonDraft(null);
    void store({}, { intent: 'success', text: (l) => fmt(l, 'settingsReset') });
  };

  const importJson = () => {
    if (jsonDraft === null) return;
    // Validated whole before anything is stored: a file with a wrong entry is refused and the saved settings stay.
    const parsed = parseJson(jsonDraft);
    if (!parsed.ok) {
      const { error } = parsed;
      setMessage({ intent: 'error', text: (l) => fmt(l, 'importInvalid', { detail: error[l] }) });
      return;
    }
    const json = parsed.value;
    const { errors } = validateCheckConfig(json, (id) => rules.some((r) => r.meta.id === id));
    if (errors.length) {
      const [first] = errors;
      const more = errors.length - 1;
      setMessage({
        intent: 'error',
        text: (l) => fmt(l, more ? 'importRefusedMore' : 'importRefused', { problem: first[l], more }),
      });
      return;
    }
    const clean = sanitizeCheckConfig(json, rules);
    const dropped = droppedEntries(json, clean);
    setJsonDraft(null);
    setWordsDraft(null);
    void store(
      clean,
      dropped.length
        ? { intent: 'warning', text: (l) => fmt(l, 'importDropped', { items: dropped.join(', ') }) }
        : { intent: 'success', text: (l) => fmt(l, 'importDone') },
    );
  };

  const byCategory = useMemo(
    () => CATEGORIES.map((category) => ({ category, rules: rules.filter((r) => r.meta.category === category) })),
    [rules],
  );
  const templateId = value.templateId ?? '';
  // Outlines the user saved in the "Đề cương" view can be chosen too (the check view offers them as well).
  const templates = useMemo(() => [...builtInTemplates, ...loadSavedTemplates(host.settings)], [host]);
  const templateKnown = !templateId || templates.some((t) => t.id === templateId);

  return (
    <div className={styles.root}>
      <div className={styles.statusBar}>
        <div className={styles.actions}>
          <Button onClick={reset}>{fmt(lang, 'resetDefaults')}</Button>
        </div>
        {message ? (
          <DismissibleNotice
            intent={message.intent}
            text={message.text(lang)}
            closeLabel={fmt(lang, 'close')}
            onDismiss={() => setMessage(null)}
          />
        ) : (
          <Caption1 className={styles.muted}>{fmt(lang, 'settingsIntro')}</Caption1>
        )}
      </div>

      <Field label={fmt(lang, 'profileLabel')}>
        <RadioGroup value={value.profile ?? 'auto'} onChange={(_, d) => setField('profile', d.value as 'auto')}>
          {PROFILE_CHOICES.map(([v, key]) => (
            <Radio key={v} value={v} label={fmt(lang, key)} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={fmt(lang, 'toneStyleLabel')}>
        <RadioGroup value={value.toneStyle ?? 'auto'} onChange={(_, d) => setField('toneStyle', d.value as 'auto')}>
          {TONE_CHOICES.map(([v, key]) => (
            <Radio key={v} value={v} label={fmt(lang, key)} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={fmt(lang, 'templateLabel')}>
        <Select value={templateId} onChange={(_, d) => setField('templateId', d.value)}>
          <option value="">{fmt(lang, 'templateAuto')}</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name[lang]}
            </option>
          ))}
          {/* An id from an imported file that this pane does not ship stays visible rather than silently lost. */}
          {!templateKnown && <option value={templateId}>{templateId}</option>}
        </Select>
      </Field>

      <Field label={fmt(lang, 'exceptionsLabel')} hint={fmt(lang, 'exceptionsHint')}>
        <Textarea
          resize="vertical"
          value={wordsDraft ?? (value.exceptions ?? []).join('\n')}
          onChange={(_, d) => setWordsDraft(d.value)}
          onBlur={commitWords}
        />
      </Field>

      <Text weight="semibold">{fmt(lang, 'rulesTitle')}</Text>
      <Accordion multiple collapsible>
        {byCategory.map(({ category, rules: list }) =>
          list.length === 0 ? null : (
            <AccordionItem key={category} value={category}>
              <AccordionHeader>
                {CATEGORY_LABELS[category][lang]} ({list.length})
                {changedCount(value, list) > 0 && (
                  <Caption1 className={styles.muted}>
                    &nbsp;· {fmt(lang, 'changedCount', { count: changedCount(value, list) })}
                  </Caption1>
                )}
              </AccordionHeader>
              <AccordionPanel>
                <section className={styles.rules} aria-label={CATEGORY_LABELS[category][lang]}>
                  {list.map((rule) => (
                    <RuleRow
                      key={rule.meta.id}
                      rule={rule}
                      lang={lang}
                      choice={ruleChoice(value.rules?.[rule.meta.id])}
                      onChange={(choice) => setRule(rule, choice)}
                    />
                  ))}
                </section>
              </AccordionPanel>
            </AccordionItem>
          ),
        )}
        <AccordionItem value="share">
          <AccordionHeader>{fmt(lang, 'shareTitle')}</AccordionHeader>
          <AccordionPanel>
            <Field label={fmt(lang, 'shareTitle')} hint={fmt(lang, 'shareHint')}>
              <Textarea
                className={styles.json}
                resize="vertical"
                rows={8}
                value={jsonDraft ?? JSON.stringify(value, null, 2)}
                onChange={(_, d) => setJsonDraft(d.value)}
              />
            </Field>
            <div className={styles.actions} style={{ marginTop: '8px' }}>
              <Button onClick={importJson} disabled={jsonDraft === null}>
                {fmt(lang, 'importButton')}
              </Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

function changedCount(config: CheckConfig, rules: readonly Rule[]): number {
  return rules.filter((r) => config.rules?.[r.meta.id] !== undefined).length;
}

interface RuleRowProps {
  rule: Rule;
  lang: Lang;
  choice: RuleChoice;
  onChange(choice: RuleChoice): void;
}

/** The value of the "as the rule decides" entry of a rule whose findings vary in severity. */
const RULE_DEFAULT = 'default';

function RuleRow({ rule, lang, choice, onChange }: RuleRowProps) {
  const styles = useStyles();
  const description = rule.meta.description[lang];
  const defaultSeverity = rule.meta.defaultSeverity;
  // Severities shown as they will apply: a rule that raises some findings to "Lỗi" is not "Cảnh báo (mặc định)".
  const varies = variesInSeverity(rule);
  return (
    <div className={styles.rule} data-testid="rule-setting" data-rule={rule.meta.id}>
      <Switch
        className={styles.ruleSwitch}
        checked={choice.enabled}
        label={{ children: description, className: styles.ruleLabel }}
        onChange={(_, d) => onChange({ ...choice, enabled: d.checked })}
      />
      <Select
        className={styles.severity}
        size="small"
        aria-label={fmt(lang, 'ruleSeverity', { rule: description })}
        // The long "Cảnh báo; Lỗi khi …" is cut in a narrow pane: the whole of it on hover.
        title={varies && !choice.severity ? defaultSeverityLabel(rule, lang) : undefined}
        disabled={!choice.enabled}
        value={choice.severity ?? (varies ? RULE_DEFAULT : defaultSeverity)}
        onChange={(_, d) =>
          onChange(d.value === RULE_DEFAULT ? { enabled: true } : { enabled: true, severity: d.value as Severity })
        }
      >
        {varies && <option value={RULE_DEFAULT}>{defaultSeverityLabel(rule, lang)}</option>}
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {varies
              ? fixedSeverityLabel(s, lang)
              : s === defaultSeverity
                ? defaultSeverityLabel(rule, lang)
                : SEVERITY_LABELS[s][lang]}
          </option>
        ))}
      </Select>
    </div>
  );
}
