/**
 * The hierarchy from the policy down (policy → strategi → riktlinje → instruktion), built from each
 * document's parent. What a user sees is what they may read, so a document whose parent they
 * cannot see stands as a root rather than disappearing.
 */
import { IGoverningDocument } from './types';
import { GOVERNING_DOCUMENT_TYPES, GoverningDocumentType } from './vocabulary';

export interface IDocumentTreeNode {
  readonly document: IGoverningDocument;
  readonly children: readonly IDocumentTreeNode[];
}

/** 0 for a policy, down to 3 for an instruction: a parent ranks lower than its children. */
export function typeRank(type: GoverningDocumentType): number {
  return GOVERNING_DOCUMENT_TYPES.indexOf(type);
}

/** By type, then number, reading the digits as numbers (RL-999 before RL-1000). */
export function compareDocuments(a: IGoverningDocument, b: IGoverningDocument): number {
  return typeRank(a.type) - typeRank(b.type) || a.number.localeCompare(b.number, 'sv', { numeric: true }) || a.id - b.id;
}

/**
 * The parent each document hangs under, or undefined for a root. Bad data never loops: a cycle
 * (a self-parent is one of one) is cut at the member that sorts first (the highest type), which
 * becomes a root with the others below it.
 */
function parentsOf(documents: readonly IGoverningDocument[]): Map<number, number | undefined> {
  const byId = new Map(documents.map((document) => [document.id, document] as [number, IGoverningDocument]));
  const parentOf = new Map<number, number | undefined>();
  for (const document of documents) {
    const parentId = document.parentId;
    parentOf.set(document.id, parentId !== undefined && byId.has(parentId) ? parentId : undefined);
  }
  const settled = new Set<number>();
  for (const document of documents) {
    const path: number[] = [];
    let current: number | undefined = document.id;
    while (current !== undefined && !settled.has(current) && path.indexOf(current) < 0) {
      path.push(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && !settled.has(current)) {
      // Back at a document on this path: the cycle is the path from there on.
      const cycle = path.slice(path.indexOf(current)).map((id) => byId.get(id) as IGoverningDocument);
      parentOf.set(cycle.slice().sort(compareDocuments)[0].id, undefined);
    }
    path.forEach((id) => settled.add(id));
  }
  return parentOf;
}

/** The roots, each with its children, all ordered by type rank then number. */
export function documentTree(documents: readonly IGoverningDocument[]): IDocumentTreeNode[] {
  const parentOf = parentsOf(documents);
  const childrenOf = new Map<number | undefined, IGoverningDocument[]>();
  for (const document of documents) {
    const parentId = parentOf.get(document.id);
    childrenOf.set(parentId, (childrenOf.get(parentId) || []).concat([document]));
  }
  const build = (document: IGoverningDocument): IDocumentTreeNode => ({
    document,
    children: (childrenOf.get(document.id) || []).slice().sort(compareDocuments).map(build)
  });
  return (childrenOf.get(undefined) || []).slice().sort(compareDocuments).map(build);
}
