/**
 * Matrix presets (4×4, 5×5): a draft in the region's own words for the security function to rewrite.
 * They are not any authority's official scale and must never be presented as one.
 */
import { SECURITY_AREAS, SecurityArea } from '../securityAreas';
import { ConsequenceDimension, IConsequenceStep, IMatrixStep, IRiskLevel, IRiskMatrix } from './types';

export type MatrixPresetName = '4x4' | '5x5';
export const MATRIX_PRESETS: readonly MatrixPresetName[] = ['4x4', '5x5'];

const LIKELIHOOD_4: readonly IMatrixStep[] = [
  { value: 1, name: 'Mycket osannolik', description: 'Har inte hänt hos oss eller i liknande verksamheter. Kan tänkas inträffa mer sällan än vart tionde år.' },
  { value: 2, name: 'Osannolik', description: 'Har hänt i liknande verksamheter. Kan inträffa någon gång på 1–10 år.' },
  { value: 3, name: 'Möjlig', description: 'Har hänt hos oss. Kan inträffa en eller några gånger per år.' },
  { value: 4, name: 'Sannolik', description: 'Händer återkommande. Kan inträffa varje månad eller oftare.' }
];

const LIKELIHOOD_5: readonly IMatrixStep[] = [
  { value: 1, name: 'Mycket osannolik', description: 'Har inte hänt hos oss eller i liknande verksamheter. Kan tänkas inträffa mer sällan än vart tionde år.' },
  { value: 2, name: 'Osannolik', description: 'Har hänt i liknande verksamheter. Kan inträffa någon gång på 3–10 år.' },
  { value: 3, name: 'Möjlig', description: 'Har hänt hos oss. Kan inträffa någon gång på 1–3 år.' },
  { value: 4, name: 'Sannolik', description: 'Händer då och då. Kan inträffa en eller några gånger per år.' },
  { value: 5, name: 'Mycket sannolik', description: 'Händer återkommande. Kan inträffa varje månad eller oftare.' }
];

type Examples = Readonly<Record<ConsequenceDimension, string>>;

const LIMITED: Examples = {
  lifeAndHealth: 'Obehag eller lindrig skada som inte behöver vård.',
  operations: 'Kort störning som hanteras inom ordinarie rutiner.',
  information: 'Intern information röjs eller är kort otillgänglig, utan följder för någon.',
  economy: 'Under 100 000 kr.',
  reputation: 'Enstaka klagomål, ingen uppmärksamhet utanför verksamheten.'
};
const MODERATE: Examples = {
  lifeAndHealth: 'Skada som behöver vård eller kortare sjukskrivning.',
  operations: 'Verksamheten begränsas upp till en arbetsdag; planerad vård kan behöva skjutas upp.',
  information: 'Personuppgifter röjs för ett fåtal, eller information måste återskapas.',
  economy: '100 000 – 1 miljon kr.',
  reputation: 'Lokal uppmärksamhet i media eller sociala medier.'
};
const SIGNIFICANT: Examples = {
  lifeAndHealth: 'Allvarlig skada eller längre sjukskrivning.',
  operations: 'Verksamheten kraftigt begränsad i flera dagar; patienter eller resenärer påverkas.',
  information: 'Känsliga personuppgifter eller patientuppgifter röjs för många, eller felaktig information ligger till grund för beslut.',
  economy: '1 – 10 miljoner kr.',
  reputation: 'Regional uppmärksamhet; förtroendet för regionen skadas.'
};
const SERIOUS_4: Examples = {
  lifeAndHealth: 'Bestående skada eller dödsfall.',
  operations: 'Samhällsviktig verksamhet kan inte upprätthållas; kris- eller beredskapsläge.',
  information: 'Säkerhetsskyddsklassificerade uppgifter röjs, eller journaluppgifter går förlorade.',
  economy: 'Över 10 miljoner kr.',
  reputation: 'Nationell uppmärksamhet; förtroendet skadas under lång tid.'
};
const SERIOUS_5: Examples = {
  lifeAndHealth: 'Bestående skada för en person.',
  operations: 'Samhällsviktig verksamhet allvarligt begränsad i mer än en vecka.',
  information: 'Stora mängder känsliga personuppgifter röjs, eller journaluppgifter går förlorade för en verksamhet.',
  economy: '10 – 50 miljoner kr.',
  reputation: 'Nationell uppmärksamhet; förtroendet skadas under lång tid.'
};
const VERY_SERIOUS_5: Examples = {
  lifeAndHealth: 'Dödsfall eller flera svårt skadade.',
  operations: 'Samhällsviktig verksamhet kan inte upprätthållas; kris- eller beredskapsläge.',
  information: 'Säkerhetsskyddsklassificerade uppgifter röjs, eller journaluppgifter går förlorade för hela regionen.',
  economy: 'Över 50 miljoner kr.',
  reputation: 'Nationell uppmärksamhet under lång tid; förtroendet för regionen allvarligt skadat.'
};

const CONSEQUENCE_4: readonly IConsequenceStep[] = [
  { value: 1, name: 'Begränsad', description: 'Liten påverkan som verksamheten hanterar själv.', examples: LIMITED },
  { value: 2, name: 'Måttlig', description: 'Märkbar påverkan som kräver insatser utöver det vardagliga.', examples: MODERATE },
  { value: 3, name: 'Betydande', description: 'Stor påverkan på människor, verksamhet eller förtroende.', examples: SIGNIFICANT },
  { value: 4, name: 'Allvarlig', description: 'Mycket stor påverkan; liv, hälsa eller samhällsviktig verksamhet står på spel.', examples: SERIOUS_4 }
];

const CONSEQUENCE_5: readonly IConsequenceStep[] = [
  { value: 1, name: 'Begränsad', description: 'Liten påverkan som verksamheten hanterar själv.', examples: LIMITED },
  { value: 2, name: 'Måttlig', description: 'Märkbar påverkan som kräver insatser utöver det vardagliga.', examples: MODERATE },
  { value: 3, name: 'Betydande', description: 'Stor påverkan på människor, verksamhet eller förtroende.', examples: SIGNIFICANT },
  { value: 4, name: 'Allvarlig', description: 'Mycket stor påverkan på människor, verksamhet eller förtroende.', examples: SERIOUS_5 },
  { value: 5, name: 'Mycket allvarlig', description: 'Katastrofal påverkan; liv eller samhällsviktig verksamhet står på spel.', examples: VERY_SERIOUS_5 }
];

const LEVELS: readonly IRiskLevel[] = [
  { key: 'low', name: 'Låg', description: 'Hanteras inom ordinarie arbete och följs upp vid översyn.', color: '#9fd89f', reviewMonths: 24 },
  { key: 'medium', name: 'Medel', description: 'Åtgärder övervägs; riskägaren beslutar om behandling med sin chef.', color: '#ffe066', reviewMonths: 12 },
  { key: 'high', name: 'Hög', description: 'Åtgärder planeras snarast och följs upp av ledningen.', color: '#f4a261', reviewMonths: 6 },
  { key: 'veryHigh', name: 'Mycket hög', description: 'Inte acceptabel utan beslut; åtgärder direkt och säkerhetsfunktionen informeras.', color: '#ee7d7d', reviewMonths: 3 }
];

const L = 'low';
const M = 'medium';
const H = 'high';
const V = 'veryHigh';

/** Rows are likelihood 1..4 (bottom to top on the heat map), columns consequence 1..4. */
const CELLS_4: readonly (readonly string[])[] = [
  [L, L, M, M],
  [L, M, H, H],
  [M, H, H, V],
  [M, H, V, V]
];

/** Rows are likelihood 1..5, columns consequence 1..5. */
const CELLS_5: readonly (readonly string[])[] = [
  [L, L, L, M, M],
  [L, M, M, H, H],
  [L, M, H, H, V],
  [M, H, H, V, V],
  [M, H, V, V, V]
];

/**
 * The highest level a unit manager may accept, per area; above it only the security function.
 * Threats and violence start lower, as its cases already go to the security function.
 */
function presetAppetite(): Record<SecurityArea, string> {
  const appetite = {} as Record<SecurityArea, string>;
  for (const area of SECURITY_AREAS) appetite[area] = area === 'Hot och våld' ? L : M;
  return appetite;
}

/** A preset as a first version, for the security function to adjust (default: 4×4). */
export function matrixPreset(name: MatrixPresetName, version = 1): IRiskMatrix {
  const five = name === '5x5';
  return {
    version,
    basis: `preset-${name}`,
    likelihood: five ? LIKELIHOOD_5 : LIKELIHOOD_4,
    consequence: five ? CONSEQUENCE_5 : CONSEQUENCE_4,
    levels: LEVELS,
    cells: five ? CELLS_5 : CELLS_4,
    appetite: presetAppetite()
  };
}

/** The matrix a new site starts with: the 4×4 preset, version 1. */
export const DEFAULT_RISK_MATRIX: IRiskMatrix = matrixPreset('4x4');
