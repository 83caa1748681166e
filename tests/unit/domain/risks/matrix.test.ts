import {
  compareAssessments,
  compareLevels,
  contrastRatio,
  DEFAULT_RISK_MATRIX,
  HEAT_MAP_TEXT_COLOR,
  isAboveAppetite,
  levelOf,
  levelRank,
  matrixErrors,
  matrixPreset,
  MATRIX_TEXT_LIMITS,
  remap,
  remapRisk,
  remapStep,
  scored,
  scoreOf
} from '../../../../src/domain/risks/matrix';
import { SECURITY_AREAS, SecurityArea } from '../../../../src/domain/securityAreas';
import { CONSEQUENCE_DIMENSIONS, IRiskMatrix } from '../../../../src/domain/risks/types';

const m4 = matrixPreset('4x4');
const m5 = matrixPreset('5x5', 2);

/** The matrix with one cell set to another level. */
function withCell(matrix: IRiskMatrix, likelihood: number, consequence: number, key: string): IRiskMatrix {
  const cells = matrix.cells.map((row, l) => row.map((cell, c) => (l === likelihood - 1 && c === consequence - 1 ? key : cell)));
  return { ...matrix, cells };
}
const errorsOf = (matrix: IRiskMatrix): string[] => matrixErrors(matrix).map((e) => `${e.path}:${e.error}`);

describe('the matrix presets', () => {
  it('start at 4×4, version 1, with Swedish steps and levels', () => {
    expect(DEFAULT_RISK_MATRIX.version).toBe(1);
    expect(DEFAULT_RISK_MATRIX.basis).toBe('preset-4x4');
    expect(m4.likelihood.map((s) => s.name)).toEqual(['Mycket osannolik', 'Osannolik', 'Möjlig', 'Sannolik']);
    expect(m4.consequence.map((s) => s.name)).toEqual(['Begränsad', 'Måttlig', 'Betydande', 'Allvarlig']);
    expect(m5.likelihood.map((s) => s.name)).toEqual(['Mycket osannolik', 'Osannolik', 'Möjlig', 'Sannolik', 'Mycket sannolik']);
    expect(m5.consequence.map((s) => s.name)).toEqual(['Begränsad', 'Måttlig', 'Betydande', 'Allvarlig', 'Mycket allvarlig']);
    expect(m4.levels.map((l) => [l.key, l.name, l.reviewMonths])).toEqual([
      ['low', 'Låg', 24],
      ['medium', 'Medel', 12],
      ['high', 'Hög', 6],
      ['veryHigh', 'Mycket hög', 3]
    ]);
  });

  it('are valid matrices, with an example for every dimension on every consequence step', () => {
    expect(matrixErrors(m4)).toEqual([]);
    expect(matrixErrors(m5)).toEqual([]);
    for (const step of [...m4.consequence, ...m5.consequence]) {
      for (const dimension of CONSEQUENCE_DIMENSIONS) expect(step.examples[dimension].trim().length).toBeGreaterThan(0);
    }
  });

  it('colour every level so that dark text reads on it (WCAG AA)', () => {
    for (const level of m4.levels) expect(contrastRatio(level.color, HEAT_MAP_TEXT_COLOR)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it("are the region's own draft: no text names an authority", () => {
    const texts = JSON.stringify([m4, m5]);
    expect(texts).not.toMatch(/MSB|myndighet|officiell|Socialstyrelsen|föreskrift/i);
  });

  it('set an appetite for all ten areas, lower for threats and violence', () => {
    expect(Object.keys(m4.appetite).sort()).toEqual([...SECURITY_AREAS].sort());
    expect(m4.appetite['Hot och våld']).toBe('low');
    expect(m4.appetite['Brandsäkerhet']).toBe('medium');
  });

  it('hand out a fresh appetite record each time, so editing one version leaves the preset alone', () => {
    const edited = matrixPreset('4x4');
    (edited.appetite as Record<SecurityArea, string>)['Brandsäkerhet'] = 'high';
    expect(matrixPreset('4x4').appetite['Brandsäkerhet']).toBe('medium');
  });
});

describe('scores and levels', () => {
  it('score likelihood × consequence and read the level from the cell', () => {
    expect(scoreOf({ likelihood: 3, consequence: 4 })).toBe(12);
    expect(levelOf(m4, { likelihood: 1, consequence: 1 })!.name).toBe('Låg');
    expect(levelOf(m4, { likelihood: 4, consequence: 4 })!.name).toBe('Mycket hög');
    // Same score, different cells: the level is the cell's, not the score's.
    expect(levelOf(m4, { likelihood: 1, consequence: 4 })!.key).toBe('medium');
    expect(levelOf(m4, { likelihood: 4, consequence: 1 })!.key).toBe('medium');
    expect(scored(m4, { likelihood: 3, consequence: 2 })).toEqual({ likelihood: 3, consequence: 2, score: 6, levelKey: 'high' });
    expect(scored(m5, { likelihood: 5, consequence: 5 })).toEqual({ likelihood: 5, consequence: 5, score: 25, levelKey: 'veryHigh' });
  });

  it('give no level for an assessment off the matrix', () => {
    expect(levelOf(m4, { likelihood: 5, consequence: 1 })).toBeUndefined();
    expect(levelOf(m4, { likelihood: 0, consequence: 1 })).toBeUndefined();
    expect(levelOf(m4, { likelihood: 2.5, consequence: 1 })).toBeUndefined();
    expect(scored(m4, { likelihood: 1, consequence: 5 })).toBeUndefined();
    expect(scored(m5, { likelihood: 1, consequence: 5 })).toBeDefined();
  });

  it('rank levels from lowest to highest', () => {
    expect(levelRank(m4, 'low')).toBe(0);
    expect(levelRank(m4, 'veryHigh')).toBe(3);
    expect(levelRank(m4, 'extreme')).toBe(-1);
    expect(compareLevels(m4, 'high', 'medium')).toBeGreaterThan(0);
    expect(compareLevels(m4, 'medium', 'high')).toBeLessThan(0);
    expect(compareLevels(m4, 'high', 'high')).toBe(0);
  });

  it('order assessments by level, then score', () => {
    expect(compareAssessments(m4, { likelihood: 3, consequence: 2 }, { likelihood: 1, consequence: 4 })).toBeGreaterThan(0);
    expect(compareAssessments(m4, { likelihood: 1, consequence: 3 }, { likelihood: 1, consequence: 4 })).toBeLessThan(0);
    expect(compareAssessments(m4, { likelihood: 2, consequence: 2 }, { likelihood: 2, consequence: 2 })).toBe(0);
  });

  it('say when a level is above the area’s appetite', () => {
    expect(isAboveAppetite(m4, 'Brandsäkerhet', { likelihood: 2, consequence: 2 })).toBe(false); // Medel, appetite Medel
    expect(isAboveAppetite(m4, 'Brandsäkerhet', { likelihood: 3, consequence: 2 })).toBe(true); // Hög
    expect(isAboveAppetite(m4, 'Hot och våld', { likelihood: 2, consequence: 2 })).toBe(true); // Medel, appetite Låg
    expect(isAboveAppetite(m4, 'Hot och våld', { likelihood: 1, consequence: 1 })).toBe(false);
  });
});

describe('matrix validation', () => {
  it('takes square matrices of 3 to 6 steps only', () => {
    const short = { ...m4, consequence: m4.consequence.slice(0, 3) };
    expect(errorsOf(short)).toContain('consequence:notSquare');
    const two: IRiskMatrix = {
      ...m4,
      likelihood: m4.likelihood.slice(0, 2),
      consequence: m4.consequence.slice(0, 2),
      cells: m4.cells.slice(0, 2).map((row) => row.slice(0, 2))
    };
    expect(errorsOf(two)).toContain('likelihood:sizeOutOfRange');
    const three: IRiskMatrix = {
      ...m4,
      likelihood: m4.likelihood.slice(0, 3),
      consequence: m4.consequence.slice(0, 3),
      cells: m4.cells.slice(0, 3).map((row) => row.slice(0, 3))
    };
    expect(matrixErrors(three)).toEqual([]);
    const seven: IRiskMatrix = {
      ...m5,
      likelihood: [...m5.likelihood, { value: 6, name: 'Sex', description: '' }, { value: 7, name: 'Sju', description: '' }],
      consequence: [...m5.consequence, { ...m5.consequence[4], value: 6 }, { ...m5.consequence[4], value: 7 }],
      cells: [...m5.cells, m5.cells[4], m5.cells[4]].map((row) => [...row, 'veryHigh', 'veryHigh'])
    };
    expect(errorsOf(seven)).toContain('likelihood:sizeOutOfRange');
  });

  it('numbers steps 1..n in order', () => {
    const swapped = { ...m4, likelihood: [m4.likelihood[1], m4.likelihood[0], ...m4.likelihood.slice(2)] };
    expect(errorsOf(swapped)).toEqual(['likelihood.1.value:stepNumbering', 'likelihood.2.value:stepNumbering']);
  });

  it('needs every cell to name a known level, and the cells to fill the square', () => {
    expect(errorsOf(withCell(m4, 1, 1, 'negligible'))).toEqual(['cells.1.1:unknownLevel']);
    expect(errorsOf({ ...m4, cells: m4.cells.slice(0, 3) })).toEqual(['cells:cellsShape']);
    expect(errorsOf({ ...m4, cells: m4.cells.map((row) => row.slice(0, 3)) })).toEqual(['cells:cellsShape']);
  });

  it('never lets a cell be lower than the one to its left or below it', () => {
    // (2,3) is Hög; lowering it to Låg puts it below (2,2) Medel on its left and (1,3) Medel below.
    expect(errorsOf(withCell(m4, 2, 3, 'low'))).toEqual(['cells.2.3:notMonotone']);
    // Raising (1,1) to Mycket hög puts (1,2) below its left neighbour and (2,1) below the cell under it.
    expect(errorsOf(withCell(m4, 1, 1, 'veryHigh'))).toEqual(['cells.1.2:notMonotone', 'cells.2.1:notMonotone']);
    // Raising a top-right cell is always allowed.
    expect(errorsOf(withCell(m4, 4, 4, 'veryHigh'))).toEqual([]);
  });

  it('orders levels: unique keys, reviews no less often as the level rises', () => {
    const duplicate = { ...m4, levels: [m4.levels[0], { ...m4.levels[1], key: 'low' }, ...m4.levels.slice(2)] };
    expect(errorsOf(duplicate)).toContain('levels.2.key:duplicateLevel');
    const slower = { ...m4, levels: m4.levels.map((l) => (l.key === 'high' ? { ...l, reviewMonths: 18 } : l)) };
    expect(errorsOf(slower)).toEqual(['levels.3.reviewMonths:reviewOrder']);
    const never = { ...m4, levels: m4.levels.map((l) => (l.key === 'low' ? { ...l, reviewMonths: 61 } : l)) };
    expect(errorsOf(never)).toEqual(['levels.1.reviewMonths:reviewMonths']);
    expect(errorsOf({ ...m4, levels: [m4.levels[0]], cells: m4.cells.map((row) => row.map(() => 'low')) })).toContain('levels:levelsMissing');
  });

  it('refuses colours that are not #rrggbb or too dark for the text', () => {
    const named = { ...m4, levels: m4.levels.map((l, i) => (i === 0 ? { ...l, color: 'green' } : l)) };
    expect(errorsOf(named)).toEqual(['levels.1.color:invalidColor']);
    const dark = { ...m4, levels: m4.levels.map((l, i) => (i === 3 ? { ...l, color: '#a4262c' } : l)) };
    expect(errorsOf(dark)).toEqual(['levels.4.color:lowContrast']);
  });

  it('needs a known appetite for every one of the ten areas', () => {
    const appetite = { ...m4.appetite } as Partial<Record<SecurityArea, string>>;
    delete appetite['IT-säkerhet'];
    appetite['Brandsäkerhet'] = 'moderate';
    expect(errorsOf({ ...m4, appetite: appetite as Record<SecurityArea, string> })).toEqual(['appetite.Brandsäkerhet:unknownAppetite', 'appetite.IT-säkerhet:unknownAppetite']);
  });

  it('keeps texts within limits and never only spaces', () => {
    const blank = { ...m4, likelihood: m4.likelihood.map((s, i) => (i === 0 ? { ...s, name: '   ' } : s)) };
    expect(errorsOf(blank)).toEqual(['likelihood.1.name:required']);
    const long = { ...m4, levels: m4.levels.map((l, i) => (i === 0 ? { ...l, description: 'x'.repeat(MATRIX_TEXT_LIMITS.levelDescription + 1) } : l)) };
    expect(errorsOf(long)).toEqual(['levels.1.description:tooLong']);
    const atLimit = { ...m4, levels: m4.levels.map((l, i) => (i === 0 ? { ...l, description: 'x'.repeat(MATRIX_TEXT_LIMITS.levelDescription) } : l)) };
    expect(errorsOf(atLimit)).toEqual([]);
    const example = {
      ...m4,
      consequence: m4.consequence.map((s, i) => (i === 2 ? { ...s, examples: { ...s.examples, economy: 'x'.repeat(MATRIX_TEXT_LIMITS.example + 1) } } : s))
    };
    expect(errorsOf(example)).toEqual(['consequence.3.examples.economy:tooLong']);
  });

  it('needs a whole, positive version', () => {
    expect(errorsOf({ ...m4, version: 0 })).toEqual(['version:invalidVersion']);
    expect(errorsOf({ ...m4, version: 1.5 })).toEqual(['version:invalidVersion']);
  });
});

describe('re-mapping onto a new matrix version', () => {
  it('keeps the ends of each axis and never moves a step backwards', () => {
    for (let from = 3; from <= 6; from++) {
      for (let to = 3; to <= 6; to++) {
        expect(remapStep(1, from, to)).toBe(1);
        expect(remapStep(from, from, to)).toBe(to);
        for (let step = 2; step <= from; step++) expect(remapStep(step, from, to)).toBeGreaterThanOrEqual(remapStep(step - 1, from, to));
      }
    }
    expect([1, 2, 3, 4].map((s) => remapStep(s, 4, 5))).toEqual([1, 2, 4, 5]);
    // Step 3 of 5 lies half-way between 2 and 3 of 4: a tie goes up, never down.
    expect([1, 2, 3, 4, 5].map((s) => remapStep(s, 5, 4))).toEqual([1, 2, 3, 3, 4]);
  });

  it('takes 4×4 to 5×5 and back unchanged, flagging every level that moved on the way', () => {
    for (let l = 1; l <= 4; l++) {
      for (let c = 1; c <= 4; c++) {
        const there = remap(m4, m5, { likelihood: l, consequence: c })!;
        expect(there.levelChanged).toBe(there.before.levelKey !== there.after.levelKey);
        expect(there.beforeLevel.key).toBe(there.before.levelKey);
        expect(there.afterLevel.key).toBe(there.after.levelKey);
        const back = remap(m5, m4, there.after)!;
        expect({ likelihood: back.after.likelihood, consequence: back.after.consequence }).toEqual({ likelihood: l, consequence: c });
        expect(back.after.levelKey).toBe(there.before.levelKey);
      }
    }
  });

  it('says "was Hög, now Mycket hög" rather than changing it silently', () => {
    const moved = remap(m4, m5, { likelihood: 3, consequence: 3 })!;
    expect(moved.before).toEqual({ likelihood: 3, consequence: 3, score: 9, levelKey: 'high' });
    expect(moved.after).toEqual({ likelihood: 4, consequence: 4, score: 16, levelKey: 'veryHigh' });
    expect([moved.beforeLevel.name, moved.afterLevel.name]).toEqual(['Hög', 'Mycket hög']);
    expect(moved.levelChanged).toBe(true);
    expect(moved.stepsChanged).toBe(true);
    const same = remap(m4, m5, { likelihood: 2, consequence: 2 })!;
    expect(same.levelChanged).toBe(false);
  });

  it('flags 5×5 → 4×4 → 5×5 where the round trip cannot keep the step', () => {
    const down = remap(m5, m4, { likelihood: 3, consequence: 3 })!;
    expect(down.after).toMatchObject({ likelihood: 3, consequence: 3, levelKey: 'high' });
    const up = remap(m4, m5, down.after)!;
    expect(up.after).toMatchObject({ likelihood: 4, consequence: 4, levelKey: 'veryHigh' });
    expect(up.levelChanged).toBe(true);
  });

  it('flags a level changed by a new version of the same size, with the steps unchanged', () => {
    const v2 = { ...withCell(m4, 2, 2, 'low'), version: 2 };
    const moved = remap(m4, v2, { likelihood: 2, consequence: 2 })!;
    expect(moved.stepsChanged).toBe(false);
    expect(moved.levelChanged).toBe(true);
    expect([moved.beforeLevel.name, moved.afterLevel.name]).toEqual(['Medel', 'Låg']);
  });

  it('maps nothing that is not on the old matrix', () => {
    expect(remap(m4, m5, { likelihood: 5, consequence: 1 })).toBeUndefined();
  });

  it('maps a whole risk and says whether any level changed and what could not be mapped', () => {
    const result = remapRisk(m4, m5, { inherent: { likelihood: 3, consequence: 3 }, current: { likelihood: 2, consequence: 2 }, target: undefined });
    expect(result.anyLevelChanged).toBe(true);
    expect(result.current!.levelChanged).toBe(false);
    expect(result.target).toBeUndefined();
    expect(result.unmapped).toEqual([]);
    const bad = remapRisk(m4, m5, { current: { likelihood: 9, consequence: 1 } });
    expect(bad.unmapped).toEqual(['current']);
    expect(bad.anyLevelChanged).toBe(false);
  });
});
