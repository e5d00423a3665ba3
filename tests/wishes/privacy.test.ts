import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { BENEFICIARY, listedWish } from './helpers'

const PUBLIC = { display: '马** · 4幢', building: '4幢' }
const STAFF_CARD = { display: '马** · 4幢', name: BENEFICIARY.name, building: '4幢' }
const FULL = { display: '马** · 4幢', ...BENEFICIARY }
const CLAIMER = { display: '马** · 4幢', building: '4幢', phone: BENEFICIARY.phone, address: BENEFICIARY.address }

describe('wishes: privacy of the beneficiary', () => {
  let h: Harness
  let id: string
  let approvalReads: number
  beforeAll(async () => {
    h = await harness()
    id = await listedWish(h)
    approvalReads = (await contactReads()).length
  })
  afterAll(() => h.close())

  const card = async (openid: string, scope: 'public' | 'claimed' = 'public') => {
    const found = (await h.ok(openid, 'wishes', 'list', { scope })).items.find((w) => w.id === id)
    assert.ok(found, `${openid} sees the wish in ${scope}`)
    return found.beneficiary
  }
  const detail = (openid: string) => h.ok(openid, 'wishes', 'get', { id })
  const contactReads = async () => (await h.store.query('audit', { where: { target: `wish:${id}` } })).items.filter((a) => a.action === 'readContact')

  it('the public sees surname + building in lists and details, never the poster or contacts', async () => {
    for (const who of ['demo-member', 'm-zhou', 'demo-liaison-chengguan', 'stranger-7']) {
      assert.deepEqual(await card(who), PUBLIC, who)
      const d = await detail(who)
      assert.deepEqual(d.beneficiary, PUBLIC, who)
      assert.equal(d.posterName, undefined, `${who} does not see who posted`)
      const text = JSON.stringify(d)
      for (const secret of [BENEFICIARY.phone, BENEFICIARY.name, BENEFICIARY.address, '王秀兰']) {
        assert.ok(!text.includes(secret), `${who} never gets ${secret}`)
      }
    }
    assert.equal(approvalReads, 1, 'staff approving got the contact, audited')
    assert.equal((await contactReads()).length, approvalReads, 'public reads are not contact reads')
  })

  it('staff and the poster see the name in lists, contacts only in the detail; staff reads are audited', async () => {
    for (const who of ['demo-staff', 'demo-secretary', 'demo-resident']) {
      assert.deepEqual(await card(who), STAFF_CARD, who)
      const d = await detail(who)
      assert.deepEqual(d.beneficiary, FULL, who)
      assert.equal(d.posterName, '王秀兰')
    }
    const reads = (await contactReads()).map((r) => r.by).sort()
    assert.deepEqual(reads, ['demo-secretary', 'demo-staff', 'demo-staff'], 'approval + one detail each; the poster reading their own wish is not audited')
  })

  it('the claimer gets the address and phone to serve, others still do not', async () => {
    const claimed = await h.ok('m-zhou', 'wishes', 'claim', { id })
    assert.deepEqual(claimed.beneficiary, CLAIMER)
    assert.deepEqual((await detail('m-zhou')).beneficiary, CLAIMER)
    assert.deepEqual(await card('m-zhou', 'claimed'), PUBLIC, 'lists carry no contacts')
    assert.deepEqual((await detail('demo-member')).beneficiary, PUBLIC)
    assert.ok((await contactReads()).some((r) => r.by === 'm-zhou'))
    await h.ok('m-zhou', 'wishes', 'release', { id })
    assert.deepEqual((await detail('m-zhou')).beneficiary, PUBLIC, 'released: back to public')
  })

  it('another community sees nothing of it', async () => {
    await h.err('m-yang', 'wishes', 'get', { id }, 'NOT_FOUND')
    assert.ok(!(await h.ok('m-yang', 'wishes', 'list', {})).items.some((w) => w.id === id))
    await h.err('m-yang', 'wishes', 'claim', { id }, 'NOT_FOUND')
  })

  it('a poster who deletes their data is no longer named on their wishes', async () => {
    await h.ok('demo-resident', 'members', 'deleteMine', { confirm: true })
    assert.equal((await detail('demo-staff')).posterName, '已注销用户')
    const exported = await h.ok('demo-member', 'members', 'exportMine', {})
    assert.ok(exported.records.some((r) => r.collection === 'wishes' && r.label === '我认领的微心愿'))
  })
})
