import { DOMParser, type Document } from '@xmldom/xmldom';

/** A full, editable DOM (annotate, fix); reading uses liteXml. */
export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(message);
    },
  });
  return parser.parseFromString(text, 'text/xml');
}
