import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ProgramsQuery, SupportProgram } from '@promotion-hall/sdk/schemas';
import { isAccepting, isEligible } from '../src/domain/eligibility.js';

function program(id: string, level: SupportProgram['level'], kind: SupportProgram['kind'], eligibility: Partial<SupportProgram['eligibility']>, acceptance: SupportProgram['acceptance'] = []): SupportProgram {
  return SupportProgram.parse({
    id,
    level,
    kind,
    issuer: { ja: '練馬区' },
    title: { ja: id },
    summary: { ja: `${id} の概要` },
    url: null,
    eligibility: {
      applicantTypes: [],
      maxEmployees: null,
      maxCapitalYen: null,
      inWardRequired: false,
      minYearsSinceFounding: null,
      maxYearsSinceFounding: null,
      ...eligibility,
    },
    loanTerms: null,
    acceptance,
    relatedServiceIds: [],
    relatedEventIds: [],
  });
}

/** 区の創業融資あっせん: founders in the ward, under 5 years, small. */
const startupLoan = program('startup-loan', 'ward', 'loan', {
  applicantTypes: ['prospective_founder', 'founder_under_5y', 'sole_proprietor'],
  maxEmployees: 20,
  inWardRequired: true,
  maxYearsSinceFounding: 5,
});
/** 都の設備投資助成: established SMEs (at least 2 years), capital up to 1億円. */
const equipmentSubsidy = program('equipment-subsidy', 'metro', 'subsidy', {
  applicantTypes: ['sme', 'small_business'],
  maxEmployees: 300,
  maxCapitalYen: 100_000_000,
  minYearsSinceFounding: 2,
});
/** 国の専門家派遣: anyone. */
const expertDispatch = program('expert-dispatch', 'national', 'expert_dispatch', {});

const ALL = [startupLoan, equipmentSubsidy, expertDispatch];
const eligibleIds = (facts: ProgramsQuery) => ALL.filter((p) => isEligible(p, ProgramsQuery.parse(facts))).map((p) => p.id);

describe('isEligible', () => {
  const cases: Array<[string, ProgramsQuery, string[]]> = [
    ['no facts: everything may apply', {}, ['startup-loan', 'equipment-subsidy', 'expert-dispatch']],
    ['level filter', { level: ['ward', 'national'] }, ['startup-loan', 'expert-dispatch']],
    ['kind filter', { kind: ['subsidy'] }, ['equipment-subsidy']],
    ['level and kind together', { level: ['ward'], kind: ['subsidy'] }, []],
    ['applicant type limits typed programmes, not open ones', { applicantType: 'prospective_founder' }, ['startup-loan', 'expert-dispatch']],
    ['an NPO only gets programmes open to any type', { applicantType: 'npo' }, ['expert-dispatch']],
    ['employees at the limit still qualify', { employees: 20 }, ['startup-loan', 'equipment-subsidy', 'expert-dispatch']],
    ['employees over a limit exclude', { employees: 21 }, ['equipment-subsidy', 'expert-dispatch']],
    ['capital at the limit qualifies', { capitalYen: 100_000_000 }, ['startup-loan', 'equipment-subsidy', 'expert-dispatch']],
    ['capital over the limit excludes', { capitalYen: 100_000_001 }, ['startup-loan', 'expert-dispatch']],
    ['outside the ward excludes in-ward programmes', { inWard: false }, ['equipment-subsidy', 'expert-dispatch']],
    ['inside the ward excludes nothing', { inWard: true }, ['startup-loan', 'equipment-subsidy', 'expert-dispatch']],
    ['years below a minimum exclude', { yearsSinceFounding: 1 }, ['startup-loan', 'expert-dispatch']],
    ['years at both bounds qualify', { yearsSinceFounding: 2 }, ['startup-loan', 'equipment-subsidy', 'expert-dispatch']],
    ['years at the maximum qualify', { yearsSinceFounding: 5 }, ['startup-loan', 'equipment-subsidy', 'expert-dispatch']],
    ['years over a maximum exclude', { yearsSinceFounding: 6 }, ['equipment-subsidy', 'expert-dispatch']],
    ['a young in-ward founder', { applicantType: 'founder_under_5y', employees: 3, inWard: true, yearsSinceFounding: 1 }, ['startup-loan', 'expert-dispatch']],
    ['an established SME outside the ward', { applicantType: 'sme', employees: 120, capitalYen: 50_000_000, inWard: false, yearsSinceFounding: 30 }, ['equipment-subsidy', 'expert-dispatch']],
    ['a zero fact is a fact, not a missing one', { employees: 0, capitalYen: 0, yearsSinceFounding: 0 }, ['startup-loan', 'expert-dispatch']],
  ];
  for (const [name, facts, expected] of cases) {
    it(name, () => assert.deepEqual(eligibleIds(facts), expected));
  }
});

describe('isAccepting', () => {
  it('accepts all year when there are no windows', () => {
    assert.equal(isAccepting(expertDispatch, '2026-02-28'), true);
    assert.equal(isAccepting(expertDispatch, '2026-12-31'), true);
  });

  it('accepts within any window, both ends included', () => {
    const p = program('twice-a-year', 'metro', 'subsidy', {}, [
      { from: '2026-04-01', to: '2026-05-31' },
      { from: '2026-10-01', to: '2026-10-31' },
    ]);
    const expected: Array<[string, boolean]> = [
      ['2026-03-31', false],
      ['2026-04-01', true],
      ['2026-05-31', true],
      ['2026-06-01', false],
      ['2026-10-15', true],
      ['2026-11-01', false],
    ];
    for (const [date, accepting] of expected) assert.equal(isAccepting(p, date), accepting, date);
  });
});
