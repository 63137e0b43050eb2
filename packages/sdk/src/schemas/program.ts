/** Support programmes of the ward, Tokyo and the nation: loans, subsidies, expert dispatch … */
import * as z from './zod.js';
import { ApplicantType, Id, IsoDate, LocalizedText, WebUrl, Yen } from './common.js';

export const PROGRAM_LEVELS = ['ward', 'metro', 'national'] as const;
export const ProgramLevel = z.enum(PROGRAM_LEVELS);
export type ProgramLevel = z.infer<typeof ProgramLevel>;

export const PROGRAM_KINDS = ['loan', 'subsidy', 'grant', 'expert_dispatch', 'certification', 'tax'] as const;
export const ProgramKind = z.enum(PROGRAM_KINDS);
export type ProgramKind = z.infer<typeof ProgramKind>;

/** Who may use a programme; a missing limit means no limit. */
export const Eligibility = z.object({
  /** Empty means any applicant type. */
  applicantTypes: z.array(ApplicantType),
  maxEmployees: z.nullable(z.int().check(z.gte(0))),
  maxCapitalYen: z.nullable(Yen),
  inWardRequired: z.boolean(),
  minYearsSinceFounding: z.nullable(z.int().check(z.gte(0), z.lte(200))),
  maxYearsSinceFounding: z.nullable(z.int().check(z.gte(0), z.lte(200))),
});
export type Eligibility = z.infer<typeof Eligibility>;

/** 融資あっせん: the ward pays part of the interest (利子補給). */
export const LoanTerms = z.object({
  maxAmountYen: Yen,
  maxTermMonths: z.int().check(z.gte(1), z.lte(360)),
  /** Rate the bank charges, in percent per year. */
  interestRatePercent: z.number().check(z.gte(0), z.lte(30)),
  /** Part the ward pays, in percent per year. */
  subsidizedRatePercent: z.number().check(z.gte(0), z.lte(30)),
  /** What the borrower pays in the end, in percent per year. */
  borrowerRatePercent: z.number().check(z.gte(0), z.lte(30)),
});
export type LoanTerms = z.infer<typeof LoanTerms>;

export const AcceptanceWindow = z.object({ from: IsoDate, to: IsoDate });
export type AcceptanceWindow = z.infer<typeof AcceptanceWindow>;

export const SupportProgram = z.object({
  id: Id,
  level: ProgramLevel,
  kind: ProgramKind,
  issuer: LocalizedText,
  title: LocalizedText,
  summary: LocalizedText,
  url: z.nullable(WebUrl),
  eligibility: Eligibility,
  loanTerms: z.nullable(LoanTerms),
  /** Empty means it is accepted all year. */
  acceptance: z.array(AcceptanceWindow),
  relatedServiceIds: z.array(Id),
  relatedEventIds: z.array(Id),
});
export type SupportProgram = z.infer<typeof SupportProgram>;

/** Query of `GET /programs`: the facts of a business, answered with what it is eligible for. */
export const ProgramsQuery = z.object({
  level: z.optional(z.array(ProgramLevel).check(z.minLength(1), z.maxLength(PROGRAM_LEVELS.length))),
  kind: z.optional(z.array(ProgramKind).check(z.minLength(1), z.maxLength(PROGRAM_KINDS.length))),
  applicantType: z.optional(ApplicantType),
  employees: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  capitalYen: z.optional(Yen),
  inWard: z.optional(z.boolean()),
  yearsSinceFounding: z.optional(z.int().check(z.gte(0), z.lte(200))),
});
export type ProgramsQuery = z.infer<typeof ProgramsQuery>;
