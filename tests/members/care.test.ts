import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('members.setCare (关怀模式)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('is remembered per person: on for one, untouched for another, and can be turned off again', async () => {
    assert.equal((await h.ok('demo-resident', 'members', 'me', {})).care, undefined, 'nobody has chosen yet')
    assert.deepEqual(await h.ok('demo-resident', 'members', 'setCare', { care: true }), { care: true })
    assert.equal((await h.ok('demo-resident', 'members', 'me', {})).care, true)
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).care, undefined, 'another person keeps their own look')

    await h.ok('demo-member', 'members', 'setCare', { care: false })
    assert.equal((await h.ok('demo-member', 'members', 'me', {})).care, false)
    assert.equal((await h.ok('demo-resident', 'members', 'me', {})).care, true)

    await h.ok('demo-resident', 'members', 'setCare', { care: false })
    assert.equal((await h.ok('demo-resident', 'members', 'me', {})).care, false)
  })

  it('keeps the rest of the profile as it was', async () => {
    const before = await h.ok('demo-secretary', 'members', 'me', {})
    await h.ok('demo-secretary', 'members', 'setCare', { care: true })
    const after = await h.ok('demo-secretary', 'members', 'me', {})
    assert.deepEqual({ ...after, care: undefined }, { ...before, care: undefined })
  })

  it('refuses anything but true or false and stores nothing', async () => {
    for (const data of [{}, { care: 'yes' }, { care: 1 }, { care: true, name: '张三' }]) {
      await h.err('care-stranger', 'members', 'setCare', data, 'INVALID_INPUT')
    }
    assert.equal(await h.store.get('members', 'care-stranger'), null)
  })

  it('a first-time person tapping the switch many times at once ends with one document', async () => {
    const rs = await Promise.all(Array.from({ length: 12 }, (_, i) => h.call('care-new', 'members', 'setCare', { care: i % 2 === 0 })))
    assert.ok(rs.every((r) => r.ok))
    assert.equal(await h.store.count('members', { _id: 'care-new' }), 1)
    assert.equal(typeof (await h.ok('care-new', 'members', 'me', {})).care, 'boolean')
  })
})
