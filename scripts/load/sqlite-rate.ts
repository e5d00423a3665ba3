/** The raw write ceiling on this machine: single-row autocommit inserts into SQLite (WAL), directly and through our store. */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'

const SECONDS = 2
const doc = (i: number) => ({ _id: `d${i}`, openid: `user-${i % 500}`, status: 'confirmed', at: new Date(0).toISOString(), note: '负载测试' })

export async function sqliteWriteRates(): Promise<{ raw: number; store: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'redpost-rate-'))
  try {
    const db = new Database(join(dir, 'raw.db'))
    db.pragma('journal_mode = WAL')
    db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT NOT NULL)')
    const ins = db.prepare('INSERT INTO t (id, doc) VALUES (?, ?)')
    let n = 0
    let end = performance.now() + SECONDS * 1000
    while (performance.now() < end) {
      const d = doc(n++)
      ins.run(d._id, JSON.stringify(d))
    }
    const raw = n / SECONDS
    db.close()

    const store = new SqliteStore(join(dir, 'store.db'))
    n = 0
    end = performance.now() + SECONDS * 1000
    while (performance.now() < end) await store.insert('bookings', doc(n++))
    await store.close()
    return { raw, store: n / SECONDS }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
