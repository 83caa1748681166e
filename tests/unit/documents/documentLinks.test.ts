import { documentLinkFlag, linkableDocuments } from '../../../src/domain/documents/documentLinks';
import { day, document, firstDraft, now, published, revision } from './fixtures';

describe('links to governing documents', () => {
  it('flags a link to a document that is gone, withdrawn or past its validity, and nothing else', () => {
    expect(documentLinkFlag(undefined, now)).toBe('missing');
    expect(documentLinkFlag(document({ status: 'Upphävd' }), now)).toBe('withdrawn');
    expect(documentLinkFlag(document({ validUntil: `${day(-1)}T00:00:00.000Z` }), now)).toBe('expired');
    expect(documentLinkFlag(document({ validUntil: `${day(0)}T00:00:00.000Z` }), now)).toBeUndefined();
    expect(documentLinkFlag(published, now)).toBeUndefined();
    // A revision in work still governs by its published edition.
    expect(documentLinkFlag(revision, now)).toBeUndefined();
  });

  it('offers published documents, also while they are revised, never drafts or withdrawn ones', () => {
    const withdrawn = document({ id: 99, status: 'Upphävd' });
    expect(linkableDocuments([published, revision, firstDraft, withdrawn]).map((d) => d.id)).toEqual([published.id, revision.id]);
  });
});
