/**
 * For runs against a real cloud environment: every collection the tests touch is `<prefix><name>`,
 * created on first use and emptied then, so a run never reads or writes the app's own collections
 * and always starts from nothing.
 */
import type { CloudDb } from '../../cloudfunctions/_store/cloud'
import type { AllOpts, Bound, Doc, Patch, QueryOpts, Store, TxStore, Where } from '../../cloudfunctions/_store/port'

/** What the real SDK's database has beyond the surface the adapter uses. */
export interface AdminDb extends CloudDb {
  createCollection(name: string): Promise<unknown>
}

/** The same database with every collection name prefixed (inside transactions too). */
export function prefixedDb(db: AdminDb, prefix: string): CloudDb {
  return {
    command: db.command,
    RegExp: (arg) => db.RegExp(arg),
    collection: (name) => db.collection(prefix + name),
    runTransaction: (fn, retries) => db.runTransaction((tx) => fn({ collection: (name) => tx.collection(prefix + name) }), retries),
  }
}

export class FreshCollections implements Store {
  private readonly ready = new Map<string, Promise<void>>()

  constructor(
    private readonly inner: Store,
    private readonly db: AdminDb,
    private readonly prefix: string,
  ) {}

  private ensure(coll: string): Promise<void> {
    let p = this.ready.get(coll)
    if (!p) {
      const full = this.prefix + coll
      p = this.db
        .createCollection(full)
        .catch((e) => {
          if (!/exist/i.test(String((e as Error)?.message ?? e))) throw e
        })
        .then(() => this.db.collection(full).where({ _id: this.db.command.exists(true) }).remove())
        .then(() => undefined)
      this.ready.set(coll, p)
    }
    return p
  }

  private async on<R>(coll: string, run: () => Promise<R>): Promise<R> {
    await this.ensure(coll)
    return run()
  }

  get<T extends Doc = Doc>(coll: string, id: string) {
    return this.on(coll, () => this.inner.get<T>(coll, id))
  }
  insert(coll: string, doc: Doc) {
    return this.on(coll, () => this.inner.insert(coll, doc))
  }
  update(coll: string, id: string, patch: Patch, opts?: { where?: Where }) {
    return this.on(coll, () => this.inner.update(coll, id, patch, opts))
  }
  inc(coll: string, id: string, field: string, by: number, opts?: { where?: Where }) {
    return this.on(coll, () => this.inner.inc(coll, id, field, by, opts))
  }
  remove(coll: string, id: string) {
    return this.on(coll, () => this.inner.remove(coll, id))
  }
  query<T extends Doc = Doc>(coll: string, opts?: QueryOpts) {
    return this.on(coll, () => this.inner.query<T>(coll, opts))
  }
  queryAll<T extends Doc = Doc>(coll: string, opts: AllOpts, bound: Bound) {
    return this.on(coll, () => this.inner.queryAll<T>(coll, opts, bound))
  }
  getMany<T extends Doc = Doc>(coll: string, ids: readonly string[]) {
    return this.on(coll, () => this.inner.getMany<T>(coll, ids))
  }
  count(coll: string, where?: Where) {
    return this.on(coll, () => this.inner.count(coll, where))
  }
  transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
    return this.inner.transaction((tx) =>
      fn({
        get: async (coll, id) => (await this.ensure(coll), tx.get(coll, id)),
        insert: async (coll, doc) => (await this.ensure(coll), tx.insert(coll, doc)),
        update: async (coll, id, patch, opts) => (await this.ensure(coll), tx.update(coll, id, patch, opts)),
        inc: async (coll, id, field, by, opts) => (await this.ensure(coll), tx.inc(coll, id, field, by, opts)),
        remove: async (coll, id) => (await this.ensure(coll), tx.remove(coll, id)),
      } as TxStore),
    )
  }
  close() {
    return this.inner.close()
  }
}
