import { validateCheckConfig } from '../../src/cli/checkConfig';
import type { CheckConfig } from '../../src/core/config';
import { allRules, findRule } from '../../src/core/rules';
import {
  CHECK_CONFIG_SETTING,
  droppedEntries,
  loadCheckConfig,
  mergeCheckConfig,
  normalizeWordList,
  ruleChoice,
  sanitizeCheckConfig,
  saveCheckConfig,
  withRuleChoice,
} from '../../src/taskpane/settings';
import { MemorySettings } from './memoryHost';

const duplicatedWord = findRule('duplicated-word')!;
const doubleSpace = findRule('double-space')!;

describe('sanitizeCheckConfig', () => {
  it('keeps every valid part of a CheckConfig', () => {
    const config: CheckConfig = {
      rules: {
        'duplicated-word': 'off',
        'double-space': 'error',
        'non-syllable': { severity: 'info', options: { minLength: 3 } },
      },
      profile: 'party',
      toneStyle: 'old',
      exceptions: ['Vinaphone', 'UBKT'],
      templateId: 'ke-hoach',
    };
    expect(sanitizeCheckConfig(config, allRules)).toEqual(config);
  });

  it('drops unknown rule ids, bad settings and bad values', () => {
    const clean = sanitizeCheckConfig(
      {
        rules: {
          'no-such-rule': 'off',
          'duplicated-word': 'fatal',
          'double-space': { severity: 'loud' },
          'non-syllable': { severity: 'warning', options: 'x' },
          'repeated-punctuation': 'info',
        },
        profile: 'church',
        toneStyle: 3,
        exceptions: ['  Zalo ', '', 'zalo', 7, 'Zalo'],
        templateId: '  ',
        today: '2026-01-01',
        lang: 'en',
        surprise: true,
      },
      allRules,
    );
    expect(clean).toEqual({
      rules: { 'non-syllable': { severity: 'warning' }, 'repeated-punctuation': 'info' },
      exceptions: ['Zalo'],
    });
  });

  it.each([null, 42, 'off', [], [{ rules: {} }]])('gives {} for %p', (json) => {
    expect(sanitizeCheckConfig(json, allRules)).toEqual({});
  });

  it('knows only the rules it is given', () => {
    expect(sanitizeCheckConfig({ rules: { 'duplicated-word': 'off', 'double-space': 'off' } }, [doubleSpace])).toEqual({
      rules: { 'double-space': 'off' },
    });
  });
});

describe('normalizeWordList', () => {
  it('trims, drops blanks and repeats (ignoring case), keeps the first spelling and the order', () => {
    expect(normalizeWordList('  UBKT \n\nVinaphone\r\nubkt\n  \nĐảng uỷ khối\n')).toEqual([
      'UBKT',
      'Vinaphone',
      'Đảng uỷ khối',
    ]);
  });

  it('stores composed (NFC) text', () => {
    expect(normalizeWordList(['Hoà'.normalize('NFD')])).toEqual(['Hoà'.normalize('NFC')]);
  });
});

describe('loadCheckConfig / saveCheckConfig', () => {
  it('gives {} when nothing is stored', () => {
    expect(loadCheckConfig(new MemorySettings(), allRules)).toEqual({});
  });

  it.each(['{not json', '"off"', 'null', '[1,2]', '{"rules": 5, "profile": "x"}'])(
    'gives {} for the damaged stored value %p without throwing',
    async (raw) => {
      const settings = new MemorySettings();
      await settings.set(CHECK_CONFIG_SETTING, raw);
      expect(loadCheckConfig(settings, allRules)).toEqual({});
    },
  );

  it('gives {} when the store itself throws', () => {
    const settings = {
      get(): string | undefined {
        throw new Error('roaming settings unavailable');
      },
      set: async () => undefined,
    };
    expect(loadCheckConfig(settings, allRules)).toEqual({});
  });

  it('reads back what it saved, sanitised, as JSON under one key', async () => {
    const settings = new MemorySettings();
    const saved = await saveCheckConfig(
      settings,
      { rules: { 'duplicated-word': 'off', gone: 'off' }, toneStyle: 'new', exceptions: ['A', 'a', ' B '] },
      allRules,
    );
    expect(saved).toEqual({ rules: { 'duplicated-word': 'off' }, toneStyle: 'new', exceptions: ['A', 'B'] });
    expect([...settings.values.keys()]).toEqual([CHECK_CONFIG_SETTING]);
    expect(JSON.parse(settings.get(CHECK_CONFIG_SETTING)!)).toEqual(saved);
    expect(loadCheckConfig(settings, allRules)).toEqual(saved);
  });

  it('stores JSON the command line accepts as --config', async () => {
    const settings = new MemorySettings();
    await saveCheckConfig(
      settings,
      {
        rules: { 'double-space': 'info', 'non-syllable': { severity: 'off', options: { a: 1 } } },
        profile: 'state',
        toneStyle: 'auto',
        exceptions: ['Vinaphone'],
        templateId: 'cong-van',
      },
      allRules,
    );
    const { errors } = validateCheckConfig(JSON.parse(settings.get(CHECK_CONFIG_SETTING)!));
    expect(errors).toEqual([]);
  });
});

describe('mergeCheckConfig', () => {
  it('lays the stored settings over the start-up ones, rule by rule', () => {
    const base: CheckConfig = {
      rules: { 'duplicated-word': 'off', 'double-space': 'info' },
      profile: 'party',
      today: '2026-05-01',
    };
    const stored: CheckConfig = { rules: { 'double-space': 'error' }, profile: 'state' };
    expect(mergeCheckConfig(base, stored)).toEqual({
      rules: { 'duplicated-word': 'off', 'double-space': 'error' },
      profile: 'state',
      today: '2026-05-01',
    });
    expect(mergeCheckConfig(undefined, {})).toEqual({});
  });
});

describe('ruleChoice / withRuleChoice', () => {
  it('reads every form of rule setting', () => {
    expect(ruleChoice(undefined)).toEqual({ enabled: true });
    expect(ruleChoice('off')).toEqual({ enabled: false });
    expect(ruleChoice('info')).toEqual({ enabled: true, severity: 'info' });
    expect(ruleChoice({ severity: 'off' })).toEqual({ enabled: false });
    expect(ruleChoice({ severity: 'error', options: {} })).toEqual({ enabled: true, severity: 'error' });
    expect(ruleChoice({ options: {} })).toEqual({ enabled: true });
  });

  it('stores only what differs from the rule defaults', () => {
    let config: CheckConfig = { profile: 'party' };
    config = withRuleChoice(config, duplicatedWord, { enabled: false });
    expect(config).toEqual({ profile: 'party', rules: { 'duplicated-word': 'off' } });
    config = withRuleChoice(config, doubleSpace, { enabled: true, severity: 'error' });
    expect(config.rules).toEqual({ 'duplicated-word': 'off', 'double-space': 'error' });
    config = withRuleChoice(config, doubleSpace, { enabled: true, severity: doubleSpace.meta.defaultSeverity });
    config = withRuleChoice(config, duplicatedWord, { enabled: true });
    expect(config).toEqual({ profile: 'party' });
  });

  it('keeps rule options from an imported file', () => {
    const config: CheckConfig = { rules: { 'double-space': { severity: 'info', options: { max: 2 } } } };
    expect(withRuleChoice(config, doubleSpace, { enabled: false }).rules).toEqual({
      'double-space': { severity: 'off', options: { max: 2 } },
    });
    expect(withRuleChoice(config, doubleSpace, { enabled: true }).rules).toEqual({
      'double-space': { options: { max: 2 } },
    });
  });
});

describe('droppedEntries', () => {
  it('names what an import left out', () => {
    const json = {
      $schema: './config.schema.json',
      rules: { 'no-such-rule': 'off', 'double-space': 'error' },
      profile: 'church',
      exceptions: [],
      toneStyle: 'old',
    };
    expect(droppedEntries(json, sanitizeCheckConfig(json, allRules))).toEqual(['profile', 'rules.no-such-rule']);
  });
});
