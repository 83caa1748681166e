import { documentFlags } from '../../../src/webparts/governanceDocuments/documentFlags';
import { day, document, now, published, revision } from './fixtures';

describe('what a reader must notice about a document', () => {
  it('says what the version in work is doing: being written, out on remiss, or approved for a later day', () => {
    expect(documentFlags(published, now)).toEqual([]);
    expect(documentFlags(revision, now)).toEqual(['revision']);
    expect(documentFlags({ ...revision, status: 'Remiss' }, now)).toEqual(['consultation']);
    expect(documentFlags({ ...revision, status: 'Fastställd', edition: 3, effectiveFrom: `${day(5)}T00:00:00.000Z` }, now)).toEqual(['scheduled']);
  });

  it('puts a withdrawn document above everything else and flags an expired one with its overdue review', () => {
    expect(documentFlags(document({ status: 'Upphävd', validUntil: `${day(-10)}T00:00:00.000Z` }), now)).toEqual(['withdrawn']);
    expect(documentFlags(document({ validUntil: `${day(-10)}T00:00:00.000Z`, nextReviewAt: `${day(-10)}T00:00:00.000Z` }), now)).toEqual(['expired', 'reviewOverdue']);
  });
});
