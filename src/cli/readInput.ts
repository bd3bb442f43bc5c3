import type { DocumentModel } from '../core/model';
import { readPlainText } from '../core/plainText';
import { CliError } from './messages';

const WORD_EXTENSIONS = /\.(docx|docm|dotx|dotm|doc)$/i;

function looksLikeWordFile(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/**
 * A file's bytes as a document: Word files (by extension or signature) through the .docx reader, loaded only
 * then, anything else as UTF-8 text (UTF-16 with a byte-order mark too, as Windows Notepad saves "Unicode").
 */
export async function readDocument(bytes: Uint8Array, path: string): Promise<DocumentModel> {
  if (WORD_EXTENSIONS.test(path) || looksLikeWordFile(bytes)) {
    const { readDocx } = await import('../docx');
    return readDocx(bytes, path);
  }
  return readPlainText(decodeText(bytes), path);
}

function decodeText(bytes: Uint8Array): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw CliError.of('notUtf8');
  }
}
