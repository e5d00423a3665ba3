import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from '@jest/globals'
import { checkDatabase, checkFunctions, checkSecret, isSevenFieldCron, openapiUsed } from '../../scripts/deploy/checks'

function fakeFunction(dist: string, name: string, code: string, config: unknown) {
  mkdirSync(join(dist, name), { recursive: true })
  writeFileSync(join(dist, name, 'index.js'), code)
  writeFileSync(join(dist, name, 'package.json'), JSON.stringify({ dependencies: { 'wx-server-sdk': '~4.0.2' } }))
  writeFileSync(join(dist, name, 'config.json'), JSON.stringify(config))
}

describe('deploy dry-run checks', () => {
  it('timer triggers must be 7-field crons', () => {
    assert.equal(isSevenFieldCron('0 */5 * * * * *'), true)
    assert.equal(isSevenFieldCron('*/5 * * * *'), false)
  })

  it('openapi permissions must match what the bundle calls', () => {
    assert.deepEqual(openapiUsed('x.openapi.security.msgSecCheck(...)'), ['security.msgSecCheck'])
    const dist = mkdtempSync(join(tmpdir(), 'redpost-deploy-'))
    try {
      fakeFunction(dist, 'good', 'msgSecCheck subscribeMessage', { permissions: { openapi: ['security.msgSecCheck', 'subscribeMessage.send'] } })
      fakeFunction(dist, 'undeclared', 'msgSecCheck', { permissions: { openapi: [] } })
      fakeFunction(dist, 'sweeper', '', { permissions: { openapi: [] }, triggers: [{ name: 't', type: 'timer', config: '*/5 * * * *' }] })
      const byName = Object.fromEntries(checkFunctions(dist).map((c) => [c.name, c.ok]))
      assert.equal(byName['good: openapi permissions match use'], true)
      assert.equal(byName['undeclared: openapi permissions match use'], false)
      assert.equal(byName['sweeper: trigger t is a 7-field cron'], false)
    } finally {
      rmSync(dist, { recursive: true, force: true })
    }
  })

  it('the checked-in database rules deny every client read and write', () => {
    for (const c of checkDatabase(join(__dirname, '..', '..'))) assert.ok(c.ok, `${c.name}: ${c.detail}`)
  })

  it('a deploy without the signing secret fails: missing, blank or short; a long one passes', () => {
    for (const env of [{}, { REDPOST_SECRET: '  ' }, { REDPOST_SECRET: 'short-secret' }]) {
      const [c] = checkSecret(env)
      assert.equal(c.ok, false, JSON.stringify(env))
      assert.match(c.detail, /REDPOST_SECRET/)
    }
    assert.equal(checkSecret({ REDPOST_SECRET: 'x'.repeat(40) })[0].ok, true)
  })
})
