import { IHistoryEntry } from '../../../src/domain/deviations/types';
import { ActionStatus, ConsequenceLevel, CONSEQUENCE_LEVELS, DeviationStatus } from '../../../src/domain/deviations/vocabulary';
import { requiresSecurityApproval } from '../../../src/domain/deviations/workflow';
import { AREAS_REQUIRING_SECURITY_FUNCTION, AREAS_WITH_MSB_CATEGORY, SecurityArea } from '../../../src/domain/securityAreas';
import { ISeedItem, ISeedPerson, SeedValue } from './types';
import { guidFromText, Random } from './random';
import { ICaseContext, IRoute, IUnitInfo, responsibleFor, coordinatorFor, routeReport } from './caseContext';
import { IScenario, NO_ACTIONS_FEEDBACK, REJECTION_REASONS, SCENARIOS, TRANSITION_NOTES } from './scenarios';
import { DAY, floorMinute, fromLocalDay, HOUR, intoOfficeHours, isWeekday, iso, localDayOf, MINUTE, utcMidnight } from './time';

// Globals bound once: under jest's vm sandbox every global lookup (Math.floor …) is slow, and the
// scale generator makes millions of them.
const { max, min } = Math;
const { stringify } = JSON;

/** What a caller may pin down for one case; everything else is drawn at random. */
export interface ICaseRequest {
  readonly scenario?: string;
  readonly unitCode?: string;
  /** The reporter; their unit becomes ReporterUnit. */
  readonly reporterKey?: string;
  /** Days between the report and the reference time. */
  readonly ageDays?: number;
  readonly status?: DeviationStatus;
  readonly rejectFrom?: 'Ny' | 'Mottagen' | 'Utreds';
  readonly escalate?: boolean;
}

interface IDraft {
  readonly reportedMs: number;
  readonly reporter: string;
  readonly created: string;
  readonly modified: string;
  readonly values: Record<string, SeedValue>;
  readonly actions: readonly IActionDraft[];
}

interface IActionDraft {
  readonly author: string;
  readonly created: string;
  readonly modified: string;
  readonly values: Record<string, SeedValue>;
  /** Owned by a member of staff, who cannot read the actions list: shared with them, as the Trygg function does. */
  readonly sharedWithOwner: boolean;
}

/** How often each area is reported, relative to the others. */
const AREA_WEIGHTS: readonly (readonly [SecurityArea, number])[] = [
  ['Brandsäkerhet', 12],
  ['Skalskydd', 9],
  ['Tillträdesskydd', 11],
  ['Hot och våld', 11],
  ['Informationssäkerhet', 13],
  ['IT-säkerhet', 12],
  ['Driftsäkerhet', 10],
  ['Ekonomisk säkerhet', 6],
  ['Transportsäkerhet', 7],
  ['Yttre miljösäkerhet', 6]
];

type Weights<T> = readonly (readonly [T, number])[];

/** Status by age in days: recent reports are still open; old ones are mostly closed. */
const STATUS_BY_AGE: readonly (readonly [number, Weights<DeviationStatus>])[] = [
  [3, [['Ny', 60], ['Mottagen', 30], ['Utreds', 5], ['Avvisad', 5]]],
  [10, [['Ny', 20], ['Mottagen', 35], ['Utreds', 25], ['Åtgärdas', 10], ['Avslutad', 5], ['Avvisad', 5]]],
  [30, [['Ny', 6], ['Mottagen', 14], ['Utreds', 30], ['Åtgärdas', 30], ['Avslutad', 14], ['Avvisad', 6]]],
  [90, [['Ny', 2], ['Mottagen', 5], ['Utreds', 13], ['Åtgärdas', 25], ['Avslutad', 50], ['Avvisad', 5]]],
  [Infinity, [['Utreds', 3], ['Åtgärdas', 6], ['Avslutad', 85], ['Avvisad', 6]]]
];
const REJECT_FROM: Weights<'Ny' | 'Mottagen' | 'Utreds'> = [['Ny', 40], ['Mottagen', 40], ['Utreds', 20]];

function statusForAge(rng: Random, ageDays: number): DeviationStatus {
  return rng.weighted(STATUS_BY_AGE.filter(([below]) => ageDays < below)[0][1]);
}

/** A random age: 14 months back, weighted towards the recent weeks where the open cases are. */
function randomAgeDays(rng: Random): number {
  const roll = rng.next();
  if (roll < 0.22) return rng.next() * 14;
  if (roll < 0.45) return 14 + rng.next() * 46;
  return 60 + rng.next() * 365;
}

const MAIN_PATH: readonly DeviationStatus[] = ['Ny', 'Mottagen', 'Utreds', 'Åtgärdas', 'Avslutad'];

/** The statuses a case went through to reach `status` (the product's workflow allows each step). */
export function statusPath(status: DeviationStatus, rejectFrom: DeviationStatus = 'Mottagen', withoutActions = false): DeviationStatus[] {
  if (status === 'Avvisad') return [...MAIN_PATH.slice(0, MAIN_PATH.indexOf(rejectFrom) + 1), 'Avvisad'];
  // An investigation may conclude that no actions are needed: Utreds → Avslutad.
  if (status === 'Avslutad' && withoutActions) return ['Ny', 'Mottagen', 'Utreds', 'Avslutad'];
  return MAIN_PATH.slice(0, MAIN_PATH.indexOf(status) + 1);
}

/** Gap before reaching a status, in ms. */
function gapBefore(rng: Random, status: DeviationStatus): number {
  switch (status) {
    case 'Mottagen': {
      // Mostly within a working day; some late, a few very late (overdue).
      const roll = rng.next();
      return roll < 0.75 ? rng.int(1, 30) * HOUR : roll < 0.95 ? rng.int(1, 4) * DAY : rng.int(4, 12) * DAY;
    }
    case 'Utreds':
      return rng.int(2, 120) * HOUR;
    case 'Åtgärdas':
      return rng.int(2, 21) * DAY;
    case 'Avslutad':
      return rng.int(7, 60) * DAY;
    default:
      return rng.int(2, 72) * HOUR;
  }
}

/** When each status after Ny was reached: office hours for handlers, all before the reference time. */
function timeline(rng: Random, path: readonly DeviationStatus[], reportedMs: number, referenceMs: number): number[] {
  const gaps = path.slice(1).map((status) => gapBefore(rng, status));
  const available = referenceMs - reportedMs - 30 * MINUTE;
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total > available ? (available / total) * 0.9 : 1;
  const times = [reportedMs];
  let previous = reportedMs;
  for (const gap of gaps) {
    const raw = previous + max(MINUTE, gap * scale);
    let at = intoOfficeHours(raw, rng.int(0, 479));
    if (at >= referenceMs) at = raw;
    if (at >= referenceMs) at = previous + (referenceMs - previous) / 2;
    at = max(floorMinute(at), previous + MINUTE);
    times.push(at);
    previous = at;
  }
  return times;
}

function occurrence(rng: Random, scenario: IScenario, ageDays: number, referenceMs: number): { occurredMs: number; reportedMs: number } {
  const [fromHour, toHour] = scenario.hours ?? [7, 17];
  let day = localDayOf(referenceMs - ageDays * DAY);
  // Office-hours events (most of them) happen on weekdays.
  if (!scenario.hours) {
    while (!isWeekday(day)) day--;
  }
  let occurredMs = fromLocalDay(day, rng.int(fromHour * 60, toHour * 60 - 1));
  // Usually reported within the hour or two, sometimes at the end of the shift, a few days later.
  const roll = rng.next();
  const delay = roll < 0.65 ? rng.int(5, 120) * MINUTE : roll < 0.9 ? rng.int(2, 8) * HOUR : rng.int(24, 72) * HOUR;
  let reportedMs = occurredMs + delay;
  const latest = referenceMs - rng.int(30, 300) * MINUTE;
  if (reportedMs > latest) {
    occurredMs -= reportedMs - latest;
    reportedMs = latest;
  }
  return { occurredMs: floorMinute(occurredMs), reportedMs: floorMinute(reportedMs) };
}

function lowerConsequence(level: ConsequenceLevel): ConsequenceLevel {
  return CONSEQUENCE_LEVELS[max(0, CONSEQUENCE_LEVELS.indexOf(level) - 1)];
}

function person(ctx: ICaseContext, key: string): ISeedPerson {
  const p = ctx.people.get(key);
  if (!p) throw new Error(`Unknown person ${key}`);
  return p;
}

function entry(ctx: ICaseContext, at: number, by: string, to: DeviationStatus, from?: DeviationStatus, note?: string): IHistoryEntry {
  const p = person(ctx, by);
  const base = { at: iso(at), byName: p.displayName, byEmail: p.mail };
  // Optional keys are left out, not set to undefined, and `from` comes before `to` as in the product.
  if (from === undefined) return note ? { ...base, to, note } : { ...base, to };
  return note ? { ...base, from, to, note } : { ...base, from, to };
}

/** Generates the random parts of one report and its handling. */
export class CaseGenerator {
  private readonly scenarioById = new Map(SCENARIOS.map((s) => [s.id, s] as [string, IScenario]));
  private readonly areasAvailable: (readonly [SecurityArea, number])[];
  private readonly scenariosByArea = new Map<SecurityArea, IScenario[]>();
  // Shared strings: 50,000 cases repeat the same few hundred locations and cause lists.
  private readonly locations = new Map<string, string>();
  private readonly causeJson = new Map<string, string>();
  // How often each scenario, and each scenario in each unit, has been used: the least used go
  // first, so 150 cases spread over the scenarios instead of repeating a few.
  private readonly uses = new Map<string, number>();

  public constructor(private readonly ctx: ICaseContext, private readonly rng: Random, private readonly requestIdPrefix: string) {
    for (const s of SCENARIOS) {
      if (!ctx.unitsForScenario.has(s.id)) continue;
      this.scenariosByArea.set(s.area, [...(this.scenariosByArea.get(s.area) || []), s]);
    }
    this.areasAvailable = AREA_WEIGHTS.filter(([area]) => this.scenariosByArea.has(area));
  }

  public generate(index: number, request: ICaseRequest = {}): IDraft {
    const { ctx, rng } = this;
    const reference = ctx.referenceMs;
    const scenario = this.chooseScenario(request);
    const unit = this.chooseUnit(scenario, request);
    const ageDays = request.ageDays ?? randomAgeDays(rng);
    const status = request.status ?? statusForAge(rng, ageDays);
    const rejectFrom = request.rejectFrom ?? rng.weighted(REJECT_FROM);
    const minor = scenario.actual === '1 Försumbar' && scenario.potential !== '4 Allvarlig';
    const path = statusPath(status, rejectFrom, minor && rng.chance(0.15));
    const reporter = this.chooseReporter(scenario, unit, request);
    // Undefined for people whose directory department is no unit (external consultants).
    const reporterUnit = ctx.unitOfPerson.get(reporter.key);
    const { occurredMs, reportedMs } = occurrence(rng, scenario, ageDays, reference);
    const times = timeline(rng, path, reportedMs, reference);
    const handled = path.length > 1;
    // A report rejected straight from Ny is never taken in, so it is neither classified nor handed over.
    const classified = handled && path[1] !== 'Avvisad';

    // Routing at submission, then a possible hand-over when the case is first taken in.
    const initial = routeReport(ctx, reporter);
    const final = classified ? this.handOver(initial, scenario, unit, reporterUnit, request) : initial;

    // Reporters may classify but need not; threats and violence they do, which makes the case protected.
    const reporterClassifies = AREAS_REQUIRING_SECURITY_FUNCTION.indexOf(scenario.area) >= 0 || rng.chance(0.65);
    const draft = {
      area: reporterClassifies ? scenario.area : undefined,
      involvesPersonalData: scenario.personalData === true,
      suspectedCrime: scenario.crime === true
    };
    const values: Record<string, SeedValue> = {
      Title: scenario.title,
      ClientRequestId: guidFromText(`${this.requestIdPrefix}:${index}`),
      Description: scenario.description,
      OccurredAt: iso(occurredMs),
      ReportedAt: iso(reportedMs),
      Unit: unit.id,
      Location: this.location(scenario, unit),
      InvolvesPersonalData: draft.involvesPersonalData,
      SuspectedCrime: draft.suspectedCrime,
      // Set at submission from the report, as the product does.
      Sensitive: requiresSecurityApproval(draft),
      Reporter: reporter.key,
      Handler: final.handler,
      RoutingReason: final.reason,
      Status: status
    };
    if (reporterUnit) values.ReporterUnit = reporterUnit.id;
    if (scenario.immediate) values.ImmediateActions = scenario.immediate;
    if (classified) {
      values.DeviationType = scenario.type;
      values.SecurityArea = scenario.area;
      values.ActualConsequence = rng.chance(0.2) ? lowerConsequence(scenario.actual) : scenario.actual;
      values.PotentialConsequence = scenario.potential;
      if (AREAS_WITH_MSB_CATEGORY.indexOf(scenario.area) >= 0 && scenario.msb) values.MsbCategory = scenario.msb;
    } else if (reporterClassifies) {
      values.DeviationType = scenario.type;
      values.SecurityArea = scenario.area;
    }
    if (handled) values.AcknowledgedAt = iso(times[1]);

    const reached = (s: DeviationStatus): number => path.indexOf(s);
    if (reached('Utreds') >= 0 && status !== 'Avvisad') {
      const partial = status === 'Utreds';
      const key = `${scenario.id}:${partial}`;
      let json = this.causeJson.get(key);
      if (json === undefined) {
        json = stringify(partial ? scenario.causes.slice(0, max(1, scenario.causes.length - 1)) : scenario.causes);
        this.causeJson.set(key, json);
      }
      values.MtoCauses = json;
    }
    const closedAt = times[times.length - 1];
    if (status === 'Avslutad') {
      values.Feedback = reached('Åtgärdas') >= 0 ? scenario.feedback : NO_ACTIONS_FEEDBACK;
      values.FeedbackAt = iso(closedAt);
      values.ClosedAt = iso(closedAt);
      values.ApprovedBy = final.handler;
      if (values.Sensitive) {
        const approver = this.securityApprover(final.handler);
        // The security function approves shortly before the handler closes.
        const beforeClosing = times[times.length - 2];
        const from = max(beforeClosing + MINUTE, closedAt - 3 * DAY);
        values.SecurityApprovedBy = approver;
        values.SecurityApprovedAt = iso(this.officeTimeBetween(from, closedAt, 0.3 + 0.6 * rng.next()));
      }
    }
    if (status === 'Avvisad') {
      values.RejectionReason = this.rejectionReason(scenario);
      values.ClosedAt = iso(closedAt);
    }

    const history = this.history(path, times, reporter.key, initial, final);
    values.History = stringify(history);
    const actions = this.actions(scenario, unit, final.handler, path, times, status);
    return {
      reportedMs,
      reporter: reporter.key,
      created: iso(reportedMs),
      modified: history[history.length - 1].at,
      values,
      actions
    };
  }

  private chooseScenario(request: ICaseRequest): IScenario {
    if (request.scenario) {
      const scenario = this.scenarioById.get(request.scenario);
      if (!scenario) throw new Error(`Unknown scenario ${request.scenario}`);
      return scenario;
    }
    const area = this.rng.weighted(this.areasAvailable);
    return this.leastUsed(this.scenariosByArea.get(area) as IScenario[], (s) => s.id);
  }

  private leastUsed<T>(items: readonly T[], key: (item: T) => string): T {
    let fewest = Infinity;
    let candidates: T[] = [];
    for (const item of items) {
      const n = this.uses.get(key(item)) || 0;
      if (n < fewest) {
        fewest = n;
        candidates = [item];
      } else if (n === fewest) {
        candidates.push(item);
      }
    }
    const chosen = this.rng.pick(candidates);
    this.uses.set(key(chosen), fewest + 1);
    return chosen;
  }

  private chooseUnit(scenario: IScenario, request: ICaseRequest): IUnitInfo {
    if (request.unitCode) {
      const unit = this.ctx.unitByCode.get(request.unitCode);
      if (!unit) throw new Error(`Unknown unit ${request.unitCode}`);
      return unit;
    }
    const candidates = this.ctx.unitsForScenario.get(scenario.id);
    if (!candidates) throw new Error(`No unit where ${scenario.id} can happen`);
    return this.leastUsed(candidates, (u) => `${scenario.id}@${u.id}`);
  }

  private chooseReporter(scenario: IScenario, unit: IUnitInfo, request: ICaseRequest): ISeedPerson {
    if (request.reporterKey) return person(this.ctx, request.reporterKey);
    // Service staff (fastighet, IT, transport) sometimes report what they see in other units.
    let from = unit;
    if (!request.unitCode && scenario.visible && this.rng.chance(0.15)) {
      const visitors = this.ctx.visitingUnits.filter((u) => u.id !== unit.id);
      if (visitors.length > 0) from = this.rng.pick(visitors);
    }
    const staff = this.ctx.staffByUnit.get(from.id) || this.ctx.staffByUnit.get(unit.id) || [];
    // Not the stand-in: the product would route their own report to themselves.
    const reporters = staff.filter((p) => p.key !== from.substitute);
    return this.rng.pick(reporters.length > 0 ? reporters : staff);
  }

  /** Reassignment to the unit where it happened, or escalation of a serious case to the security function. */
  private handOver(initial: IRoute, scenario: IScenario, unit: IUnitInfo, reporterUnit: IUnitInfo | undefined, request: ICaseRequest): IRoute {
    if (!reporterUnit || reporterUnit.id !== unit.id) {
      const responsible = responsibleFor(unit) ?? coordinatorFor(this.ctx.units, unit);
      if (responsible && responsible !== initial.handler) return { handler: responsible, reason: 'Omfördelad' };
    }
    const serious = scenario.potential === '4 Allvarlig' && (scenario.crime === true || scenario.area === 'Hot och våld');
    const inFunction = this.ctx.securityFunction.indexOf(initial.handler) >= 0;
    if (!inFunction && (request.escalate || (request.escalate === undefined && serious && this.rng.chance(0.2)))) {
      return { handler: this.rng.pick(this.ctx.securityFunction), reason: 'Eskalerad' };
    }
    return initial;
  }

  /** An instant at `fraction` of the way from `from` to `to`, moved into office hours when that still fits. */
  private officeTimeBetween(from: number, to: number, fraction: number): number {
    const raw = floorMinute(from + (to - from) * fraction);
    const office = intoOfficeHours(raw, this.rng.int(0, 479));
    return min(max(office <= to ? office : raw, from), to);
  }

  private securityApprover(handler: string): string {
    const others = this.ctx.securityFunction.filter((k) => k !== handler);
    return this.rng.pick(others.length > 0 ? others : this.ctx.securityFunction);
  }

  private location(scenario: IScenario, unit: IUnitInfo): string {
    const place = this.rng.pick(scenario.places);
    if (place === '') return unit.site;
    if (place[0] !== place[0].toLowerCase()) return place;
    const key = `${unit.id}:${place}`;
    let location = this.locations.get(key);
    if (location === undefined) {
      location = `${unit.site}, ${place}`;
      this.locations.set(key, location);
    }
    return location;
  }

  private rejectionReason(scenario: IScenario): string {
    if (scenario.rejection && this.rng.chance(0.6)) return scenario.rejection;
    return this.rng.pick(REJECTION_REASONS);
  }

  private history(path: readonly DeviationStatus[], times: readonly number[], reporter: string, initial: IRoute, final: IRoute): IHistoryEntry[] {
    const { ctx, rng } = this;
    const entries: IHistoryEntry[] = [entry(ctx, times[0], reporter, 'Ny')];
    for (let i = 1; i < path.length; i++) {
      const to = path[i];
      const from = path[i - 1];
      // The first handler takes the case in; a hand-over is noted there and the new handler continues.
      const by = i === 1 ? initial.handler : final.handler;
      let note: string | undefined;
      if (to === 'Mottagen') {
        note =
          final.reason === 'Eskalerad'
            ? TRANSITION_NOTES.escalated
            : final.reason === 'Omfördelad'
              ? TRANSITION_NOTES.reassigned
              : rng.pick(TRANSITION_NOTES.acknowledged);
      } else if (to === 'Utreds') note = rng.pick(TRANSITION_NOTES.investigating);
      else if (to === 'Åtgärdas') note = rng.pick(TRANSITION_NOTES.actions);
      else if (to === 'Avslutad') note = rng.pick(TRANSITION_NOTES.closed);
      else if (to === 'Avvisad') note = 'Ärendet avvisat.';
      entries.push(entry(ctx, times[i], by, to, from, note));
    }
    return entries;
  }

  private actions(
    scenario: IScenario,
    unit: IUnitInfo,
    handler: string,
    path: readonly DeviationStatus[],
    times: readonly number[],
    status: DeviationStatus
  ): IActionDraft[] {
    const { ctx, rng } = this;
    const reference = ctx.referenceMs;
    const actionsIndex = path.indexOf('Åtgärdas');
    let list = scenario.actions;
    let createdMs: number;
    if (actionsIndex >= 0) {
      // The main action always; the others only in some cases, as handlers choose what fits.
      list = list.filter((_, i) => i === 0 || rng.chance(0.25));
      createdMs = times[actionsIndex];
    } else if (status === 'Utreds' && rng.chance(0.3)) {
      // An obvious first action is sometimes planned during the investigation.
      list = list.slice(0, 1);
      createdMs = min(times[path.indexOf('Utreds')] + rng.int(1, 48) * HOUR, reference - MINUTE);
    } else {
      return [];
    }
    const endMs = status === 'Avslutad' ? times[times.length - 1] : reference;
    const staff = ctx.staffByUnit.get(unit.id) || [];
    return list.map((action) => {
      const owner =
        action.owner === 'handler'
          ? handler
          : action.owner === 'staff'
            ? (staff.length > 0 ? rng.pick(staff).key : handler)
            : ctx.owners[action.owner] ?? handler;
      const dueMs = utcMidnight(createdMs + rng.int(14, 60) * DAY);
      const actionStatus: ActionStatus =
        status === 'Avslutad'
          ? 'Klar'
          : status === 'Åtgärdas'
            ? rng.weighted<ActionStatus>([['Klar', 30], ['Pågår', 40], ['Planerad', 30]])
            : 'Planerad';
      const values: Record<string, SeedValue> = {
        Title: action.title,
        ActionOwner: owner,
        DueDate: iso(dueMs),
        ActionStatus: actionStatus
      };
      let modifiedMs = createdMs;
      if (actionStatus === 'Klar') {
        modifiedMs = this.officeTimeBetween(createdMs, endMs, 0.2 + 0.8 * rng.next());
        values.CompletedAt = iso(modifiedMs);
      } else if (actionStatus === 'Pågår') {
        modifiedMs = this.officeTimeBetween(createdMs, reference, rng.next() * 0.8);
      }
      const sharedWithOwner = action.owner === 'staff' && owner !== handler;
      return { author: handler, created: iso(floorMinute(createdMs)), modified: iso(max(modifiedMs, floorMinute(createdMs))), values, sharedWithOwner };
    });
  }
}

/**
 * Who last wrote a seeded case and how often: a case its handler has worked on is past its first
 * version (a reporter cannot edit a sent report), one entry in its log per write.
 */
function handledBy(values: IDraft['values']): Pick<ISeedItem, 'Editor' | 'Version'> {
  const history = typeof values.History === 'string' ? (JSON.parse(values.History) as unknown[]) : [];
  const handled = values.Status !== 'Ny' || history.length > 1 || !!values.HandlerNotifiedAt;
  if (!handled || typeof values.Handler !== 'string') return {};
  return { Editor: values.Handler, Version: Math.max(2, history.length + (values.HandlerNotifiedAt ? 1 : 0)) };
}

/** Orders drafts by report time (SharePoint ids grow with creation) and assigns item ids. */
export function assignIds(
  drafts: readonly IDraft[],
  firstDeviationId: number,
  firstActionId: number
): { deviations: ISeedItem[]; actions: ISeedItem[] } {
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].reportedMs - drafts[b].reportedMs || a - b);
  const deviations: ISeedItem[] = [];
  const actions: ISeedItem[] = [];
  let actionId = firstActionId;
  order.forEach((draftIndex, position) => {
    const draft = drafts[draftIndex];
    const id = firstDeviationId + position;
    deviations.push({ Id: id, Author: draft.reporter, Created: draft.created, Modified: draft.modified, ...handledBy(draft.values), values: draft.values });
    for (const action of draft.actions) {
      actions.push({
        Id: actionId++,
        Author: action.author,
        Created: action.created,
        Modified: action.modified,
        values: { ...action.values, Deviation: id },
        ...(action.sharedWithOwner ? { roleAssignments: [{ principal: { personKey: String(action.values.ActionOwner) }, level: 'Read' as const }] } : {})
      });
    }
  });
  return { deviations, actions };
}
