import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from '@jest/globals'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { seed } from '../../cloudfunctions/_local/seed'
import { backup, restore } from '../../scripts/backup'

describe('backup and restore', () => {
  it('a backup taken while writing restores to exactly what was backed up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redpost-bak-'))
    const live = join(dir, 'live.db')
    process.env.PORT = '1' // nothing listens there: restore may proceed
    try {
      const store = new SqliteStore(live)
      await seed(store, new Date('2026-11-24T02:00:00Z'))
      await store.update('members', 'demo-resident', { building: '备份前' })
      const file = await backup(live, join(dir, 'backups'))
      await store.update('members', 'demo-resident', { building: '备份后' })
      await store.close()

      await restore(file, live)
      const again = new SqliteStore(live)
      assert.equal((await again.get('members', 'demo-resident'))?.building, '备份前')
      await again.close()

      writeFileSync(join(dir, 'junk.db'), 'not a database')
      await assert.rejects(restore(join(dir, 'junk.db'), live))
      const still = new SqliteStore(live)
      assert.equal((await still.get('members', 'demo-resident'))?.building, '备份前', 'a bad file replaces nothing')
      await still.close()
    } finally {
      delete process.env.PORT
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
