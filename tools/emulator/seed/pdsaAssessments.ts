/**
 * The yearly internal-control self-assessments (TryggSjalvskattningar) and the managers' comments
 * beside their derived PDSA state (TryggPdsaKommentarer). In 2025 most units submitted; in 2026 some
 * have submitted, some have a draft and some have not started. The security function ordered
 * targeted follow-ups of Redovisning (2025, after an invoice fraud) and of the bus depot and the
 * central store (2026, after intrusions and a lapsed risk acceptance).
 */
import { ANSWER_SCALE, AnswerValue, COMMENT_REQUIRED_AT_OR_BELOW, ISelfAssessmentAnswer, SELF_ASSESSMENT_QUESTIONS } from '../../../src/domain/pdsa/selfAssessment';
import { PdsaPhase } from '../../../src/domain/pdsa/vocabulary';
import { PERSONAS } from './personas';
import { addDays, instantAfter, IPdsaUnits, notAfter } from './pdsaContext';
import { WEAKNESS_COMMENTS, STRENGTH_COMMENTS, EVIDENCE_FILES } from './pdsaAssessmentTexts';
import { Random } from './random';
import { ISeedItem } from './types';

const ASSESSMENTS_SEED = 20261402;

/** How well each unit fulfils the questions, 1–4 on the answer scale (default 3). */
const MATURITY: Readonly<Record<string, number>> = {
  'RE-SJH-IVA': 3.5, 'RE-SJH-OP': 3.4, 'RE-RS-ITD': 3.3, 'RE-RS-ITS': 3.4, 'RE-KT-TLC': 3.2, 'RE-SJH-M21': 3.1,
  'RE-SJH-AKU': 2.7, 'RE-SJH-ORT': 2.6, 'RE-PSY-AVD3': 2.5, 'RE-KT-DEP': 2.2, 'RE-RS-FOR': 2.3, 'RE-PV-ASE': 2.4, 'RE-RK-RED': 2.6
};

/** Areas that only some kinds of units can answer for; elsewhere "Ej tillämpligt". */
const AREA_ONLY_AT: Readonly<Record<string, readonly string[]>> = {
  'area.transport': ['RE-RS-TRP', 'RE-SJH-AMB', 'RE-KT-DEP', 'RE-KT-TLC', 'RE-RS-FOR'],
  'area.environment': ['RE-KT-DEP', 'RE-RS-FDR', 'RE-RS-TRP', 'RE-RS-FOR', 'RE-SJH-OP']
};

const ENHETER = [
  'RE-SJH-AKU', 'RE-SJH-IVA', 'RE-SJH-AMB', 'RE-SJH-OP', 'RE-SJH-ORT', 'RE-SJH-M21', 'RE-PV-NBY', 'RE-PV-ASE', 'RE-PV-STR', 'RE-PV-HAM',
  'RE-PSY-PAM', 'RE-PSY-AVD3', 'RE-PSY-OPV', 'RE-RS-FDR', 'RE-RS-STK', 'RE-RS-ITD', 'RE-RS-ITS', 'RE-RS-TRP', 'RE-RS-FOR', 'RE-KT-TLC',
  'RE-KT-DEP', 'RE-KT-KUN', 'RE-RK-RED', 'RE-RK-INK', 'RE-RK-SAK'
];

type Progress = 'submitted' | 'draft' | 'followUpOnly';

interface IAssessmentPlan {
  readonly year: number;
  readonly unit: string;
  readonly progress: Progress;
  readonly followUpNote?: string;
}

const NOT_ASSESSED_2025 = ['RE-KT-KUN', 'RE-RK-INK', 'RE-RS-STK'];
const SUBMITTED_2026 = ['RE-RS-ITD', 'RE-SJH-M21', 'RE-RS-ITS', 'RE-KT-TLC', 'RE-SJH-IVA', 'RE-SJH-OP', 'RE-PV-NBY', 'RE-PV-STR', 'RE-RK-RED', 'RE-SJH-AMB'];
const DRAFTS_2026 = ['RE-SJH-AKU', 'RE-SJH-ORT', 'RE-PSY-AVD3', 'RE-RS-TRP', 'RE-PSY-PAM'];

const PLANS: readonly IAssessmentPlan[] = [
  ...ENHETER.filter((unit) => NOT_ASSESSED_2025.indexOf(unit) < 0).map(
    (unit): IAssessmentPlan =>
      unit === 'RE-RK-RED'
        ? { year: 2025, unit, progress: 'submitted', followUpNote: 'Riktad uppföljning efter fakturabedrägeriet i höstas: redovisa hur ändrade bankuppgifter verifieras och hur rutinen följs upp i attestflödet.' }
        : { year: 2025, unit, progress: 'submitted' }
  ),
  ...SUBMITTED_2026.map((unit): IAssessmentPlan => ({ year: 2026, unit, progress: 'submitted' })),
  ...DRAFTS_2026.map((unit): IAssessmentPlan => ({ year: 2026, unit, progress: 'draft' })),
  {
    year: 2026,
    unit: 'RE-KT-DEP',
    progress: 'draft',
    followUpNote: 'Riktad uppföljning av skal- och tillträdesskyddet på depån efter upprepade intrång. Redovisa åtgärdsplan för grinden och kontrollerna vid skiftbyte senast den 15 december.'
  },
  {
    year: 2026,
    unit: 'RE-RS-FOR',
    progress: 'followUpOnly',
    followUpNote: 'Riktad uppföljning: den accepterade risken för lastkajen har löpt ut. Redovisa hur sena leveranser bevakas och vem som ansvarar för porten.'
  }
];

const SCALE_STEPS = ANSWER_SCALE.filter((step): step is Exclude<AnswerValue, 'na'> => step !== 'na');

function answerFor(key: string, unit: string, random: Random): ISelfAssessmentAnswer {
  const only = AREA_ONLY_AT[key];
  if (only && only.indexOf(unit) < 0) return { answer: 'na' };
  const maturity = MATURITY[unit] || 3;
  const step = Math.max(1, Math.min(4, Math.round(maturity + (random.next() - 0.5) * 2)));
  const answer = SCALE_STEPS.filter((value) => value === step)[0];
  const comment = answer <= COMMENT_REQUIRED_AT_OR_BELOW ? WEAKNESS_COMMENTS[key] : random.chance(0.25) ? random.pick(STRENGTH_COMMENTS) : undefined;
  const evidenceUrl = answer >= 3 && random.chance(0.35) ? `https://regionexempel.sharepoint.com/sites/${unit.toLowerCase()}/Delade%20dokument/Sakerhet/${EVIDENCE_FILES[key]}` : undefined;
  return { answer, ...(comment ? { comment } : {}), ...(evidenceUrl ? { evidenceUrl } : {}) };
}

function answersFor(plan: IAssessmentPlan, random: Random): Record<string, ISelfAssessmentAnswer> {
  if (plan.progress === 'followUpOnly') return {};
  // A draft is filled in from the top and left part-way.
  const count = plan.progress === 'draft' ? random.int(4, SELF_ASSESSMENT_QUESTIONS.length - 3) : SELF_ASSESSMENT_QUESTIONS.length;
  const answers: Record<string, ISelfAssessmentAnswer> = {};
  SELF_ASSESSMENT_QUESTIONS.slice(0, count).forEach((question) => (answers[question.key] = answerFor(question.key, plan.unit, random)));
  return answers;
}

export function buildSelfAssessments(units: IPdsaUnits): ISeedItem[] {
  const random = new Random(ASSESSMENTS_SEED);
  return PLANS.map((plan, index): ISeedItem => {
    const id = index + 1;
    const manager = units.actingManagerOf(plan.unit);
    const answers = answersFor(plan, random);
    // 2025's were submitted in the autumn; 2026's round opened in mid-September.
    const opened = plan.year === 2025 ? addDays('2025-09-22', random.int(0, 40)) : addDays('2026-09-14', random.int(0, 40));
    const created = notAfter(instantAfter(opened, 0, 8 + random.int(0, 6)), units);
    const lastWritten = notAfter(instantAfter(opened, random.int(3, 20), 8 + random.int(0, 7)), units);
    const submitted = plan.progress === 'submitted';
    return {
      Id: id,
      Author: plan.progress === 'followUpOnly' ? PERSONAS.securityFunction.key : manager,
      Created: created,
      Modified: lastWritten,
      Editor: plan.followUpNote && !submitted ? PERSONAS.securityFunction.key : manager,
      values: {
        Title: `Självskattning ${plan.year}`,
        ClientRequestId: `seed-self-assessment-${id}`,
        UnitId: units.unitIdOf(plan.unit),
        AssessmentYear: plan.year,
        Answers: JSON.stringify(answers),
        AssessmentStatus: submitted ? 'Inlämnad' : 'Utkast',
        SubmittedBy: submitted ? manager : undefined,
        SubmittedAt: submitted ? lastWritten : undefined,
        TargetedFollowUp: plan.followUpNote ? true : undefined,
        TargetedFollowUpNote: plan.followUpNote
      }
    };
  });
}

/** Unit, year, phase, day written, text. */
const COMMENTS: readonly (readonly [string, number, PdsaPhase, string, string])[] = [
  ['RE-SJH-M21', 2025, 'Agera', '2025-12-04', 'Efter utrymningsövningen har evakueringsmadrasserna flyttats till korridorens förråd och rutinen för passerkort till vikarier skärpts.'],
  ['RE-SJH-AKU', 2026, 'Genomföra', '2026-11-02', 'Larmknapparna är beställda men leveransen är försenad till december. Utbildningen i hot och våld fortsätter under våren när beläggningen tillåter.'],
  ['RE-SJH-AKU', 2026, 'Studera', '2026-11-16', 'Självskattningen blir klar efter arbetsplatsträffen den 3 december. Mätningen för tredje kvartalet förs in samtidigt.'],
  ['RE-SJH-ORT', 2026, 'Planera', '2026-10-12', 'Enhetschefen är föräldraledig och jag håller i säkerhetsarbetet under tiden. Riskanalysen för läkemedelsrummet ses över i januari.'],
  ['RE-KT-DEP', 2026, 'Genomföra', '2026-10-27', 'Miljöövningen fick skjutas upp på grund av personalbrist i verkstaden och görs i februari. Låshuset på grinden byts i december.'],
  ['RE-RS-ITS', 2026, 'Agera', '2026-11-10', 'Årets cykel är genomförd. Nästa år riktar vi nätfiskeövningarna mot nyanställda, som klickar oftast.']
];

export function buildPdsaComments(units: IPdsaUnits): ISeedItem[] {
  return COMMENTS.map(([unit, year, phase, day, text], index): ISeedItem => {
    const id = index + 1;
    return {
      Id: id,
      Author: units.actingManagerOf(unit),
      Created: notAfter(instantAfter(day, 0, 14), units),
      values: { ClientRequestId: `seed-pdsa-comment-${id}`, UnitId: units.unitIdOf(unit), PdsaYear: year, PdsaPhase: phase, PdsaComment: text }
    };
  });
}
