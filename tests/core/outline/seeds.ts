import { readFileSync } from 'fs';
import { join } from 'path';
import { readPlainText } from '../../../src/core/plainText';
import type { DocumentModel } from '../../../src/core/model';

/** The shared seeds sit beside the repository (../shared); tests using them skip when it is missing. */
const seeds = join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');

export function readSeed(name: string): string | undefined {
  try {
    return readFileSync(join(seeds, name), 'utf8');
  } catch {
    return undefined;
  }
}

export const seed000Text = readSeed('000_e4afd91083a3c978.txt');
export const seed001Text = readSeed('001_1d6683048ed9c242.txt');
export const seed000: DocumentModel | undefined = seed000Text ? readPlainText(seed000Text) : undefined;

/** `it` that skips when the seed is not there. */
export function itWithSeed(available: unknown): jest.It {
  return available ? it : it.skip;
}
