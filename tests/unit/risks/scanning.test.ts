import { concernsUnits, IScanningDraft, scanningValues, validateScanningDraft } from '../../../src/domain/risks/scanning';

const now = new Date('2026-11-20T10:00:00Z');
const draft = (patch: Partial<IScanningDraft> = {}): IScanningDraft => ({
  title: 'Nätfiske',
  source: 'CERT-SE',
  sourceUrl: 'https://www.cert.se/2026/11/varning',
  observedOn: '2026-11-19',
  summary: 'Bluffmejl i regionens namn.',
  areas: ['IT-säkerhet'],
  unitIds: [3],
  ...patch
});

describe('omvärldsbevakning entries', () => {
  it('accepts a complete entry, with or without a link and units', () => {
    expect(validateScanningDraft(draft(), now, [3, 4])).toEqual({});
    expect(validateScanningDraft(draft({ sourceUrl: '', unitIds: [] }), now, [3])).toEqual({});
    expect(validateScanningDraft(draft({ observedOn: '2026-11-20' }), now, [3])).toEqual({});
  });

  it('refuses each problem at its field', () => {
    expect(validateScanningDraft(draft({ title: '   ', source: '', summary: '\u0007' }), now, [3])).toEqual({ title: 'required', source: 'required', summary: 'invalidCharacters' });
    expect(validateScanningDraft(draft({ title: 'x'.repeat(256) }), now, [3])).toEqual({ title: 'tooLong' });
    expect(validateScanningDraft(draft({ observedOn: '2026-11-21' }), now, [3])).toEqual({ observedOn: 'inFuture' });
    expect(validateScanningDraft(draft({ observedOn: '2026-02-30' }), now, [3])).toEqual({ observedOn: 'invalidDate' });
    expect(validateScanningDraft(draft({ observedOn: '' }), now, [3])).toEqual({ observedOn: 'required' });
    expect(validateScanningDraft(draft({ areas: [] }), now, [3])).toEqual({ areas: 'required' });
    expect(validateScanningDraft(draft({ areas: ['Rymdsäkerhet' as never] }), now, [3])).toEqual({ areas: 'invalidChoice' });
    expect(validateScanningDraft(draft({ unitIds: [3, 99] }), now, [3])).toEqual({ unitIds: 'unknownUnit' });
  });

  it('takes only web links, never script or file links', () => {
    for (const url of [['javascript', 'alert(1)'].join(':'), 'file:///c:/x', 'data:text/html,x', 'www.cert.se', 'https://', 'https://localhost x']) {
      expect(validateScanningDraft(draft({ sourceUrl: url }), now, [3])).toEqual({ sourceUrl: 'invalidUrl' });
    }
    expect(validateScanningDraft(draft({ sourceUrl: '   ' }), now, [3])).toEqual({ sourceUrl: 'required' });
    expect(validateScanningDraft(draft({ sourceUrl: `https://a.se/${'x'.repeat(250)}` }), now, [3])).toEqual({ sourceUrl: 'tooLong' });
  });

  it('stores text trimmed and whole, the day at midnight UTC, areas in the strategy order and units once', () => {
    expect(scanningValues(draft({ title: '  Nätfiske  ', sourceUrl: ' ', areas: ['IT-säkerhet', 'Brandsäkerhet'], unitIds: [3, 3, 4] }))).toEqual({
      title: 'Nätfiske',
      source: 'CERT-SE',
      sourceUrl: undefined,
      observedOn: '2026-11-19T00:00:00.000Z',
      summary: 'Bluffmejl i regionens namn.',
      areas: ['Brandsäkerhet', 'IT-säkerhet'],
      unitIds: [3, 4]
    });
  });

  it('concerns everyone when no unit is named, otherwise only the named units', () => {
    expect(concernsUnits({ unitIds: [] }, [7])).toBe(true);
    expect(concernsUnits({ unitIds: [3] }, [7])).toBe(false);
    expect(concernsUnits({ unitIds: [3, 7] }, [7])).toBe(true);
  });
});
