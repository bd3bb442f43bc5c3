import type { DocumentModel } from '../model';
import { buildOutline, findHeadings, flattenOutline } from '../outline/headings';
import type { Heading, OutlineNode } from '../outline/types';

/** The document's headings as a list, as a tree and flattened in document order. */
export interface DocumentOutline {
  headings: Heading[];
  tree: OutlineNode[];
  nodes: OutlineNode[];
}

export function readOutline(doc: DocumentModel): DocumentOutline {
  const headings = findHeadings(doc);
  const tree = buildOutline(doc, headings);
  return { headings, tree, nodes: flattenOutline(tree) };
}
