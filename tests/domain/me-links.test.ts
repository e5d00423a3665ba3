import assert from 'node:assert/strict'
import { it } from '@jest/globals'
import { ME_LINKS, sectionOf } from '../../src/pages/me/links'

it('我的 tab: every entry has a unique id and a subpackage page, and work entries sit in 工作台', () => {
  assert.equal(new Set(ME_LINKS.map((l) => l.id)).size, ME_LINKS.length)
  for (const l of ME_LINKS) assert.match(l.url, /^\/packages\/[a-z]+\/pages\/[a-z-]+\/index(\?.*)?$/, l.id)
  assert.equal(sectionOf({ id: 'x', title: 'x', url: '/', roles: ['liaison'] }), '工作台')
  assert.equal(sectionOf({ id: 'x', title: 'x', url: '/', roles: ['member'] }), '党员')
  assert.equal(sectionOf({ id: 'x', title: 'x', url: '/' }), '我的')
})
