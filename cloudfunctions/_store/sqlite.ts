/**
 * The sqlite adapter of the store port (local emulator and tests): one table per collection,
 * documents as JSON, expression indexes from INDEXES, WAL mode. better-sqlite3 is synchronous,
 * so every single-document write runs as one IMMEDIATE transaction and cannot interleave.
 */
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../../src/domain/errors'
import { INDEXES } from './indexes'
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

type Param = string | number | null

const table = (coll: string) => `"c_${checkColl(coll)}"`
const col = (field: string) => (field === '_id' ? 'id' : `json_extract(doc, '$.${checkField(field)}')`)
const bind = (v: Scalar): Param => (typeof v === 'boolean' ? (v ? 1 : 0) : v)

function condSql(field: string, c: Cond, params: Param[]): string {
  const x = col(field)
  if (c === null || typeof c !== 'object') {
    if (c === null) return `${x} IS NULL`
    params.push(bind(c))
    return `${x} = ?`
  }
  const parts: string[] = []
  for (const [k, v] of Object.entries(c)) {
    if (v === undefined) continue
    switch (k) {
      case '$eq':
        parts.push(condSql(field, v as Scalar, params))
        break
      case '$ne':
        if (v === null) parts.push(`${x} IS NOT NULL`)
        else {
          params.push(bind(v as Scalar))
          parts.push(`(${x} IS NULL OR ${x} != ?)`)
        }
        break
      case '$lt':
      case '$lte':
      case '$gt':
      case '$gte': {
        const sym = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' }[k]
        params.push(bind(v as Scalar))
        parts.push(`${x} ${sym} ?`)
        break
      }
      case '$in':
      case '$nin': {
        const list = v as Scalar[]
        const vals = list.filter((e) => e !== null)
        const hasNull = vals.length !== list.length
        params.push(...vals.map(bind))
        const inList = vals.length ? `${x} IN (${vals.map(() => '?').join(',')})` : '0'
        parts.push(
          k === '$in'
            ? `(${inList}${hasNull ? ` OR ${x} IS NULL` : ''})`
            : hasNull
              ? `(${x} IS NOT NULL AND NOT ${inList})`
              : `(${x} IS NULL OR NOT ${inList})`,
        )
        break
      }
      case '$exists': {
        // presence, not value: json_extract answers NULL for a JSON null and for a missing field alike
        const present = field === '_id' ? '1' : `json_type(doc, '$.${checkField(field)}') IS NOT NULL`
        parts.push(v ? present : `NOT (${present})`)
        break
      }
      case '$contains':
        params.push(String(v).toLowerCase())
        parts.push(`(typeof(${x}) = 'text' AND instr(lower(${x}), ?) > 0)`)
        break
      case '$has':
        params.push(bind(v as Scalar))
        parts.push(`EXISTS (SELECT 1 FROM json_each(doc, '$.${checkField(field)}') WHERE value = ?)`)
        break
      default:
        throw new AppError('INTERNAL', `unknown where operator ${k}`)
    }
  }
  return parts.length ? parts.join(' AND ') : '1'
}

function whereSql(where: Where | undefined, params: Param[]): string {
  const parts = Object.entries(where ?? {}).map(([f, c]) => condSql(f, c, params))
  return parts.length ? parts.join(' AND ') : '1'
}

/** Keyset condition: rows strictly after the cursor in the given order (nulls sort first). */
function cursorSql(order: Order[], cursor: Scalar[], params: Param[]): string {
  const ors: string[] = []
  for (let i = 0; i < order.length; i++) {
    const ands: string[] = []
    for (let j = 0; j < i; j++) {
      const v = cursor[j]
      if (v === null) ands.push(`${col(order[j][0])} IS NULL`)
      else {
        params.push(bind(v))
        ands.push(`${col(order[j][0])} = ?`)
      }
    }
    const [f, d] = order[i]
    const v = cursor[i]
    const x = col(f)
    if (d === 'asc') {
      if (v === null) ands.push(`${x} IS NOT NULL`)
      else {
        params.push(bind(v))
        ands.push(`${x} > ?`)
      }
    } else if (v === null) ands.push('0')
    else {
      params.push(bind(v))
      ands.push(`(${x} < ? OR ${x} IS NULL)`)
    }
    ors.push(`(${ands.join(' AND ')})`)
  }
  return `(${ors.join(' OR ')})`
}

export class SqliteStore implements Store {
  readonly db: Database.Database
  private ready = new Set<string>()
  private busy: Promise<void> | null = null

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
  }

  private ensure(coll: string): string {
    const t = table(coll)
    if (!this.ready.has(coll)) {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${t} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`)
      for (const fields of INDEXES[coll] ?? []) {
        const name = `"i_${coll}_${fields.join('_')}"`
        this.db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${t} (${fields.map(col).join(', ')})`)
      }
      this.ready.add(coll)
    }
    return t
  }

  /**
   * Runs a synchronous operation once no multi-document transaction holds the connection.
   * The check and the operation happen in the same tick, so nothing can start in between.
   */
  private async run<T>(f: () => T): Promise<T> {
    refuseInsideTransaction('get/query/write')
    while (this.busy) await this.busy
    return f()
  }

  private getSync(coll: string, id: string): Doc | null {
    const row = this.db.prepare(`SELECT doc FROM ${this.ensure(coll)} WHERE id = ?`).get(id) as
      | { doc: string }
      | undefined
    return row ? (JSON.parse(row.doc) as Doc) : null
  }

  private insertSync(coll: string, doc: Doc): void {
    if (typeof doc._id !== 'string' || !doc._id) throw new AppError('INTERNAL', 'document needs a string _id')
    const r = this.db
      .prepare(`INSERT INTO ${this.ensure(coll)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO NOTHING`)
      .run(doc._id, JSON.stringify(doc))
    if (r.changes === 0) throw duplicateId(coll, doc._id)
  }

  private updateSync(coll: string, id: string, patch: Patch, where?: Where): number {
    return this.db
      .transaction(() => {
        const doc = this.getSync(coll, id)
        if (!doc || !matches(doc, where)) return 0
        const next = applyPatch(doc, patch)
        if (sameValue(next, doc)) return 0 // nothing changed: the cloud database reports 0 too
        this.db.prepare(`UPDATE ${this.ensure(coll)} SET doc = ? WHERE id = ?`).run(JSON.stringify(next), id)
        return 1
      })
      .immediate()
  }

  private removeSync(coll: string, id: string): number {
    return this.db.prepare(`DELETE FROM ${this.ensure(coll)} WHERE id = ?`).run(id).changes
  }

  private txView(): TxStore {
    return {
      get: async <T extends Doc>(coll: string, id: string) => this.getSync(coll, id) as T | null,
      insert: async (coll, doc) => this.insertSync(coll, doc),
      update: async (coll, id, patch, opts) => this.updateSync(coll, id, patch, opts?.where),
      inc: async (coll, id, field, by, opts) => this.updateSync(coll, id, { [field]: op.inc(by) }, opts?.where),
      remove: async (coll, id) => this.removeSync(coll, id),
    }
  }

  async get<T extends Doc = Doc>(coll: string, id: string): Promise<T | null> {
    return this.run(() => this.getSync(coll, id) as T | null)
  }

  async insert(coll: string, doc: Doc): Promise<void> {
    return this.run(() => this.insertSync(coll, doc))
  }

  async update(coll: string, id: string, patch: Patch, opts?: { where?: Where }): Promise<number> {
    return this.run(() => this.updateSync(coll, id, patch, opts?.where))
  }

  async inc(coll: string, id: string, field: string, by: number, opts?: { where?: Where }): Promise<number> {
    return this.update(coll, id, { [field]: op.inc(by) }, opts)
  }

  async remove(coll: string, id: string): Promise<number> {
    return this.run(() => this.removeSync(coll, id))
  }

  async query<T extends Doc = Doc>(coll: string, opts: QueryOpts = {}): Promise<Page<T>> {
    return this.run(() => this.querySync<T>(coll, opts))
  }

  private querySync<T extends Doc>(coll: string, opts: QueryOpts): Page<T> {
    const order = fullOrder(opts.orderBy)
    const limit = pageSize(opts.limit)
    const params: Param[] = []
    let sql = `SELECT doc FROM ${this.ensure(coll)} WHERE ${whereSql(opts.where, params)}`
    if (opts.after) sql += ` AND ${cursorSql(order, decodeCursor(opts.after, order), params)}`
    sql += ` ORDER BY ${order.map(([f, d]) => `${col(f)} ${d === 'asc' ? 'ASC' : 'DESC'}`).join(', ')} LIMIT ${limit + 1}`
    const rows = this.db.prepare(sql).all(...params) as { doc: string }[]
    const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as T)
    return rows.length > limit ? { items, next: encodeCursor(items[items.length - 1], order) } : { items }
  }

  queryAll<T extends Doc = Doc>(coll: string, opts: AllOpts, bound: Bound): Promise<T[]> {
    return queryAllPages<T>((c, o) => this.query<T>(c, o), coll, opts, bound)
  }

  /** One statement whatever the number of ids: they travel as one JSON array parameter. */
  async getMany<T extends Doc = Doc>(coll: string, ids: readonly string[]): Promise<Map<string, T>> {
    const wanted = distinctIds(ids)
    if (!wanted.length) return new Map()
    return this.run(() => {
      const rows = this.db
        .prepare(`SELECT doc FROM ${this.ensure(coll)} WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(wanted)) as { doc: string }[]
      return new Map(rows.map((r) => JSON.parse(r.doc) as T).map((d) => [d._id, d]))
    })
  }

  async count(coll: string, where?: Where): Promise<number> {
    return this.run(() => this.countSync(coll, where))
  }

  private countSync(coll: string, where?: Where): number {
    const params: Param[] = []
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM ${this.ensure(coll)} WHERE ${whereSql(where, params)}`)
      .get(...params) as { n: number }
    return row.n
  }

  async transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    refuseInsideTransaction('transaction')
    while (this.busy) await this.busy
    let release!: () => void
    this.busy = new Promise<void>((r) => (release = r))
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const result = await asTransaction(() => fn(this.txView()))
      this.db.exec('COMMIT')
      return result
    } catch (e) {
      this.db.exec('ROLLBACK')
      throw e
    } finally {
      this.busy = null
      release()
    }
  }

  async close(): Promise<void> {
    return this.run(() => {
      if (this.db.open) this.db.close()
    })
  }
}
