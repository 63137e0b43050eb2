/**
 * Errors as RFC 9457 problem+json. Route code throws a `HttpProblem`; the app's
 * error handler turns it into the response. Anything else thrown is a bug and
 * becomes a bare 500 whose body says nothing about the request.
 */
import { PROBLEM_TYPES, type FieldError, type Problem } from '@promotion-hall/sdk/schemas';
import type { $ZodIssue } from 'zod/v4/core';

export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.headers = headers;
  }
}

export const problemContentType = 'application/problem+json';

/** Turns zod issues into field errors under a prefix (`query`, `body`, `path`, `header`). */
export function fieldErrorsFrom(prefix: string, issues: readonly $ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    // zod's messages name the rule, never the value, so no personal data can leak here,
    // except "Unrecognized key: …", which quotes key names a client chose: not echoed.
    message: issue.code === 'unrecognized_keys' ? 'has fields that are not part of the request' : issue.message,
  }));
}

export function validationProblem(errors: FieldError[], detail = 'The request has invalid fields.'): HttpProblem {
  return new HttpProblem({ type: PROBLEM_TYPES.validation, title: 'Invalid request', status: 400, detail, errors });
}

export function notFound(detail: string): HttpProblem {
  return new HttpProblem({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail });
}

export function problem(status: number, type: string, title: string, detail?: string, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): HttpProblem {
  return new HttpProblem({ type, title, status, ...(detail === undefined ? {} : { detail }), ...extra }, headers);
}
