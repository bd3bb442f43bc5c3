import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, SCHEMAS } = require('../../../scripts/build-schemas.js') as {
  generate(entry: { schema: string; out: string }): string;
  SCHEMAS: Array<{ schema: string; out: string }>;
};

describe('precompiled schema validators', () => {
  it.each(SCHEMAS)('$out is what $schema compiles to (run node scripts/build-schemas.js)', (entry) => {
    const committed = fs.readFileSync(path.join(__dirname, '../../..', entry.out), 'utf8');
    expect(committed).toBe(generate(entry));
  });

  it('contain no run-time code generation', () => {
    for (const entry of SCHEMAS) {
      const code = fs.readFileSync(path.join(__dirname, '../../..', entry.out), 'utf8');
      expect(code).not.toMatch(/new Function|\beval\(/);
    }
  });
});
