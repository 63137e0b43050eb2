/** Purging personal data that is no longer needed (APPI: keep only as long as needed). */
import type { ServerConfig } from './config.js';
import type { RetentionResult } from './db/repository.js';
import { DAY_MS } from './domain/time.js';
import { openRepository } from './server.js';

/** Idempotency records only need to outlive a client's retries. */
export const IDEMPOTENCY_RETENTION_MS = DAY_MS;

export async function runRetention(config: ServerConfig, nowMs: number): Promise<RetentionResult> {
  const { repo } = await openRepository({ ...config, seedDemo: false }, () => nowMs, () => {});
  try {
    return await repo.purge(nowMs - config.retentionDays * DAY_MS, nowMs - IDEMPOTENCY_RETENTION_MS);
  } finally {
    await repo.close();
  }
}
