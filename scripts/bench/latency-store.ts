/**
 * A Store decorator shaped like the cloud: every call waits a fixed latency before it reaches the
 * real store, as each call from a cloud function to the database is a network round trip.
 * It records when each call started and ended (in the order events happened, not by wall clock),
 * so the number of calls and their sequential depth are measured, never estimated.
 */
import type { AllOpts, Bound, Doc, Patch, QueryOpts, Store, TxStore, Where } from '../../cloudfunctions/_store/port'
import { distinctIds, queryAllPages } from '../../cloudfunctions/_store/semantics'

export interface Span {
  op: string
  coll: string
  /** positions in the order of starts and ends: a call that ended before another started came first */
  start: number
  end: number
}

/** The longest chain of calls each of which started after the previous one ended. */
export function depthOf(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const depth: number[] = []
  let best = 0
  sorted.forEach((s, i) => {
    let d = 1
    for (let j = 0; j < i; j++) if (sorted[j].end < s.start) d = Math.max(d, depth[j] + 1)
    depth.push(d)
    best = Math.max(best, d)
  })
  return best
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export class LatencyStore implements Store {
  readonly spans: Span[] = []
  private seq = 0

  constructor(
    private readonly inner: Store,
    private readonly latencyMs: number,
  ) {}

  private async trip<R>(op: string, coll: string, run: () => Promise<R>): Promise<R> {
    const span: Span = { op, coll, start: this.seq++, end: Infinity }
    this.spans.push(span)
    try {
      await wait(this.latencyMs)
      return await run()
    } finally {
      span.end = this.seq++
    }
  }

  private tx(inner: TxStore): TxStore {
    return {
      get: (coll, id) => this.trip('tx.get', coll, () => inner.get(coll, id)),
      insert: (coll, doc) => this.trip('tx.insert', coll, () => inner.insert(coll, doc)),
      update: (coll, id, patch, opts) => this.trip('tx.update', coll, () => inner.update(coll, id, patch, opts)),
      inc: (coll, id, field, by, opts) => this.trip('tx.inc', coll, () => inner.inc(coll, id, field, by, opts)),
      remove: (coll, id) => this.trip('tx.remove', coll, () => inner.remove(coll, id)),
    } as TxStore
  }

  get<T extends Doc = Doc>(coll: string, id: string): Promise<T | null> {
    return this.trip('get', coll, () => this.inner.get<T>(coll, id))
  }
  insert(coll: string, doc: Doc): Promise<void> {
    return this.trip('insert', coll, () => this.inner.insert(coll, doc))
  }
  update(coll: string, id: string, patch: Patch, opts?: { where?: Where }): Promise<number> {
    return this.trip('update', coll, () => this.inner.update(coll, id, patch, opts))
  }
  inc(coll: string, id: string, field: string, by: number, opts?: { where?: Where }): Promise<number> {
    return this.trip('inc', coll, () => this.inner.inc(coll, id, field, by, opts))
  }
  remove(coll: string, id: string): Promise<number> {
    return this.trip('remove', coll, () => this.inner.remove(coll, id))
  }
  query<T extends Doc = Doc>(coll: string, opts?: QueryOpts) {
    return this.trip('query', coll, () => this.inner.query<T>(coll, opts))
  }
  /** page by page, each page a round trip, as the cloud adapter reads (99 a call) */
  queryAll<T extends Doc = Doc>(coll: string, opts: AllOpts, bound: Bound): Promise<T[]> {
    return queryAllPages<T>((c, o) => this.query<T>(c, o), coll, opts, bound, 99)
  }
  /** one round trip: the cloud adapter sends up to 100 ids in one `_.in` get, chunks in parallel */
  getMany<T extends Doc = Doc>(coll: string, ids: readonly string[]): Promise<Map<string, T>> {
    if (!distinctIds(ids).length) return this.inner.getMany<T>(coll, ids) // the adapter sends nothing
    return this.trip('getMany', coll, () => this.inner.getMany<T>(coll, ids))
  }
  count(coll: string, where?: Where): Promise<number> {
    return this.trip('count', coll, () => this.inner.count(coll, where))
  }
  /** Starting a transaction and committing it are a round trip each on the cloud; so is every call inside. */
  async transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    await this.trip('tx.begin', '', async () => undefined)
    const out = await this.inner.transaction((tx) => fn(this.tx(tx)))
    await this.trip('tx.commit', '', async () => undefined)
    return out
  }
  close(): Promise<void> {
    return this.inner.close()
  }
}
