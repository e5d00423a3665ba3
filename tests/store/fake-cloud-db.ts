/**
 * An in-memory fake of exactly the wx-server-sdk database surface the cloud adapter uses
 * (`CloudDb` in cloudfunctions/_store/cloud.ts): commands, where/orderBy/limit/get/count/update/remove,
 * add with duplicate-key errors, and runTransaction with optimistic conflict detection and retries,
 * modelled on the documented behaviour of the cloud database (MongoDB semantics), including what
 * differs from sqlite (docs/store.md): a get() answers at most MAX_GET documents whatever limit()
 * asks, an update that changes nothing reports `stats.updated` 0, `exists` is about presence.
 */
import type { CloudCollection, CloudDb, CloudQuery, CloudTransaction, CommandApi } from '../../cloudfunctions/_store/cloud'

type Data = Record<string, unknown>
class Cmd {
  constructor(readonly op: string, readonly args: unknown[]) {}
}
class Re {
  constructor(readonly re: RegExp) {}
}

/** A get() from a cloud function answers at most this many documents (100; aggregate: 1000). */
export const MAX_GET = 100

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)))
const sameType = (a: unknown, b: unknown) => a !== null && b !== null && typeof a === typeof b

function cmpValues(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1
  if (b === undefined || b === null) return 1
  return (a as number) < (b as number) ? -1 : 1
}

function fieldMatches(value: unknown, c: unknown): boolean {
  if (c instanceof Re) return typeof value === 'string' && c.re.test(value)
  if (!(c instanceof Cmd)) {
    if (c === null) return value === null || value === undefined
    if (Array.isArray(value)) return value.includes(c)
    return value === c
  }
  const [v] = c.args
  switch (c.op) {
    case 'eq': return fieldMatches(value, v)
    case 'neq': return !fieldMatches(value, v)
    case 'lt': return sameType(value, v) && (value as number) < (v as number)
    case 'lte': return sameType(value, v) && (value as number) <= (v as number)
    case 'gt': return sameType(value, v) && (value as number) > (v as number)
    case 'gte': return sameType(value, v) && (value as number) >= (v as number)
    case 'in': return (v as unknown[]).some((x) => fieldMatches(value, x))
    case 'nin': return !(v as unknown[]).some((x) => fieldMatches(value, x))
    case 'exists': return (value !== undefined) === v
    case 'and': return c.args.every((x) => fieldMatches(value, x))
    case 'or': return (v as unknown[]).some((x) => fieldMatches(value, x))
    default: throw new Error(`fake: command ${c.op} is not a query command`)
  }
}

function docMatches(doc: Data, cond: unknown): boolean {
  if (cond instanceof Cmd) {
    if (cond.op === 'and') return cond.args.every((x) => docMatches(doc, x))
    if (cond.op === 'or') return (cond.args[0] as unknown[]).some((x) => docMatches(doc, x))
    throw new Error(`fake: ${cond.op} at the top of a where`)
  }
  return Object.entries(cond as Data).every(([f, c]) => fieldMatches(doc[f], c))
}

/** Keys in a fixed order, so two documents compare by content. */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted)
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Data)[k])]))
  return v
}

function applyData(doc: Data, data: Data): Data {
  const out = clone(doc)
  for (const [f, v] of Object.entries(data)) {
    if (f === '_id') throw new Error('fake: cannot update _id')
    if (v instanceof Cmd) {
      if (v.op === 'inc') out[f] = ((out[f] as number) ?? 0) + (v.args[0] as number)
      else if (v.op === 'push') out[f] = [...((out[f] as unknown[]) ?? []), ...(v.args[0] as unknown[])]
      else if (v.op === 'remove') delete out[f]
      else throw new Error(`fake: ${v.op} is not an update command`)
    } else out[f] = clone(v)
  }
  return out
}

export class FakeCloudDb implements CloudDb {
  readonly colls = new Map<string, Map<string, { doc: Data; version: number }>>()
  private txChain: Promise<unknown> = Promise.resolve()
  /** how many transaction attempts were retried after a write conflict */
  retries = 0
  /** how many get() round trips were made (each is a network call on the cloud) */
  gets = 0

  readonly command: CommandApi = {
    eq: (v) => new Cmd('eq', [v]),
    neq: (v) => new Cmd('neq', [v]),
    lt: (v) => new Cmd('lt', [v]),
    lte: (v) => new Cmd('lte', [v]),
    gt: (v) => new Cmd('gt', [v]),
    gte: (v) => new Cmd('gte', [v]),
    in: (v) => new Cmd('in', [v]),
    nin: (v) => new Cmd('nin', [v]),
    exists: (v) => new Cmd('exists', [v]),
    and: (...c) => new Cmd('and', c),
    or: (c) => new Cmd('or', [c]),
    inc: (n) => new Cmd('inc', [n]),
    push: (v) => new Cmd('push', [v]),
    remove: () => new Cmd('remove', []),
  }

  RegExp({ regexp, options }: { regexp: string; options: string }) {
    return new Re(new RegExp(regexp, options))
  }

  table(name: string) {
    let t = this.colls.get(name)
    if (!t) this.colls.set(name, (t = new Map()))
    return t
  }

  private write(name: string, id: string, doc: Data | null) {
    const t = this.table(name)
    const version = (t.get(id)?.version ?? 0) + 1
    if (doc) t.set(id, { doc: clone({ ...doc, _id: id }), version })
    else t.delete(id)
  }

  collection(name: string): CloudCollection {
    const db = this
    const query = (cond: unknown, order: [string, 'asc' | 'desc'][], limit?: number): CloudQuery => ({
      where: (c) => query(c, order, limit),
      orderBy: (f, d) => query(cond, [...order, [f, d]], limit),
      limit: (n) => query(cond, order, n),
      async get() {
        await tick()
        db.gets++
        const rows = [...db.table(name).values()].map((r) => r.doc).filter((d) => docMatches(d, cond))
        rows.sort((a, b) => {
          for (const [f, d] of order) {
            const c = cmpValues(a[f], b[f])
            if (c) return d === 'asc' ? c : -c
          }
          return 0
        })
        return { data: clone(rows.slice(0, Math.min(limit ?? MAX_GET, MAX_GET))) }
      },
      async count() {
        await tick()
        return { total: [...db.table(name).values()].filter((r) => docMatches(r.doc, cond)).length }
      },
      async update({ data }) {
        await tick()
        let updated = 0
        for (const [id, r] of db.table(name)) {
          if (!docMatches(r.doc, cond)) continue
          const next = applyData(r.doc, data)
          if (JSON.stringify(sorted(next)) === JSON.stringify(sorted(r.doc))) continue // matched, changed nothing: not counted
          db.write(name, id, next)
          updated++
        }
        return { stats: { updated } }
      },
      async remove() {
        await tick()
        let removed = 0
        for (const [id, r] of [...db.table(name)]) {
          if (!docMatches(r.doc, cond)) continue
          db.write(name, id, null)
          removed++
        }
        return { stats: { removed } }
      },
    })
    return {
      ...query({}, []),
      async add({ data }) {
        await tick()
        const id = String(data._id ?? Math.random().toString(36).slice(2))
        if (db.table(name).has(id)) {
          throw Object.assign(new Error(`collection.add:fail -502001 database request fail. [FailedOperation] E11000 duplicate key error collection: ${name} index: _id_`), { errCode: -502001 })
        }
        db.write(name, id, data)
        return { _id: id }
      },
    }
  }

  /** Optimistic transactions: reads remember versions; a changed version at commit retries the attempt. */
  async runTransaction<R>(fn: (tx: CloudTransaction) => Promise<R>, retries = 5): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      const seen = new Map<string, number>()
      const writes = new Map<string, Data | null>()
      const key = (c: string, id: string) => `${c}\u0000${id}`
      const tx: CloudTransaction = {
        collection: (name) => ({
          doc: (id) => ({
            get: async () => {
              await tick()
              const k = key(name, id)
              if (writes.has(k)) {
                const w = writes.get(k)
                if (!w) throw new Error(`document.get:fail document with _id ${id} does not exist`)
                return { data: clone(w) }
              }
              const r = this.table(name).get(id)
              if (!seen.has(k)) seen.set(k, r?.version ?? 0) // the first read is what the attempt built on
              if (!r) throw new Error(`document.get:fail document with _id ${id} does not exist`)
              return { data: clone(r.doc) }
            },
            set: async ({ data }) => void writes.set(key(name, id), clone({ ...data, _id: id })),
            update: async ({ data }) => {
              const k = key(name, id)
              const base = writes.has(k) ? writes.get(k) : this.table(name).get(id)?.doc
              if (!base) throw new Error(`document.update:fail document with _id ${id} does not exist`)
              writes.set(k, applyData(base, data))
            },
            remove: async () => void writes.set(key(name, id), null),
          }),
        }),
      }
      const result = await fn(tx) // a throw rolls back: nothing in `writes` is applied
      // commit atomically (no await between the check and the writes)
      const conflict = [...seen].some(([k, v]) => {
        const [c, id] = k.split('\u0000')
        return (this.table(c).get(id)?.version ?? 0) !== v
      })
      if (conflict) {
        this.retries++
        if (attempt >= retries) throw new Error('runTransaction:fail write conflict, retries exhausted')
        continue
      }
      for (const [k, doc] of writes) {
        const [c, id] = k.split('\u0000')
        this.write(c, id, doc)
      }
      return result
    }
  }
}

/** Every SDK call is a network round trip: yield so concurrent callers really interleave. */
const tick = () => new Promise<void>((r) => setImmediate(r))
