/** What every route module is given: storage, configuration, secrets, the clock and the log. */
import type { ServerConfig } from './config.js';
import type { HallRepository } from './db/repository.js';

export interface AppDeps {
  repo: HallRepository;
  config: ServerConfig;
  /** Key for manage tokens and applicant keys (kept in the database's meta table). */
  secret: Buffer;
  /** The clock; tests may move it. */
  now: () => number;
  /** One line of operational log. Never pass personal data, bodies or query strings. */
  log: (line: string) => void;
}
