import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { harness, type Harness } from '../helpers/harness'
import { BENEFICIARY, listedWish } from './helpers'

const PUBLIC = { display: '马** · 4幢', building: '4幢' }
const FULL = { display: '马** · 4幢', ...BENEFICIARY }
const CLAIMER = { display: '马** · 4幢', building: '4幢', phone: BENEFICIARY.phone, address: BENEFICIARY.address }

describe('wishes: privacy of the beneficiary', () => {
  let h: Harness
  let id: string
  before(async () => {
    h = await harness()
    id = await listedWish(h)
  })
  after(() => h.close())

  async function seen(openid: string) {
    const detail = await h.ok(openid, 'wishes', 'get', { id })
    const card = (await h.ok(openid, 'wishes', 'list', {})).items.find((w) => w.id === id)
    assert.ok(card, `${openid} sees the wish on the board`)
    assert.deepEqual(card.beneficiary, detail.beneficiary, 'list and detail agree')
    return detail
  }

  it('a listed wish: the public sees surname + building, staff and poster everything', async () => {
    for (const who of ['demo-member', 'm-zhou', 'demo-liaison-chengguan', 'stranger-7']) {
      const d = await seen(who)
      assert.deepEqual(d.beneficiary, PUBLIC, who)
      assert.equal(d.posterName, undefined, `${who} does not see who posted`)
      assert.ok(!JSON.stringify(d).includes(BENEFICIARY.phone), `${who} never gets the phone`)
      assert.ok(!JSON.stringify(d).includes('马桂芳'), `${who} never gets the full name`)
    }
    for (const who of ['demo-staff', 'demo-secretary', 'demo-resident']) {
      const d = await seen(who)
      assert.deepEqual(d.beneficiary, FULL, who)
      assert.equal(d.posterName, '王秀兰')
    }
  })

  it('the claimer gets the address and phone to serve, others still do not', async () => {
    await h.ok('m-zhou', 'wishes', 'claim', { id })
    assert.deepEqual((await seen('m-zhou')).beneficiary, CLAIMER)
    const mine = await h.ok('m-zhou', 'wishes', 'list', { scope: 'claimed' })
    assert.deepEqual(mine.items[0].beneficiary, CLAIMER)
    assert.deepEqual((await seen('demo-member')).beneficiary, PUBLIC)
    assert.deepEqual((await seen('demo-secretary')).beneficiary, FULL)
    await h.ok('m-zhou', 'wishes', 'release', { id })
    assert.deepEqual((await seen('m-zhou')).beneficiary, PUBLIC, 'released: back to public')
  })

  it('another community sees nothing of it', async () => {
    await h.err('m-yang', 'wishes', 'get', { id }, 'NOT_FOUND')
    assert.ok(!(await h.ok('m-yang', 'wishes', 'list', {})).items.some((w) => w.id === id))
    await h.err('m-yang', 'wishes', 'claim', { id }, 'NOT_FOUND')
  })
})
