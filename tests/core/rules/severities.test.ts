import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { SEVERITY_RANK } from '../../../src/core/finding';
import { allRules } from '../../../src/core/rules';

const root = join(__dirname, '..', '..', '..', 'src', 'core', 'rules');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });

describe('RuleMeta.severities', () => {
  it('is declared by every rule that raises some findings above its default severity', () => {
    // A report giving a finding severity 'error' ("severity: 'error'", "? 'error'"), in a rule whose default is lower.
    const raises = /severity:\s*(?:[^,\n]*\?\s*)?'error'|\?\s*'error'\s*:/;
    const undeclared = files(root).flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      const id = /\bid:\s*'([a-z0-9-]+)'/.exec(source)?.[1];
      const rule = allRules.find((r) => r.meta.id === id);
      if (!rule || rule.meta.defaultSeverity === 'error' || !raises.test(source)) return [];
      const declared = rule.meta.severities?.some((s) => s.severity === 'error');
      return declared ? [] : [rule.meta.id];
    });
    expect(undeclared).toEqual([]);
  });

  it('lists the default severity, the usual one first, and says when each other applies', () => {
    for (const rule of allRules.filter((r) => r.meta.severities)) {
      const [usual, ...others] = rule.meta.severities!;
      expect(usual.when).toBeUndefined();
      expect(rule.meta.severities!.map((s) => s.severity)).toContain(rule.meta.defaultSeverity);
      for (const other of others) {
        expect(other.when?.vi).toMatch(/^khi /);
        expect(other.when?.en).toMatch(/^when /);
        expect(SEVERITY_RANK[other.severity]).not.toBe(SEVERITY_RANK[usual.severity]);
      }
    }
  });
});
