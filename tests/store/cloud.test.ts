import assert from 'node:assert/strict'
import { it } from 'node:test'
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
