import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('党群服务阵地', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it("a resident sees her community's points first, then the street's; nothing of another community or street", async () => {
    const { items } = await h.ok('demo-resident', 'bulletin', 'points', {})
    assert.deepEqual(items.map((p) => p.id), ['sp-wanghu-center', 'sp-hongfeng-center'])
    assert.equal(items[1].unitName, '红枫街道')
    assert.equal(items[1].level, 'street')
    assert.equal(items[0].kindName, '党群服务中心')
  })

  it("云溪's resident sees 云溪's station and 白云街道's centre", async () => {
    const { items } = await h.ok('demo-resident-yunxi', 'bulletin', 'points', {})
    assert.deepEqual(items.map((p) => p.id), ['sp-yunxi-station', 'sp-baiyun-center'])
  })

  it("the street's secretary sees every point of the street", async () => {
    const { items } = await h.ok('demo-street-secretary', 'bulletin', 'points', {})
    assert.deepEqual(items.map((p) => p.id).sort(), ['sp-hepan-property', 'sp-hongfeng-center', 'sp-wanghu-center', 'sp-xincheng-station'])
  })
})
