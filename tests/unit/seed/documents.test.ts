/**
 * Region Exempel's governing documents (tools/emulator/seed/documents.ts): the invariants tests and
 * demos rely on: unique numbers, the Stockholm policy's real header (expired at the reference time),
 * exactly the states the seed promises, owners with Contribute on their documents, the decisions
 * behind each edition, the remiss, read confirmations, and real .docx files.
 */
import JSZip from 'jszip';
import { DAY_MS } from '../../../src/domain/days';
import { PROTECTED_CASES_APP } from '../../../tools/emulator/seed/protectedCases';
import { buildRegionExempel, REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { SeedDocumentState, seedDocuments } from '../../../tools/emulator/seed/documents';
import { ISeedData, ISeedItem, ISeedVersion } from '../../../tools/emulator/seed/types';

const seed: ISeedData = buildRegionExempel();
const reference = Date.parse(REFERENCE_TIME);
const today = Math.floor(reference / DAY_MS) * DAY_MS;
const documents = seed.items.governingDocuments;
const decisions = seed.items.documentDecisions;
const rounds = seed.items.consultations;
const comments = seed.items.consultationComments;
const confirmations = seed.items.readConfirmations;
const summaries = seedDocuments({ referenceTime: REFERENCE_TIME, people: seed.people, units: seed.items.units });
const byNumber = (number: string): ISeedItem => documents.filter((d) => d.values.DocumentNumber === number)[0];
const personKey = (jobTitle: string): string => seed.people.filter((p) => p.jobTitle === jobTitle)[0].key;
const unitCode = (id: unknown): string => String(seed.items.units.filter((u) => u.Id === id)[0].values.UnitCode);

/** What readers see: the current version if approved, else the last approved one in its history. */
function published(doc: ISeedItem): { values: Record<string, unknown>; version: number; content: Uint8Array } | undefined {
  if (!doc.moderation || doc.moderation.status === 'approved') return { values: doc.values, version: doc.Version ?? 1, content: doc.file!.content };
  const approved = (doc.history ?? []).filter((h: ISeedVersion) => !h.moderation || h.moderation.status === 'approved');
  const last = approved[approved.length - 1];
  return last ? { values: { ...doc.values, ...last.values }, version: last.Version, content: last.content ?? doc.file!.content } : undefined;
}

const days = (iso: unknown): number => Math.round((Date.parse(String(iso)) - today) / DAY_MS);

/** The states as a reader and the owner's queue derive them from the items alone. */
function derivedStates(doc: ISeedItem): SeedDocumentState[] {
  const seen = published(doc);
  const status = doc.values.DocumentStatus;
  const states: SeedDocumentState[] = [];
  if (!seen) return status === 'Utkast' && doc.moderation?.status === 'pending' ? ['draftAwaitingApproval'] : [];
  if (seen.values.DocumentStatus === 'Upphävd') return ['withdrawn'];
  states.push('published');
  const review = days(seen.values.NextReviewAt);
  const validity = days(seen.values.ValidUntil);
  if (doc.moderation?.status === 'pending') {
    if (status === 'Remiss') states.push('inConsultation');
    else if (status === 'Fastställd') states.push('approvedNotYetEffective');
    else states.push('revisionInWork');
    return states;
  }
  if (review < 0) states.push('reviewOverdue');
  else if (review <= 90) states.push('reviewDue', ...(review <= 30 ? (['reviewDueSoon'] as const) : []));
  if (validity < 0) states.push('expired');
  return states;
}

async function documentXml(content: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(content);
  return zip.file('word/document.xml')!.async('string');
}

describe('Region Exempel: governing documents', () => {
  it('has unique numbers from the numbering rule; the imported Stockholm policy keeps its own', () => {
    const numbers = documents.map((d) => String(d.values.DocumentNumber));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers.filter((n) => n !== 'LS-S-665820')) expect(number).toMatch(/^(POL|STR|RL|INS)-\d{3}$/);
    const prefixes: Record<string, string> = { Policy: 'POL', Strategi: 'STR', Riktlinje: 'RL', Instruktion: 'INS' };
    for (const d of documents.filter((doc) => doc.values.DocumentNumber !== 'LS-S-665820')) {
      expect(String(d.values.DocumentNumber).startsWith(`${prefixes[String(d.values.GoverningDocumentType)]}-`)).toBe(true);
    }
    expect(documents.length).toBeGreaterThanOrEqual(13);
    expect(documents.filter((d) => ['Riktlinje', 'Instruktion'].indexOf(String(d.values.GoverningDocumentType)) >= 0).length).toBeGreaterThanOrEqual(10);
  });

  it('shows the Stockholm policy with the header it was written with: expired at the reference time', () => {
    const stockholm = byNumber('LS-S-665820');
    expect(stockholm.values).toMatchObject({
      Title: 'Policy för säkerhet',
      GoverningDocumentType: 'Policy',
      InformationClass: 'Öppen',
      ApprovedOn: '2016-03-15T00:00:00.000Z',
      ApprovedByBody: 'Landstingsfullmäktige',
      ValidUntil: '2017-03-15T00:00:00.000Z',
      PreparedBy: 'Andreas Heuer',
      DocumentStatus: 'Publicerad',
      Edition: 1
    });
    expect(Date.parse(String(stockholm.values.ValidUntil))).toBeLessThan(reference);
    expect(derivedStates(stockholm)).toContain('expired');
    expect(byNumber('POL-001').values).toMatchObject({ Title: 'Säkerhetspolicy', GoverningDocumentType: 'Policy', DocumentStatus: 'Publicerad' });
    expect(byNumber('STR-001').values).toMatchObject({ Title: 'Säkerhetsstrategi', GoverningDocumentType: 'Strategi', ParentDocumentId: byNumber('POL-001').Id });
  });

  it('has exactly the states the seed promises, each derivable from the items', () => {
    for (const summary of summaries) {
      const doc = documents.filter((d) => d.Id === summary.id)[0];
      expect([summary.number, [...derivedStates(doc)].sort()]).toEqual([summary.number, [...summary.states].sort()]);
    }
    const count = (state: SeedDocumentState): number => summaries.filter((s) => s.states.indexOf(state) >= 0).length;
    expect({
      revisionInWork: count('revisionInWork'),
      inConsultation: count('inConsultation'),
      approvedNotYetEffective: count('approvedNotYetEffective'),
      withdrawn: count('withdrawn'),
      draftAwaitingApproval: count('draftAwaitingApproval')
    }).toEqual({ revisionInWork: 1, inConsultation: 1, approvedNotYetEffective: 1, withdrawn: 1, draftAwaitingApproval: 1 });
    expect(count('reviewDue')).toBeGreaterThanOrEqual(3);
    expect(count('reviewDueSoon')).toBeGreaterThanOrEqual(1);
    expect(count('reviewOverdue')).toBeGreaterThanOrEqual(2);
    expect(count('expired')).toBe(2);
    // Published and current: nothing due within the horizon, nothing in work.
    expect(summaries.filter((s) => s.states.length === 1 && s.states[0] === 'published').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a revision, a remiss and an approval waiting for its day beside the published edition, with different files', () => {
    for (const number of ['RL-002', 'RL-005', 'RL-006']) {
      const doc = byNumber(number);
      const seen = published(doc)!;
      expect(doc.moderation?.status).toBe('pending');
      expect(seen.values.DocumentStatus).toBe('Publicerad');
      expect(seen.version).toBeLessThan(doc.Version!);
      expect(Buffer.from(seen.content).equals(Buffer.from(doc.file!.content))).toBe(false);
    }
    const waiting = byNumber('RL-006');
    expect(waiting.values).toMatchObject({ DocumentStatus: 'Fastställd', Edition: 2 });
    expect(days(waiting.values.EffectiveFrom)).toBeGreaterThan(0);
    expect(published(waiting)!.values.Edition).toBe(1);
  });

  it('has a draft by helena.ask, last changed by her, that the security function may approve', () => {
    const draft = byNumber('INS-004');
    expect(draft).toMatchObject({ Editor: 'helena.ask', moderation: { status: 'pending' } });
    expect(draft.values).toMatchObject({ DocumentOwner: 'helena.ask', DocumentStatus: 'Utkast', Edition: 0 });
    expect(draft.history ?? []).toEqual([]);
    expect(seed.groups.filter((g) => g.key === 'securityFunction')[0].memberKeys).toContain('peter.sjoberg');
  });

  it('gives owners by area: helena.ask information and IT, peter.sjoberg threats and perimeter, the fire coordinator fire', () => {
    const fire = personKey('Brandskyddssamordnare');
    const owners = (area: string): string[] => documents.filter((d) => (d.values.SecurityAreas as string[]).length < 10 && (d.values.SecurityAreas as string[]).indexOf(area) >= 0).map((d) => String(d.values.DocumentOwner));
    expect(owners('Informationssäkerhet')).toEqual(expect.arrayContaining(['helena.ask']));
    expect(owners('IT-säkerhet')).toContain('helena.ask');
    expect(owners('Hot och våld')).toContain('peter.sjoberg');
    expect(owners('Skalskydd')).toContain('peter.sjoberg');
    expect(new Set(owners('Brandsäkerhet'))).toEqual(new Set([fire]));
    expect(seed.groups.filter((g) => g.key === 'documentOwners')[0].memberKeys).toEqual(expect.arrayContaining(['helena.ask', 'peter.sjoberg', fire]));
    const areas = new Set(documents.map((d) => d.values.SecurityAreas as string[]).filter((a) => a.length < 10).reduce((all, a) => all.concat(a), [] as string[]));
    expect(areas.size).toBe(10);
  });

  it('has regional documents and unit documents that supplement a regional one', () => {
    const unitDocs = documents.filter((d) => d.values.ScopeUnitId !== undefined);
    expect(unitDocs.length).toBeGreaterThanOrEqual(2);
    for (const d of unitDocs) {
      const supplemented = documents.filter((x) => x.Id === d.values.SupplementsId)[0];
      expect(supplemented.values.ScopeUnitId).toBeUndefined();
    }
    expect(unitDocs.map((d) => unitCode(d.values.ScopeUnitId))).toEqual(expect.arrayContaining(['RE-SJH-AKU']));
    for (const d of documents.filter((doc) => doc.values.ParentDocumentId !== undefined)) {
      expect(documents.filter((x) => x.Id === d.values.ParentDocumentId).length).toBe(1);
    }
  });

  it('is the function\'s: its app is Author, each document has unique permissions with its owner Contribute', () => {
    for (const d of documents) {
      expect(d.AuthorApp).toBe(PROTECTED_CASES_APP.clientId);
      expect(d.roleAssignments).toEqual([{ principal: { personKey: d.values.DocumentOwner }, level: 'Contribute' }]);
      expect(d.file!.name).toBe(`${d.values.DocumentNumber} ${d.values.Title}.docx`);
    }
    for (const item of [...decisions, ...rounds, ...comments]) expect(item.AuthorApp).toBe(PROTECTED_CASES_APP.clientId);
  });

  it('records a decision for each edition and the rest of each history, never approved by the owner', () => {
    for (const d of documents) {
      const editions = Number(published(d)?.values.Edition ?? 0);
      const approvals = decisions.filter((x) => x.values.DocumentId === d.Id && x.values.DecisionKind === 'Fastställd');
      const expected = d.values.DocumentStatus === 'Fastställd' ? editions + 1 : editions;
      expect([d.values.DocumentNumber, approvals.map((x) => x.values.Edition)]).toEqual([d.values.DocumentNumber, Array.from({ length: expected }, (_, i) => i + 1)]);
      for (const approval of approvals) expect(approval.values.RecordedBy).not.toBe(d.values.DocumentOwner);
    }
    const kinds = new Set(decisions.map((x) => x.values.DecisionKind));
    expect(kinds).toEqual(new Set(['Fastställd', 'Granskad utan ändring', 'Ändringar begärda', 'Upphävande föreslaget', 'Upphävd']));
    const withdrawn = byNumber('RL-007');
    expect(decisions.filter((x) => x.values.DocumentId === withdrawn.Id).map((x) => x.values.DecisionKind)).toEqual(['Fastställd', 'Upphävande föreslaget', 'Upphävd']);
  });

  it('has one open remiss of the brand guideline: a copy of its draft, two people and a unit, a deadline ahead, two comments, one answered', () => {
    expect(rounds).toHaveLength(1);
    const round = rounds[0];
    const doc = byNumber('RL-005');
    expect(round.values).toMatchObject({ DocumentId: doc.Id, DocumentNumber: 'RL-005', ConsultationStatus: 'Öppen', DraftVersion: `${doc.Version}.0`, SentBy: doc.values.DocumentOwner });
    expect(days(round.values.Deadline)).toBeGreaterThan(0);
    expect(Buffer.from(round.file!.content).equals(Buffer.from(doc.file!.content))).toBe(true);
    const recipients = JSON.parse(String(round.values.Recipients)) as { id: number; email: string }[];
    expect(recipients.map((r) => r.email.split('@')[0])).toEqual(['lars.holm', 'maria.berg']);
    expect(recipients.every((r) => Number.isInteger(r.id))).toBe(true);
    const units = JSON.parse(String(round.values.RecipientUnits)) as number[];
    expect(units).toHaveLength(1);
    const unitHead = String(seed.items.units.filter((u) => u.Id === units[0])[0].values.UnitManager);
    expect(round.roleAssignments!.map((a) => ('personKey' in a.principal ? a.principal.personKey : '')).sort()).toEqual(
      [String(doc.values.DocumentOwner), 'lars.holm', 'maria.berg', unitHead].sort()
    );
    expect(comments).toHaveLength(2);
    expect(comments.filter((c) => c.values.Answer !== undefined)).toHaveLength(1);
    for (const c of comments) {
      expect(c.values.RoundId).toBe(round.Id);
      expect(c.roleAssignments!.map((a) => ('personKey' in a.principal ? a.principal.personKey : ''))).toEqual([c.values.Commenter, doc.values.DocumentOwner]);
    }
  });

  it('asks two published documents for read confirmations (a unit and people), some confirmed by the readers themselves, per edition', () => {
    const required = documents.filter((d) => d.values.ReadAudience !== undefined);
    expect(required.map((d) => d.values.DocumentNumber)).toEqual(['RL-001', 'INS-001']);
    for (const d of required) {
      const audience = JSON.parse(String(d.values.ReadAudience)) as { unitIds: number[]; people: { id: number; displayName: string; email: string }[] };
      expect(audience.unitIds.length).toBeGreaterThan(0);
      expect(audience.people.length).toBeGreaterThan(0);
      expect(derivedStates(d)).toEqual(['published']);
    }
    for (const c of confirmations) {
      expect(typeof c.Author).toBe('string');
      expect(c.AuthorApp).toBeUndefined();
      expect(required.map((d) => d.Id)).toContain(c.values.DocumentId);
    }
    const rl001 = byNumber('RL-001');
    const current = confirmations.filter((c) => c.values.DocumentId === rl001.Id && c.values.Edition === rl001.values.Edition);
    const older = confirmations.filter((c) => c.values.DocumentId === rl001.Id && c.values.Edition !== rl001.values.Edition);
    expect(current.map((c) => c.Author).sort()).toEqual(['anna.svensson', 'maria.berg']);
    expect(older.map((c) => c.Author)).toEqual(['lars.holm']);
  });

  it('makes real .docx files with the header table and the text (the strategy\'s OCR errors corrected)', async () => {
    const stockholm = await documentXml(byNumber('LS-S-665820').file!.content);
    for (const text of ['Dokumenttyp', 'Styrande - Viljeinriktning', 'LS-S-665820', 'Informationssäkerhetsklass', 'K1', '2016-03-15', 'Landstingsfullmäktige', '2017-03-15', 'Andreas Heuer', 'Grundprinciper']) {
      expect(stockholm).toContain(text);
    }
    const strategy = await documentXml(byNumber('STR-001').file!.content);
    expect(strategy).toContain('Strategin ger inriktningen för hur säkerhetsarbetet ska genomföras');
    expect(strategy).toContain('PGSA');
    for (const broken of ['sidkerhet', 'Sakerhet', 'genomféras', 'tillimpningen', 'sékerhet']) expect(strategy).not.toContain(broken);
    const policy = await documentXml(byNumber('POL-001').file!.content);
    expect(policy).toContain('verksamhetsprocesser');
    expect(policy).toContain('POL-001');
  });

  it('makes each file once per process, and the same seed every time', () => {
    const again = buildRegionExempel();
    expect(again.items.governingDocuments[0].file!.content).toBe(documents[0].file!.content);
    expect(again.items.governingDocuments).toEqual(documents);
  });
});
