/**
 * Property-based fuzzing of every action of every function through the router: payloads on the
 * schema's keys with values of every wrong (and some right) type, and payloads off it entirely
 * (huge strings, deep nesting, unicode, prototype-pollution keys). Whatever comes in, the answer
 * is never INTERNAL, and a rejected call leaves the store exactly as it was.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import fc from 'fast-check'
import { z } from 'zod'
import { readSeeds } from '../../cloudfunctions/_local/seed'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { harness, type Harness } from '../helpers/harness'

const PEOPLE = ['demo-resident', 'demo-member', 'demo-secretary', 'demo-staff', 'demo-liaison-chengguan', 'demo-admin', 'fuzz-stranger']
const SEED_IDS = readSeeds().flatMap((f) => f.docs.map((d) => d._id))
/** Append-only logs that record refusals on purpose (every refused check-in scan is logged). */
const REFUSAL_LOGS = new Set(['c_checkin_scans'])
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', '$where', 'hasOwnProperty']

const leaf = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...SEED_IDS, ...PEOPLE, '', ' ', '赌博', '🙂'.repeat(50), 'x'.repeat(70_000)),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
)
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...NASTY_KEYS)), tie('v'), { maxKeys: 4 })),
})).v

/** Nests a value n levels deep: {a:{a:{…}}}. */
const deep = fc.integer({ min: 50, max: 400 }).map((n) => {
  let v: unknown = 1
  for (let i = 0; i < n; i++) v = { a: v }
  return v
})

function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
}

function payload(schema: z.ZodType) {
  const keys = keysOf(schema)
  const onSchema = keys.length
    ? fc.dictionary(fc.constantFrom(...keys, ...NASTY_KEYS), value, { maxKeys: keys.length + 2 })
    : fc.constant({})
  return fc.oneof(onSchema, value, deep, fc.constant(JSON.parse('{"__proto__":{"admin":true}}')))
}

describe('fuzz: every action survives any input', () => {
  let h: Harness
  const fingerprint = () => {
    const db = h.store.db
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
    const hash = createHash('sha1')
    for (const { name } of tables.filter((t) => !REFUSAL_LOGS.has(t.name))) {
      for (const row of db.prepare(`SELECT id, doc FROM "${name}" ORDER BY id`).all() as { id: string; doc: string }[]) {
        hash.update(name).update(row.id).update(row.doc)
      }
    }
    return hash.digest('hex')
  }

  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  for (const [fn, mod] of Object.entries(FUNCTIONS)) {
    for (const [name, act] of Object.entries(mod)) {
      it(`${fn}.${name}`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...PEOPLE), payload(act.input), async (openid, data) => {
            const before = fingerprint()
            const r = await h.call(openid, fn, name, data)
            if (r.ok) return
            assert.notEqual(r.error.code, 'INTERNAL', `${fn}.${name} crashed on ${JSON.stringify(data)?.slice(0, 300)}: ${r.error.message}`)
            assert.equal(fingerprint(), before, `${fn}.${name} changed the store and then answered ${r.error.code}`)
          }),
          { numRuns: 40 },
        )
      })
    }
  }
})
