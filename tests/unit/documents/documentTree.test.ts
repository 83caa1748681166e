import { documentTree, IDocumentTreeNode, typeRank } from '../../../src/domain/documents/documentTree';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { GoverningDocumentType } from '../../../src/domain/documents/vocabulary';
import { published } from './fixtures';

const doc = (id: number, type: GoverningDocumentType, number: string, parentId?: number): IGoverningDocument => ({ ...published, id, type, number, parentId });

/** The tree as `number(children…)`, to compare shapes at a glance. */
const shape = (nodes: readonly IDocumentTreeNode[]): string =>
  nodes.map((node) => (node.children.length ? `${node.document.number}(${shape(node.children)})` : node.document.number)).join(' ');

const count = (nodes: readonly IDocumentTreeNode[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);

describe('the document tree', () => {
  it('ranks policy above strategi above riktlinje above instruktion', () => {
    expect(typeRank('Policy')).toBeLessThan(typeRank('Strategi'));
    expect(typeRank('Strategi')).toBeLessThan(typeRank('Riktlinje'));
    expect(typeRank('Riktlinje')).toBeLessThan(typeRank('Instruktion'));
  });

  it('hangs each document under its parent, ordered by type then number', () => {
    const documents = [
      doc(5, 'Instruktion', 'INS-002', 3),
      doc(3, 'Riktlinje', 'RL-010', 2),
      doc(4, 'Riktlinje', 'RL-002', 2),
      doc(6, 'Instruktion', 'INS-001', 3),
      doc(2, 'Strategi', 'STR-001', 1),
      doc(7, 'Instruktion', 'INS-009', 2),
      doc(1, 'Policy', 'POL-001')
    ];
    expect(shape(documentTree(documents))).toBe('POL-001(STR-001(RL-002 RL-010(INS-001 INS-002) INS-009))');
  });

  it('orders numbers by their value, not their characters', () => {
    expect(shape(documentTree([doc(1, 'Riktlinje', 'RL-1000'), doc(2, 'Riktlinje', 'RL-999')]))).toBe('RL-999 RL-1000');
  });

  it('makes a document whose parent the user cannot see a root', () => {
    const tree = documentTree([doc(3, 'Riktlinje', 'RL-001', 99), doc(1, 'Policy', 'POL-001'), doc(4, 'Instruktion', 'INS-001', 3)]);
    expect(shape(tree)).toBe('POL-001 RL-001(INS-001)');
  });

  it('never loops on a self-parent or a cycle, and shows every document once', () => {
    const self = documentTree([doc(1, 'Riktlinje', 'RL-001', 1)]);
    expect(shape(self)).toBe('RL-001');
    // Met first at the instruction, cut at the strategy.
    const cycle = [doc(3, 'Instruktion', 'INS-001', 2), doc(4, 'Instruktion', 'INS-002', 2), doc(1, 'Strategi', 'STR-001', 3), doc(2, 'Riktlinje', 'RL-001', 1)];
    const tree = documentTree(cycle);
    expect(shape(tree)).toBe('STR-001(RL-001(INS-001 INS-002))');
    expect(count(tree)).toBe(4);
    const twoCycles = documentTree([doc(1, 'Policy', 'POL-001', 2), doc(2, 'Policy', 'POL-002', 1), doc(3, 'Riktlinje', 'RL-001', 4), doc(4, 'Riktlinje', 'RL-002', 3)]);
    expect(shape(twoCycles)).toBe('POL-001(POL-002) RL-001(RL-002)');
  });

  it('is empty for no documents', () => {
    expect(documentTree([])).toEqual([]);
  });
});
