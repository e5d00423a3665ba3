import assert from 'node:assert/strict'
import { it } from '@jest/globals'
import { CloudStore } from '../../cloudfunctions/_store/cloud'
import { FakeCloudDb } from './fake-cloud-db'
import { storeContract } from './contract'

storeContract('cloud (wx-server-sdk surface, in-memory fake)', () => new CloudStore(new FakeCloudDb()))

it('cloud adapter: contended transactions really retried in the fake (the suite above exercised conflicts)', async () => {
  const db = new FakeCloudDb()
  const s = new CloudStore(db)
  await s.insert('hot', { _id: 'h', v: 0 })
  await Promise.all(
    Array.from({ length: 6 }, () =>
      s.transaction(async (tx) => {
        const cur = (await tx.get<{ _id: string; v: number }>('hot', 'h'))!
        await tx.update('hot', 'h', { v: cur.v + 1 })
      }),
    ),
  )
  assert.equal((await s.get('hot', 'h'))?.v, 6)
  assert.ok(db.retries > 0, 'concurrent read-modify-write transactions conflicted and retried')
})

it('the fake answers at most 100 documents a get, like the cloud database; the adapter pages within that', async () => {
  const db = new FakeCloudDb()
  const s = new CloudStore(db)
  for (let i = 0; i < 250; i++) await s.insert('cap', { _id: `c${String(i).padStart(3, '0')}`, i })
  assert.equal((await db.collection('cap').limit(101).get()).data.length, 100, 'limit(101) still answers 100')
  assert.equal((await db.collection('cap').get()).data.length, 100, 'no limit answers 100')

  db.gets = 0
  const all = await s.queryAll('cap', { orderBy: [['i', 'asc']] }, { max: 300 })
  assert.equal(all.length, 250)
  assert.equal(db.gets, 3, 'pages of 99 plus the one that tells more follow: one get each')

  db.gets = 0
  const page = await s.query('cap', { orderBy: [['i', 'asc']], limit: 100 })
  assert.equal(page.items.length, 100)
  assert.ok(page.next, 'a full page of 100 still learns that more follow')
  assert.equal(db.gets, 2, 'the 101st document costs a second get')

  db.gets = 0
  const many = await s.getMany('cap', all.map((d) => d._id))
  assert.equal(many.size, 250)
  assert.equal(db.gets, 3, '_id in [...] 100 ids to a get')
})

it('the fake reports stats.updated 0 for an update that matches but changes nothing', async () => {
  const db = new FakeCloudDb()
  await db.collection('same').add({ data: { _id: 's', v: 1, o: { a: 1, b: 2 } } })
  assert.equal((await db.collection('same').where({ _id: 's' }).update({ data: { v: 1, o: { b: 2, a: 1 } } })).stats.updated, 0)
  assert.equal((await db.collection('same').where({ _id: 's' }).update({ data: { v: 2 } })).stats.updated, 1)
})
