/**
 * Many governing documents for benchmarks (issue #16): the curated documents' titles and types spread
 * over the region, regional ones owned by its document owners and each unit's own owned by its
 * manager, in the states the curated seed shows (mostly published, some in work, some withdrawn),
 * deterministic. Written as the Trygg function leaves them: its app is Author and the owner may edit
 * the document (Contribute). No decisions, rounds or read confirmations.
 */
import type { DocumentStatus, GoverningDocumentType, InformationClass } from '../../../src/domain/documents/vocabulary';
import { SECURITY_AREAS } from '../../../src/domain/securityAreas';
import { buildDocx } from './docx';
import { IDocumentSeedContext, seedDocuments } from './documents';
import { PROTECTED_CASES_APP } from './protectedCases';
import { Random } from './random';
import { ISeedGroup, ISeedItem } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX: Readonly<Record<GoverningDocumentType, string>> = { Policy: 'POL', Strategi: 'STR', Riktlinje: 'RL', Instruktion: 'INS' };
// A region has few policies and strategies and many instructions under them.
const PREFIX_TYPES = Object.keys(PREFIX) as GoverningDocumentType[];
const TYPES: readonly (readonly [GoverningDocumentType, number])[] = [
  ['Policy', 0.5],
  ['Strategi', 1.5],
  ['Riktlinje', 28],
  ['Instruktion', 70]
];
const STATUSES: readonly (readonly [DocumentStatus, number])[] = [
  ['Publicerad', 84],
  ['Utkast', 6],
  ['Remiss', 2],
  ['Fastställd', 2],
  ['Upphävd', 6]
];
const CLASSES: readonly (readonly [InformationClass, number])[] = [
  ['Öppen', 30],
  ['Intern', 60],
  ['Konfidentiell', 10]
];

export interface IScaleDocumentContext extends IDocumentSeedContext {
  readonly groups: readonly ISeedGroup[];
}

/**
 * `count` documents, ids from `startId`. About one in twenty is regional (no unit), so a unit's
 * documents with the regional ones it follows stay within one query's 5,000 at 50,000 documents.
 */
export function generateScaleDocuments(count: number, context: IScaleDocumentContext, startId = 1, seed = 1): ISeedItem[] {
  const random = new Random(seed);
  const reference = Math.floor(Date.parse(context.referenceTime) / DAY_MS) * DAY_MS;
  const day = (offset: number): string => new Date(reference + offset * DAY_MS).toISOString();
  const owners = (context.groups.filter((group) => group.key === 'documentOwners')[0] || { memberKeys: [] }).memberKeys;
  const managed = context.units.filter((unit) => !!unit.values.UnitManager);
  const curated = seedDocuments(context);
  const titles = (type: GoverningDocumentType): string[] => curated.filter((document) => document.type === type).map((document) => document.title);
  const titlesOf = new Map(PREFIX_TYPES.map((type) => [type, titles(type).length > 0 ? titles(type) : titles('Riktlinje')] as [GoverningDocumentType, string[]]));
  // One small file for all: the views read metadata, and 50,000 distinct files would only slow the load.
  const content = buildDocx({ title: 'Styrande dokument', header: [], paragraphs: ['Genererat dokument för mätningar i stor skala.'] });
  const app = PROTECTED_CASES_APP.clientId;
  const items: ISeedItem[] = [];
  for (let index = 0; index < count; index++) {
    const id = startId + index;
    const type = random.weighted(TYPES);
    const status = random.weighted(STATUSES);
    const regional = type === 'Policy' || type === 'Strategi' || random.chance(0.03);
    const unit = regional ? undefined : random.pick(managed);
    const owner = unit ? String(unit.values.UnitManager) : random.pick(owners);
    const model = random.pick(titlesOf.get(type)!);
    const number = `${PREFIX[type]}-${String(id).padStart(6, '0')}`;
    const title = unit ? `${model}, ${unit.values.Title}` : `${model} (${id})`;
    const cycle = random.pick([12, 24, 24, 36]);
    const approvedOn = -random.int(20, cycle * 30 + 60);
    const edition = random.int(1, 4);
    // A new draft was never approved: it has no edition or dates yet.
    const inWork = status === 'Utkast' || status === 'Remiss';
    const dated = inWork
      ? { Edition: 0 }
      : {
          Edition: edition,
          ApprovedByBody: unit ? `Verksamhetschefen, ${unit.values.Title}` : type === 'Policy' ? 'Regionfullmäktige' : 'Regiondirektören',
          ApprovedOn: day(approvedOn),
          EffectiveFrom: day(approvedOn + random.int(0, 14)),
          ValidUntil: day(approvedOn + cycle * 30 + random.int(0, 45)),
          NextReviewAt: day(approvedOn + cycle * 30 - random.int(0, 30))
        };
    items.push({
      Id: id,
      AuthorApp: app,
      Created: day(approvedOn - 20),
      Modified: day(inWork ? -random.int(1, 60) : approvedOn),
      Version: inWork ? 3 : 2 * edition,
      Editor: inWork ? owner : undefined,
      // What is in work (and an approval waiting for its day) is pending, seen only by its editors.
      moderation: inWork || status === 'Fastställd' ? { status: 'pending' } : undefined,
      roleAssignments: [{ principal: { personKey: owner }, level: 'Contribute' }],
      file: { name: `${number}.docx`, content },
      values: {
        Title: title,
        DocumentNumber: number,
        GoverningDocumentType: type,
        DocumentOwner: owner,
        InformationClass: random.weighted(CLASSES),
        SecurityAreas: [random.pick(SECURITY_AREAS)],
        ScopeUnitId: unit ? unit.Id : undefined,
        ReviewCycleMonths: cycle,
        ClientRequestId: `scale-document-${seed}-${id}`,
        // One in ten of a unit's documents in force asks the unit to confirm reading.
        ...(!inWork && unit && random.chance(0.1) ? { ReadAudience: JSON.stringify({ unitIds: [unit.Id], people: [] }), AsksReadConfirmation: true } : {}),
        DocumentStatus: status,
        ...dated
      }
    });
  }
  return items;
}
