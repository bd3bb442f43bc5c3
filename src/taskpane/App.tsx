import { FluentProvider, Switch, Tab, TabList, Text, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CheckConfig } from '../core/config';
import type { DocumentHost } from '../core/host';
import type { Lang } from '../core/i18n';
import type { Rule } from '../core/rule';
import { allRules } from '../core/rules';
import { loadCheckConfig, mergeCheckConfig } from './settings';
import { fmt } from './strings';
import { themeFromOffice, type OfficeThemeColors } from './theme';
import { CheckView } from './views/CheckView';
import { HeaderView } from './views/HeaderView';
import { OutlineView } from './views/OutlineView';
import { SettingsView } from './views/SettingsView';
import { StandardizeView } from './views/StandardizeView';

export interface AppProps {
  host: DocumentHost;
  /** Office.context.officeTheme on Word; omitted elsewhere (light theme). */
  officeTheme?: OfficeThemeColors;
  /** Start-up configuration; what the user chose under "Cài đặt" is merged over it. */
  config?: CheckConfig;
  rules?: readonly Rule[];
  /** Told when the user switches language (the playground page follows it). */
  onLangChange?(lang: Lang): void;
}

type TabId = 'check' | 'header' | 'outline' | 'format' | 'settings';

export const LANG_SETTING = 'thethuc.lang';

const useStyles = makeStyles({
  // The pane fills its page and scrolls its body only, so the check view's status bar can stay in sight.
  root: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  top: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    padding: '8px 12px 0',
  },
  // At 320 px the five tabs do not fit on one line: they wrap instead of clipping "Cài đặt".
  tabs: { padding: '0 4px', flexWrap: 'wrap', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // Task panes are narrow (about 320 px in Word): form controls shrink to the pane instead of widening it.
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    '& .fui-Select, & .fui-Input, & .fui-Textarea, & .fui-Field': { minWidth: 0, maxWidth: '100%' },
  },
});

export function initialLang(host: DocumentHost): Lang {
  return host.settings.get(LANG_SETTING) === 'en' ? 'en' : 'vi';
}

/** The task pane: the same component in Word and in the playground; only the host differs. */
export function App({ host, officeTheme, config, rules, onLangChange }: AppProps) {
  const [theme] = useState<Theme>(() => themeFromOffice(officeTheme));
  return (
    <FluentProvider theme={theme} style={{ height: '100%' }}>
      <AppShell host={host} config={config} rules={rules} onLangChange={onLangChange} />
    </FluentProvider>
  );
}

function AppShell({ host, config, rules, onLangChange }: Omit<AppProps, 'officeTheme'>) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => initialLang(host));
  const [tab, setTab] = useState<TabId>('check');
  // Each tab keeps its own scroll position: a form always opens at its top, the findings where the reviewer left them.
  const body = useRef<HTMLDivElement>(null);
  const scrollOf = useRef(new Map<TabId, number>());
  const switchTab = (next: TabId) => {
    if (body.current) scrollOf.current.set(tab, body.current.scrollTop);
    setTab(next);
  };
  useLayoutEffect(() => {
    if (body.current) body.current.scrollTop = scrollOf.current.get(tab) ?? 0;
  }, [tab]);
  const ruleList = rules ?? allRules;
  const [stored, setStored] = useState<CheckConfig>(() => loadCheckConfig(host.settings, ruleList));
  const effectiveConfig = useMemo(() => mergeCheckConfig(config, stored), [config, stored]);

  const switchLang = useCallback(
    (english: boolean) => {
      const next: Lang = english ? 'en' : 'vi';
      setLang(next);
      onLangChange?.(next);
      // Remembering the choice is a convenience: a failure to store it must not disturb the user.
      host.settings.set(LANG_SETTING, next).catch(() => undefined);
    },
    [host, onLangChange],
  );

  return (
    <div className={styles.root} lang={lang} data-testid="pane">
      <div className={styles.top}>
        <Text weight="semibold" size={400}>
          {fmt(lang, 'appTitle')}
        </Text>
        <Switch
          checked={lang === 'en'}
          label={fmt(lang, 'languageSwitch')}
          aria-label={fmt(lang, 'languageLabel')}
          onChange={(_, data) => switchLang(data.checked)}
        />
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => switchTab(data.value as TabId)}
        size="small"
      >
        <Tab value="check">{fmt(lang, 'tabCheck')}</Tab>
        <Tab value="header">{fmt(lang, 'tabHeader')}</Tab>
        <Tab value="outline">{fmt(lang, 'tabOutline')}</Tab>
        <Tab value="format">{lang === 'vi' ? 'Định dạng' : 'Format'}</Tab>
        <Tab value="settings">{fmt(lang, 'tabSettings')}</Tab>
      </TabList>
      <div className={styles.body} ref={body} data-testid="pane-body">
        {/* The check view stays mounted so its results survive a visit to the other tabs. */}
        <div hidden={tab !== 'check'}>
          <CheckView host={host} lang={lang} config={effectiveConfig} rules={rules} active={tab === 'check'} />
        </div>
        {tab === 'header' && <HeaderView host={host} lang={lang} />}
        {tab === 'outline' && <OutlineView host={host} lang={lang} />}
        {tab === 'format' && <StandardizeView host={host} lang={lang} config={effectiveConfig} />}
        {tab === 'settings' && (
          <SettingsView host={host} lang={lang} rules={ruleList} value={stored} onChange={setStored} />
        )}
      </div>
    </div>
  );
}
