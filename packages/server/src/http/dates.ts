/** Date ranges from query strings: Tokyo dates, inclusive, bounded. */
import { addDays, DAY_MS, tokyoDate, tokyoMidnight } from '../domain/time.js';
import { validationProblem } from './problem.js';

export interface DateRange {
  from: string;
  to: string;
  /** [fromMs, toMs): from 00:00 on `from` to 00:00 after `to`, Japan time. */
  fromMs: number;
  toMs: number;
}

export function dateRange(query: { from?: string; to?: string }, nowMs: number, defaultDays: number, maxDays: number): DateRange {
  const from = query.from ?? tokyoDate(nowMs);
  const to = query.to ?? addDays(from, defaultDays - 1);
  const fromMs = tokyoMidnight(from);
  const toMs = tokyoMidnight(to) + DAY_MS;
  if (toMs <= fromMs) throw validationProblem([{ field: 'query.to', code: 'too_small', message: 'must not be before from' }]);
  if ((toMs - fromMs) / DAY_MS > maxDays) {
    throw validationProblem([{ field: 'query.to', code: 'too_big', message: `the range may span at most ${maxDays} days` }]);
  }
  return { from, to, fromMs, toMs };
}
