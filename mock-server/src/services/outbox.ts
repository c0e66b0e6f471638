import type { Db } from '../db/connection.js';
import type { Clock } from './clock.js';

/**
 * Delivers the messages queued by the notifier (services/notifications.ts), after the transaction
 * that queued them has committed. Each message is claimed by one atomic update before it is sent,
 * so two runs (or two processes) never send the same message; a message that reached Zalo is
 * never sent again. Failures are retried with backoff, then given up (`failed`, with the reason).
 */

export interface OutboxMessage {
  id: number;
  /** Sent as Zalo's tracking_id: the same for every attempt of one message. */
  key: string;
  userId: string;
  channel: 'zns' | 'miniapp';
  template: string;
  params: Record<string, string>;
  phone: string | null;
  attempts: number;
}

export interface Delivered {
  /** `sent`: Zalo accepted it; `stored`: kept in the outbox (the `outbox` sender). */
  status: 'sent' | 'stored';
  providerId?: string | null;
}

/** Not delivered this time: `retry` false gives up at once; `notBefore` waits until then (Zalo's quiet hours). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retry = true,
    readonly notBefore: number | null = null,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export interface Sender {
  readonly name: 'outbox' | 'zalo';
  deliver(message: OutboxMessage): Promise<Delivered>;
}

/** The default: messages stay in the outbox, shown in the console under "Tin đã gửi qua Zalo". */
export const outboxSender: Sender = { name: 'outbox', deliver: async () => ({ status: 'stored' }) };

/** Waits between attempts: 1 min, 5 min, 30 min, 2 h, 6 h; after the sixth attempt the message fails. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A claim older than this was left by a run that died mid-send: the message is tried again. */
const STALE_CLAIM_MS = 5 * 60_000;

interface Row {
  id: number;
  message_key: string;
  user_id: string;
  channel: 'zns' | 'miniapp';
  template: string;
  params: string;
  phone: string | null;
  attempts: number;
}

export class OutboxDispatcher {
  private running: Promise<number> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    readonly sender: Sender,
    private readonly now: Clock,
    public onError: (err: unknown) => void = () => {},
  ) {}

  /** Resolves once no delivery is running (before the database closes). */
  async idle(): Promise<void> {
    await this.running?.catch(() => {});
  }

  /** Soon, after the current transaction and response: deliver what is due. */
  kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.stopped) return;
      this.flush().catch(this.onError);
    });
  }

  /** Delivers everything due now; resolves with how many messages were handled. */
  flush(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      do {
        this.again = false;
        total += await this.runOnce();
      } while (this.again);
      return total;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Retries come due without anyone writing: checked every `everyMs`. */
  start(everyMs: number): void {
    this.timer = setInterval(() => this.flush().catch(this.onError), everyMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async runOnce(): Promise<number> {
    const now = this.now();
    this.db
      .prepare("UPDATE notification_outbox SET status = 'queued', next_attempt_at = ?, updated_at = ? WHERE status = 'sending' AND updated_at < ?")
      .run(now, now, now - STALE_CLAIM_MS);
    const due = this.db
      .prepare("SELECT * FROM notification_outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 50")
      .all(now) as Row[];
    const claim = this.db.prepare(
      "UPDATE notification_outbox SET status = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'queued'",
    );
    let handled = 0;
    for (const row of due) {
      if (claim.run(this.now(), row.id).changes !== 1) continue;
      handled++;
      const attempts = row.attempts + 1;
      try {
        const done = await this.sender.deliver({
          id: row.id,
          key: row.message_key,
          userId: row.user_id,
          channel: row.channel,
          template: row.template,
          params: JSON.parse(row.params) as Record<string, string>,
          phone: row.phone,
          attempts,
        });
        this.db
          .prepare('UPDATE notification_outbox SET status = ?, provider_id = ?, last_error = NULL, updated_at = ? WHERE id = ?')
          .run(done.status, done.providerId ?? null, this.now(), row.id);
      } catch (e) {
        const err = e instanceof DeliveryError ? e : new DeliveryError(e instanceof Error ? e.message : String(e));
        const at = this.now();
        // Waiting for a time of day is not a failed attempt.
        const waitOnly = err.notBefore !== null;
        const giveUp = !err.retry || (!waitOnly && attempts >= MAX_ATTEMPTS);
        const next = err.notBefore ?? at + RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1];
        this.db
          .prepare('UPDATE notification_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?')
          .run(giveUp ? 'failed' : 'queued', waitOnly ? row.attempts : attempts, next, err.message.slice(0, 500), at, row.id);
      }
    }
    return handled;
  }
}
