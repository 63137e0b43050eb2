/**
 * Which support programmes a business may use. The answer is "may be
 * eligible": a fact the visitor did not give never rules a programme out, so
 * a form filled in halfway still shows everything that could apply.
 */
import type { ProgramsQuery, SupportProgram } from '@promotion-hall/sdk/schemas';

/** Does the programme pass the query's filters and fit the business facts given? */
export function isEligible(program: SupportProgram, facts: ProgramsQuery): boolean {
  if (facts.level && !facts.level.includes(program.level)) return false;
  if (facts.kind && !facts.kind.includes(program.kind)) return false;

  const e = program.eligibility;
  if (facts.applicantType !== undefined && e.applicantTypes.length > 0 && !e.applicantTypes.includes(facts.applicantType)) return false;
  if (facts.employees !== undefined && e.maxEmployees !== null && facts.employees > e.maxEmployees) return false;
  if (facts.capitalYen !== undefined && e.maxCapitalYen !== null && facts.capitalYen > e.maxCapitalYen) return false;
  if (facts.inWard === false && e.inWardRequired) return false;
  if (facts.yearsSinceFounding !== undefined) {
    if (e.minYearsSinceFounding !== null && facts.yearsSinceFounding < e.minYearsSinceFounding) return false;
    if (e.maxYearsSinceFounding !== null && facts.yearsSinceFounding > e.maxYearsSinceFounding) return false;
  }
  return true;
}

/** Is the programme taking applications on this Tokyo date (`YYYY-MM-DD`)? Windows include both ends. */
export function isAccepting(program: SupportProgram, date: string): boolean {
  if (program.acceptance.length === 0) return true;
  // ISO dates compare correctly as text.
  return program.acceptance.some((w) => w.from <= date && date <= w.to);
}
