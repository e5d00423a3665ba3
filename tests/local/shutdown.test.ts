import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from '@jest/globals'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { postJson, startServer } from '../helpers/process'

describe('emulator shutdown', () => {
  it('on SIGTERM finishes in-flight writes, closes the database and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redpost-stop-'))
    const dataFile = join(dir, 'db.sqlite')
    try {
      const { child, url, exited } = startServer(dataFile)
      const base = await url
      const writes = Array.from({ length: 40 }, (_, i) =>
        postJson(`${base}/api/members`, { action: 'updateProfile', data: { building: `${i}幢` } }, `stop-${i}`),
      )
      await new Promise((r) => setTimeout(r, 5))
      child.kill("SIGTERM")
      const answers = await Promise.all(writes)
      assert.equal(await exited, 0)
      const acknowledged = answers.map((a, i) => (a?.ok ? i : -1)).filter((i) => i >= 0)
      assert.ok(acknowledged.length > 0, 'some writes were answered before the stop')
      const store = new SqliteStore(dataFile)
      for (const i of acknowledged) {
        assert.equal((await store.get('members', `stop-${i}`))?.building, `${i}幢`, `acknowledged write ${i} is on disk`)
      }
      await store.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
