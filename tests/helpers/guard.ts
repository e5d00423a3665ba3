/**
 * A store wrapper for tests: every query must be served by a declared index, and every
 * collection touched must have a security rule in database/rules.json. A handler that breaks
 * either fails its own tests with a message saying what to declare.
 * A whole-set read (queryAll) that outgrows its bound fails the test even where the code under
 * test catches the error (a sweep job logs and goes on): close() throws with every such read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isIndexed, queryFields } from '../../cloudfunctions/_store/coverage'
import type { AllOpts, Bound, QueryOpts, Store, Where } from '../../cloudfunctions/_store/port'
import { ReadBoundError } from '../../cloudfunctions/_store/semantics'

const RULES = JSON.parse(readFileSync(join(__dirname, '..', '..', 'database', 'rules.json'), 'utf8')) as {
  collections: Record<string, unknown>
}

function checkRule(coll: string) {
  if (!Object.hasOwn(RULES.collections, coll)) {
    throw new Error(`collection "${coll}" has no security rule: add it to database/rules.json`)
  }
}

function checkIndex(coll: string, opts: { where?: Where; orderBy?: QueryOpts['orderBy'] }) {
  if (!isIndexed(coll, opts)) {
    throw new Error(`query on "${coll}" by [${queryFields(opts).join(', ')}] has no declared index: add one to cloudfunctions/_store/indexes.ts`)
  }
}

export function guarded<S extends Store>(store: S): S {
  const overBound: string[] = []
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof value !== 'function') return value
      if (prop === 'queryAll') {
        return async (coll: string, opts: AllOpts, bound: Bound) => {
          checkRule(coll)
          checkIndex(coll, opts)
          try {
            return await value.call(target, coll, opts, bound)
          } catch (e) {
            if (e instanceof ReadBoundError) {
              overBound.push(e.message)
              process.stderr.write(`\n!! ${e.message}\n`)
            }
            throw e
          }
        }
      }
      if (prop === 'close') {
        return async () => {
          await value.call(target)
          if (overBound.length) throw new Error(`whole-set reads outgrew their bound:\n  ${overBound.join('\n  ')}`)
        }
      }
      if (prop === 'query') {
        return async (coll: string, opts: QueryOpts = {}) => {
          checkRule(coll)
          checkIndex(coll, opts)
          return value.call(target, coll, opts)
        }
      }
      if (prop === 'count') {
        return async (coll: string, where?: Where) => {
          checkRule(coll)
          checkIndex(coll, { where })
          return value.call(target, coll, where)
        }
      }
      if (['get', 'getMany', 'insert', 'update', 'inc', 'remove'].includes(prop as string)) {
        return async (coll: string, ...rest: unknown[]) => {
          checkRule(coll)
          return value.call(target, coll, ...rest)
        }
      }
      return value.bind(target)
    },
  })
}
