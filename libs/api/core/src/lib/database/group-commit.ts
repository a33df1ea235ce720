import type { DataSource, EntityManager } from 'typeorm';

export interface GroupCommitOptions<T, R> {
  /**
   * Writes `items` inside the given transaction and answers one result per item, in the same order. It
   * throws when any row fails: nothing of the batch is kept, and each item is then written on its own.
   */
  write?(manager: EntityManager, items: T[]): Promise<R[]>;
  /**
   * Single-statement mode, instead of `write`: writes `items` with ONE SQL statement outside any explicit
   * transaction (autocommit: the statement is atomic and committed when it answers), in one round trip
   * instead of BEGIN, the statements and COMMIT. Same contract: one result per item, in order, or a throw
   * that kept nothing.
   */
  statement?(items: T[]): Promise<R[]>;
  /** Most items in one transaction (default 100). */
  maxBatch?: number;
  /** Called after each committed transaction with its item count and duration in seconds. */
  onCommit?(size: number, seconds: number): void;
}

interface Pending<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit: concurrent callers enqueue items, and one transaction (or one statement) writes them together. A caller's
 * promise settles only after that transaction committed (an answer means durable) or failed. A lone item is
 * written at once; what arrives while a flush is in flight waits for it and goes together in the next one
 * (no timer ever delays a message). When a batch fails, each of its items is retried in a transaction of its
 * own, so one bad row fails only its own caller.
 */
export class GroupCommit<T, R> {
  private readonly queue: Pending<T, R>[] = [];
  private flushing = false;
  private readonly maxBatch: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: GroupCommitOptions<T, R>,
  ) {
    this.maxBatch = Math.max(1, options.maxBatch ?? 100);
    if (!options.write === !options.statement)
      throw new Error('group commit: give either write or statement');
  }

  /** Stores `item` with whatever else is waiting; resolves after the commit. */
  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.flushing) void this.drain();
    });
  }

  /** Items waiting for the next flush (for tests and metrics). */
  get waiting(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) await this.flush(this.queue.splice(0, this.maxBatch));
    } finally {
      this.flushing = false;
    }
  }

  private async flush(batch: Pending<T, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await this.commit(batch.map((p) => p.item));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // One bad row must not fail the others: each gets a transaction of its own, in the batch's order.
      for (const pending of batch) await this.flushOne(pending);
      return;
    }
    batch.forEach((p, i) => p.resolve(results[i]));
  }

  private async flushOne(pending: Pending<T, R>): Promise<void> {
    try {
      const [result] = await this.commit([pending.item]);
      pending.resolve(result);
    } catch (error) {
      pending.reject(error);
    }
  }

  private async commit(items: T[]): Promise<R[]> {
    const started = process.hrtime.bigint();
    const { write, statement } = this.options;
    const check = (written: R[]) => {
      if (written.length !== items.length) {
        throw new Error(`group commit: ${written.length} results for ${items.length} items`);
      }
      return written;
    };
    const results = statement
      ? check(await statement(items))
      : await this.dataSource.transaction(async (manager) =>
          check(await (write as NonNullable<typeof write>)(manager, items)),
        );
    this.options.onCommit?.(items.length, Number(process.hrtime.bigint() - started) / 1e9);
    return results;
  }
}
