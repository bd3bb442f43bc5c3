import type { LocalizedText } from './i18n';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: LocalizedText };

/** Line and column (1-based) of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * JSON.parse with the reason in both languages, placed by line and column where the engine says where. The
 * engine's own English message never reaches a Vietnamese user.
 */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!text.trim()) return { ok: false, error: { vi: 'Nội dung trống.', en: 'The text is empty.' } };
    const position = /position (\d+)/.exec(message);
    if (/unexpected end/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) {
      return {
        ok: false,
        error: {
          vi: 'JSON bị cắt cụt: thiếu phần cuối (dấu } hoặc ] đóng).',
          en: 'The JSON is cut short: its end (a closing } or ]) is missing.',
        },
      };
    }
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const at = lineCol
      ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
      : position
        ? lineColumn(text, Number(position[1]))
        : undefined;
    return {
      ok: false,
      error: at
        ? {
            vi: `Nội dung không phải JSON hợp lệ: lỗi cú pháp ở dòng ${at.line}, cột ${at.column}.`,
            en: `The text is not valid JSON: syntax error at line ${at.line}, column ${at.column}.`,
          }
        : { vi: 'Nội dung không phải JSON hợp lệ.', en: 'The text is not valid JSON.' },
    };
  }
}
