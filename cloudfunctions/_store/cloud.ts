/**
 * The cloud adapter of the store port: the WeChat cloud database through wx-server-sdk.
 * Conditional updates are `where({_id, ...cond}).update()` and read `stats.updated`; counters use
 * `_.inc`; multi-document changes use `runTransaction`, where conditions are checked on the
 * transaction's own snapshot (the SDK's transactions only address documents by id).
 * `CloudDb` names exactly the SDK surface used here; tests run the contract suite against a fake of it.
 * A get() from a cloud function answers at most GET_CAP documents whatever limit() asks for, so
 * every read here asks for no more than that and pages on by keyset when it needs more.
 */
import { AppError } from '../../src/domain/errors'
import type { AllOpts, Bound, Cond, Doc, Order, Page, Patch, QueryOpts, Scalar, Store, TxStore, Where } from './port'
import { op } from './port'
import {
  applyPatch,
  checkColl,
  checkField,
  decodeCursor,
  distinctIds,
  duplicateId,
  encodeCursor,
  fullOrder,
  matches,
  pageSize,
  asTransaction,
  queryAllPages,
  refuseInsideTransaction,
  sameValue,
} from './semantics'

/* ---- the SDK surface ---- */
export type Command = unknown
export interface CommandApi {
  eq(v: unknown): Command
  neq(v: unknown): Command
  lt(v: unknown): Command
  lte(v: unknown): Command
  gt(v: unknown): Command
  gte(v: unknown): Command
  in(v: unknown[]): Command
  nin(v: unknown[]): Command
  exists(v: boolean): Command
  and(...c: unknown[]): Command
  or(c: unknown[]): Command
  inc(n: number): Command
  push(v: unknown): Command
  remove(): Command
}
export interface CloudQuery {
  where(cond: Record<string, unknown>): CloudQuery
  orderBy(field: string, dir: 'asc' | 'desc'): CloudQuery
  limit(n: number): CloudQuery
  get(): Promise<{ data: Record<string, unknown>[] }>
  count(): Promise<{ total: number }>
  update(arg: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}
export interface CloudCollection extends CloudQuery {
  add(arg: { data: Record<string, unknown> }): Promise<{ _id: string }>
}
export interface TxDocRef {
  get(): Promise<{ data: Record<string, unknown> | null }>
  set(arg: { data: Record<string, unknown> }): Promise<unknown>
  update(arg: { data: Record<string, unknown> }): Promise<unknown>
  remove(): Promise<unknown>
}
export interface CloudTransaction {
  collection(name: string): { doc(id: string): TxDocRef }
}
export interface CloudDb {
  command: CommandApi
  RegExp(arg: { regexp: string; options: string }): unknown
  collection(name: string): CloudCollection
  runTransaction<R>(fn: (tx: CloudTransaction) => Promise<R>, retries?: number): Promise<R>
}

/**
 * The most documents one get() answers from a cloud function (the cloud database's documented
 * limit; 1000 for aggregate, which this adapter does not use). Asking for more silently gets this many.
 */
export const GET_CAP = 100

const isDuplicate = (e: unknown) => /duplicate|E11000|-502001|already exist/i.test(String((e as Error)?.message ?? e) + String((e as { errCode?: unknown })?.errCode ?? ''))
const isMissing = (e: unknown) => /not exist|cannot find|-502005|document\.get:fail/i.test(String((e as Error)?.message ?? e))
/** optimistic transactions retry on write conflicts; contention on a hot document needs more than the default 3 */
const TX_RETRIES = 10
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export class CloudStore implements Store {
  private readonly _: CommandApi
  constructor(private readonly db: CloudDb) {
    this._ = db.command
  }

  /** every read and write outside a transaction's own view starts here */
  private coll(name: string): CloudCollection {
    refuseInsideTransaction('get/query/write')
    return this.db.collection(checkColl(name))
  }

  private cond(c: Cond): unknown {
    const _ = this._
    if (c === null || typeof c !== 'object') return c === null ? _.eq(null) : c
    const parts: unknown[] = []
    for (const [k, v] of Object.entries(c)) {
      if (v === undefined) continue
      switch (k) {
        case '$eq': parts.push(_.eq(v)); break
        case '$ne': parts.push(_.neq(v)); break
        case '$lt': parts.push(_.lt(v)); break
        case '$lte': parts.push(_.lte(v)); break
        case '$gt': parts.push(_.gt(v)); break
        case '$gte': parts.push(_.gte(v)); break
        case '$in': parts.push(_.in(v as Scalar[])); break
        case '$nin': parts.push(_.nin(v as Scalar[])); break
        case '$exists': parts.push(_.exists(v as boolean)); break
        case '$contains': parts.push(this.db.RegExp({ regexp: escapeRe(String(v)), options: 'i' })); break
        case '$has': parts.push(_.eq(v)); break // equality on an array field matches an element
        default: throw new AppError('INTERNAL', `unknown operator ${k}`)
      }
    }
    return parts.length === 1 ? parts[0] : _.and(...parts)
  }

  private where(where: Where | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [f, c] of Object.entries(where ?? {})) out[checkField(f)] = this.cond(c)
    return out
  }

  private data(patch: Patch): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [f, v] of Object.entries(patch)) {
      if (f === '_id') throw new AppError('INTERNAL', 'cannot patch _id')
      checkField(f)
      if (v === undefined) out[f] = this._.remove()
      else if (v && typeof v === 'object' && '$inc' in v) out[f] = this._.inc((v as { $inc: number }).$inc)
      else if (v && typeof v === 'object' && '$push' in v) out[f] = this._.push([(v as { $push: unknown }).$push])
      else out[f] = v
    }
    return out
  }

  async get<T extends Doc = Doc>(coll: string, id: string): Promise<T | null> {
    const r = await this.coll(coll).where({ _id: id }).limit(1).get()
    return (r.data[0] as T | undefined) ?? null
  }

  async insert(coll: string, doc: Doc): Promise<void> {
    try {
      await this.coll(coll).add({ data: { ...doc } })
    } catch (e) {
      if (isDuplicate(e)) throw duplicateId(coll, doc._id)
      throw e
    }
  }

  async update(coll: string, id: string, patch: Patch, opts: { where?: Where } = {}): Promise<number> {
    const r = await this.coll(coll).where({ ...this.where(opts.where), _id: id }).update({ data: this.data(patch) })
    return r.stats.updated > 0 ? 1 : 0
  }

  inc(coll: string, id: string, field: string, by: number, opts?: { where?: Where }): Promise<number> {
    return this.update(coll, id, { [field]: op.inc(by) }, opts)
  }

  async remove(coll: string, id: string): Promise<number> {
    const r = await this.coll(coll).where({ _id: id }).remove()
    return r.stats.removed
  }

  /** Keyset pagination: (a > x) or (a = x and b > y) … as one `_.or`, ANDed with the filter. */
  private keyset(order: Order[], cursor: Scalar[]): unknown {
    const _ = this._
    const branches: Record<string, unknown>[] = []
    for (let i = 0; i < order.length; i++) {
      const [f, d] = order[i]
      const v = cursor[i]
      const branch: Record<string, unknown> = {}
      for (let j = 0; j < i; j++) branch[order[j][0]] = cursor[j] === null ? _.eq(null) : cursor[j]
      if (v === null) {
        if (d === 'desc') continue // nothing sorts below null
        branch[f] = _.neq(null)
      } else {
        branch[f] = d === 'asc' ? _.gt(v) : _.or([_.lt(v), _.eq(null)])
      }
      branches.push(branch)
    }
    return _.or(branches)
  }

  /**
   * Up to `want` documents matching `filter` after `cursor` in `order`, in gets of at most GET_CAP:
   * a short get means the set ended; a full one that still leaves `want` unmet pages on after its last document.
   */
  private async fetch(coll: string, filter: Record<string, unknown>, order: Order[], cursor: Scalar[] | undefined, want: number): Promise<Doc[]> {
    const out: Doc[] = []
    while (out.length < want) {
      const ask = Math.min(GET_CAP, want - out.length)
      const cond = cursor ? this._.and(filter, this.keyset(order, cursor)) : filter
      let q = this.coll(coll).where(cond as Record<string, unknown>)
      for (const [f, d] of order) q = q.orderBy(f, d)
      const r = await q.limit(ask).get()
      out.push(...(r.data as Doc[]))
      if (r.data.length < ask) break
      cursor = order.map(([f]) => (out[out.length - 1][f] ?? null) as Scalar)
    }
    return out
  }

  async query<T extends Doc = Doc>(coll: string, opts: QueryOpts = {}): Promise<Page<T>> {
    const order = fullOrder(opts.orderBy)
    const size = pageSize(opts.limit)
    const rows = (await this.fetch(coll, this.where(opts.where), order, opts.after ? decodeCursor(opts.after, order) : undefined, size + 1)) as T[]
    const items = rows.slice(0, size)
    return { items, next: rows.length > size ? encodeCursor(items[items.length - 1], order) : undefined }
  }

  /** Pages of GET_CAP - 1 so that each page, with the one document that tells whether more follow, is one get. */
  queryAll<T extends Doc = Doc>(coll: string, opts: AllOpts, bound: Bound): Promise<T[]> {
    return queryAllPages<T>((c, o) => this.query<T>(c, o), coll, opts, bound, GET_CAP - 1)
  }

  /** `_id in [...]`, GET_CAP ids to a get (so no get can be cut short), the gets in parallel. */
  async getMany<T extends Doc = Doc>(coll: string, ids: readonly string[]): Promise<Map<string, T>> {
    const wanted = distinctIds(ids)
    const chunks: string[][] = []
    for (let i = 0; i < wanted.length; i += GET_CAP) chunks.push(wanted.slice(i, i + GET_CAP))
    const pages = await Promise.all(chunks.map((c) => this.coll(coll).where({ _id: this._.in(c) }).limit(c.length).get()))
    return new Map(pages.flatMap((p) => p.data as T[]).map((d) => [d._id, d]))
  }

  async count(coll: string, where?: Where): Promise<number> {
    return (await this.coll(coll).where(this.where(where)).count()).total
  }

  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    refuseInsideTransaction('transaction')
    return this.db.runTransaction(async (t) => {
      const read = async (coll: string, id: string): Promise<Doc | null> => {
        try {
          const r = await t.collection(checkColl(coll)).doc(id).get()
          return r.data ? ({ ...r.data, _id: id } as Doc) : null
        } catch (e) {
          if (isMissing(e)) return null
          throw e
        }
      }
      const write = async (coll: string, id: string, next: Doc) => {
        const { _id, ...data } = next
        void _id
        await t.collection(checkColl(coll)).doc(id).set({ data })
      }
      const tx: TxStore = {
        get: async <T extends Doc = Doc>(coll: string, id: string) => (await read(coll, id)) as T | null,
        insert: async (coll, doc) => {
          if (await read(coll, doc._id)) throw duplicateId(coll, doc._id)
          await write(coll, doc._id, doc)
        },
        update: async (coll, id, patch, opts = {}) => {
          const cur = await read(coll, id)
          if (!cur || !matches(cur, opts.where)) return 0
          const next = applyPatch(cur, patch)
          if (sameValue(next, cur)) return 0 // like a plain update: nothing changed, nothing counted
          await write(coll, id, next)
          return 1
        },
        inc: (coll, id, field, by, opts) => tx.update(coll, id, { [field]: op.inc(by) }, opts),
        remove: async (coll, id) => {
          if (!(await read(coll, id))) return 0
          await t.collection(checkColl(coll)).doc(id).remove()
          return 1
        },
      }
      return asTransaction(() => fn(tx))
    }, TX_RETRIES)
  }

  async close(): Promise<void> {}
}
