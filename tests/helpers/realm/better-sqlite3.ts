/**
 * What `better-sqlite3` resolves to under jest (jest.config.js moduleNameMapper): the real module,
 * with the rows and arrays its statements answer copied into the test's realm (see copy.ts).
 */
import type BetterSqlite3 from 'better-sqlite3'
import { inTestRealm } from './copy'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Real: typeof BetterSqlite3 = require('better-sqlite3/lib/index.js')

function statement(s: BetterSqlite3.Statement): BetterSqlite3.Statement {
  return new Proxy(s, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target)
      if (typeof v !== 'function') return v
      if (prop === 'all' || prop === 'get') return (...args: unknown[]) => inTestRealm(v.apply(target, args))
      if (prop === 'iterate') return function* (...args: unknown[]) { for (const row of v.apply(target, args)) yield inTestRealm(row) }
      return (...args: unknown[]) => {
        const r = v.apply(target, args)
        return r === target ? statement(target) : r
      }
    },
  })
}

type Db = BetterSqlite3.Database

class Database extends (Real as unknown as new (...args: ConstructorParameters<typeof BetterSqlite3>) => Db) {}
const { prepare, pragma } = Real.prototype
Database.prototype.prepare = function (this: Db, sql: string) {
  return statement(prepare.call(this, sql))
} as unknown as Db['prepare']
Database.prototype.pragma = function (this: Db, source: string, options?: BetterSqlite3.PragmaOptions) {
  return inTestRealm(pragma.call(this, source, options))
}

export default Database
