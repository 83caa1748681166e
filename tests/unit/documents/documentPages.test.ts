/** The register's pages: refined in the client, filled, bounded, never cut. */
import { IStoredDocument, IStoredDocumentPage } from '../../../src/domain/documents/repositories';
import { fillPage } from '../../../src/services/documents/documentPages';

const doc = (id: number): IStoredDocument => ({ id, number: `RL-${String(id).padStart(5, '0')}` }) as unknown as IStoredDocument;

/** A list of `count` documents served `size` at a time, counting the reads. */
function served(count: number, size: number): { first: () => Promise<IStoredDocumentPage>; reads: () => number } {
  let reads = 0;
  const page = (start: number): Promise<IStoredDocumentPage> => {
    reads++;
    const documents = Array.from({ length: Math.max(0, Math.min(size, count - start)) }, (_, index) => doc(start + index + 1));
    return Promise.resolve(start + size < count ? { documents, next: () => page(start + size) } : { documents });
  };
  return { first: () => page(0), reads: () => reads };
}

describe('fillPage', () => {
  it('reads on until the page holds as many kept documents as asked, and keeps every one it read', async () => {
    const list = served(1000, 10);
    const page = await fillPage(list.first, (document) => document.id % 3 === 0, 5);
    // Two reads give ids 1..20: six kept, none dropped to fit five.
    expect(page.documents.map((document) => document.id)).toEqual([3, 6, 9, 12, 15, 18]);
    expect(list.reads()).toBe(2);
    const next = await page.more!();
    expect(next.documents.map((document) => document.id)).toEqual([21, 24, 27, 30, 33, 36, 39]);
  });

  it('answers after ten reads with what it found and reads on only when asked', async () => {
    const list = served(1000, 10);
    const page = await fillPage(list.first, (document) => document.id === 155, 5);
    expect(page.documents).toEqual([]);
    expect(list.reads()).toBe(10);
    expect(page.more).toBeDefined();
    const later = await page.more!();
    expect(later.documents.map((document) => document.id)).toEqual([155]);
    expect(list.reads()).toBe(20);
  });

  it('ends at the page that has no next, and reads on past an empty page that has one', async () => {
    const list = served(25, 10);
    const page = await fillPage(list.first, () => true, 100);
    expect(page.documents.length).toBe(25);
    expect(page.more).toBeUndefined();
    expect(list.reads()).toBe(3);
    // Permissions may hide every item of a page: SharePoint still gives the next one.
    const hidden = (): Promise<IStoredDocumentPage> => Promise.resolve({ documents: [], next: () => Promise.resolve({ documents: [doc(42)] }) });
    expect((await fillPage(hidden, () => true, 5)).documents.map((document) => document.id)).toEqual([42]);
  });
});
