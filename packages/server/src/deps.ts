/** What every route module is given: storage, configuration, secrets, the clock and the log. */
import type { ServerConfig } from './config.js';
import type { HallRepository } from './db/repository.js';

export interface AppDeps {
  repo: HallRepository;
  config: ServerConfig;
  /** Key for manage tokens and applicant keys (kept in the database's meta table). */
  secret: Buffer;
  /** Key for form tokens: HALL_FORM_SECRET, or a random one made at start (docs/decisions/0009-form-token.md). */
  formSecret: Buffer;
  /** The clock; tests may move it. */
  now: () => number;
  /** One line of operational log. Never pass personal data, bodies or query strings. */
  log: (line: string) => void;
}
