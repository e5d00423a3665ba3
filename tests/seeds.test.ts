import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { readSeeds, resolveTimes, seed } from '../cloudfunctions/_local/seed'
import { SqliteStore } from '../cloudfunctions/_store/sqlite'
import { SEED_REFS, SEED_SCHEMAS } from '../seeds/schema'
import { satisfactionOf, satisfactionOfScores } from '../src/domain/wishes/satisfaction'

describe('seeds', () => {
  const files = readSeeds()
  const byColl = new Map(files.map((f) => [f.collection, f.docs]))

  it('every seed file has a schema and every document fits it', () => {
    for (const { collection, docs } of files) {
      const schema = SEED_SCHEMAS[collection]
      assert.ok(schema, `seeds/${collection}.json has no schema in seeds/schema.ts`)
      assert.ok(Array.isArray(docs) && docs.length > 0, `${collection} is a non-empty array`)
      for (const d of docs) {
        const r = schema.safeParse(d)
        assert.ok(r.success, `${collection}/${d._id}: ${r.success ? '' : JSON.stringify(r.error.issues)}`)
      }
    }
  })

  it('ids are unique within each collection and references point at real documents', () => {
    for (const { collection, docs } of files) {
      const ids = docs.map((d) => d._id)
      assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${collection}`)
    }
    for (const [coll, field, target] of SEED_REFS) {
      // a reference may point into one of several collections: 'service_posts|projects'
      const targets = new Set(target.split('|').flatMap((t) => (byColl.get(t) ?? []).map((d) => d._id)))
      for (const d of byColl.get(coll) ?? []) {
        const v = d[field]
        for (const ref of Array.isArray(v) ? v : v === undefined ? [] : [v]) {
          assert.ok(targets.has(ref as string), `${coll}/${d._id}.${field} → ${target}/${String(ref)} is missing`)
        }
      }
    }
  })

  it('each community\'s 满意度 summary counts exactly its wishes\' scores', () => {
    const wishes = byColl.get('wishes') ?? []
    for (const c of byColl.get('communities') ?? []) {
      const scores = wishes.filter((w) => w.communityId === c._id && typeof w.score === 'number').map((w) => w.score as number)
      const s = (byColl.get('wish_satisfaction') ?? []).find((d) => d._id === c._id)
      assert.deepEqual(satisfactionOf((s?.rated as number) ?? 0, (s?.satisfied as number) ?? 0), satisfactionOfScores(scores), c._id)
    }
  })

  it('has every demo person DESIGN.md names', () => {
    const people = new Set((byColl.get('members') ?? []).filter((m) => m.demo).map((m) => m._id))
    for (const p of ['demo-resident', 'demo-member', 'demo-secretary', 'demo-liaison-zhujian', 'demo-liaison-chengguan', 'demo-admin']) {
      assert.ok(people.has(p), p)
    }
  })

  it('seeding is idempotent', async () => {
    const store = new SqliteStore(':memory:')
    const now = new Date('2026-11-24T02:00:00Z')
    const first = await seed(store, now)
    assert.equal(first, files.reduce((n, f) => n + f.docs.length, 0))
    await store.update('members', 'demo-resident', { name: '改过的名字' })
    assert.equal(await seed(store, new Date('2026-12-01T02:00:00Z')), 0)
    assert.equal((await store.get('members', 'demo-resident'))?.name, '改过的名字', 'a re-seed never overwrites')
    await store.close()
  })

  it('relative times resolve in Shanghai, deep inside documents', () => {
    const doc = resolveTimes({ a: '@+1d 08:00', b: [{ c: '@-1d' }], d: 'plain' }, new Date('2026-11-24T17:30:00Z'))
    assert.deepEqual(doc, { a: '2026-11-26T00:00:00.000Z', b: [{ c: '2026-11-23T16:00:00.000Z' }], d: 'plain' })
  })
})
