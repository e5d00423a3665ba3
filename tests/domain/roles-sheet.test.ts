import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { MORE, sheetPage } from '../../src/packages/members/pages/roles/sheet'

const EIGHT = ['住建', '城管', '消防', '供电', '水务', '市场监管', '派出所', '街道']

describe('角色管理: choosing a liaison’s department from an action sheet of at most 6', () => {
  it('six or fewer fit on one sheet', () => {
    assert.deepEqual(sheetPage(EIGHT.slice(0, 6), 0), { labels: EIGHT.slice(0, 6), more: false })
  })
  it('eight departments: five and "more", then the other three — every one is reachable', () => {
    const first = sheetPage(EIGHT, 0)
    assert.deepEqual(first, { labels: [...EIGHT.slice(0, 5), MORE], more: true })
    assert.deepEqual(sheetPage(EIGHT, 5), { labels: ['市场监管', '派出所', '街道'], more: false })
    for (const p of [first, sheetPage(EIGHT, 5)]) assert.ok(p.labels.length <= 6)
  })
})
