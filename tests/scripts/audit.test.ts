// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isPermissive, licenceOf } = require('../../scripts/audit.js') as {
  isPermissive(expression: string): boolean;
  licenceOf(pkg: Record<string, unknown>): string;
};

describe('audit licence policy', () => {
  it.each([
    ['MIT', true],
    ['(MIT OR Apache-2.0)', true],
    ['MIT OR GPL-3.0-only', true],
    ['0BSD', true],
    ['GPL-3.0-only', false],
    ['LGPL-2.1', false],
    ['MIT AND GPL-2.0', false],
    ['', false],
    ['SEE LICENSE IN LICENSE', false],
  ])('%s → %s', (expression, permissive) => {
    expect(isPermissive(expression)).toBe(permissive);
  });

  it('reads legacy licence objects and arrays', () => {
    expect(licenceOf({ license: { type: 'MIT' } })).toBe('MIT');
    expect(licenceOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0');
  });
});
