import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { ancestorsOf, communitiesUnder, heldRoles, scopeOf, streetHeld, streetOf, unitLabel, unitsUnder, type UnitTree } from '../../src/domain/units'

const tree: UnitTree = {
  d: { id: 'd', name: '明州区', level: 'district' },
  s1: { id: 's1', name: '红枫街道', level: 'street', parentId: 'd' },
  s2: { id: 's2', name: '白云街道', level: 'street', parentId: 'd' },
  a: { id: 'a', name: '望湖社区', level: 'community', parentId: 's1' },
  b: { id: 'b', name: '河畔社区', level: 'community', parentId: 's1' },
  c: { id: 'c', name: '云溪社区', level: 'community', parentId: 's2' },
  g: { id: 'g', name: '望湖第一网格', level: 'grid', parentId: 'a' },
}
const sorted = (xs: string[]) => [...xs].sort()

describe('units: the tree', () => {
  it('walks up and down', () => {
    assert.deepEqual(ancestorsOf(tree, 'g'), ['a', 's1', 'd'])
    assert.deepEqual(sorted(unitsUnder(tree, 's1')), ['a', 'b', 'g', 's1'])
    assert.deepEqual(sorted(communitiesUnder(tree, 'd')), ['a', 'b', 'c'])
    assert.equal(streetOf(tree, 'g'), 's1')
    assert.equal(streetOf(tree, 's2'), 's2')
    assert.equal(streetOf(tree, 'd'), undefined)
    assert.equal(unitLabel(tree, 'b'), '红枫街道 · 河畔社区')
    assert.equal(unitLabel(tree, 's2'), '白云街道')
  })

  it('a broken tree with a cycle does not hang', () => {
    const loop: UnitTree = { x: { id: 'x', name: 'X', level: 'street', parentId: 'y' }, y: { id: 'y', name: 'Y', level: 'street', parentId: 'x' } }
    assert.deepEqual(ancestorsOf(loop, 'x'), ['y'])
    assert.deepEqual(sorted(unitsUnder(loop, 'x')), ['x', 'y'])
  })
})

describe('units: roles held in a unit and the scope of a call', () => {
  it('roles written before units are held in the home community; a liaison in its street; an admin at the top', () => {
    assert.deepEqual(heldRoles(tree, { roles: ['resident', 'secretary', 'liaison', 'admin'], communityId: 'a' }), [
      { role: 'secretary', unitId: 'a' },
      { role: 'liaison', unitId: 's1' },
      { role: 'admin', unitId: 'd' },
    ])
    assert.deepEqual(heldRoles(tree, { roles: ['secretary'], unitRoles: [{ role: 'staff', unitId: 's2' }], communityId: 'a' }), [{ role: 'staff', unitId: 's2' }], 'unitRoles win once written')
  })

  it("a street secretary acts on every community of the street and sees the district's; a community secretary on hers", () => {
    const street = scopeOf(tree, [{ role: 'secretary', unitId: 's1' }], 'c', ['secretary'])
    assert.deepEqual(sorted(street.act), ['a', 'b', 's1'], 'grids hold no documents: they stay out of the lists')
    assert.deepEqual(sorted(street.see), ['a', 'b', 'd', 's1'])
    const community = scopeOf(tree, [{ role: 'secretary', unitId: 'b' }], 'b', ['secretary', 'staff'])
    assert.deepEqual(sorted(community.act), ['b'])
    assert.deepEqual(sorted(community.see), ['b', 'd', 's1'])
  })

  it("only the units where the caller holds the action's roles count; the home community for anyone's actions", () => {
    const held = [{ role: 'secretary' as const, unitId: 'b' }, { role: 'member' as const, unitId: 'c' }]
    assert.deepEqual(sorted(scopeOf(tree, held, 'c', ['secretary']).act), ['b'], "a member's community is not a secretary's")
    assert.deepEqual(sorted(scopeOf(tree, held, 'c', ['member']).act), ['c'])
    assert.deepEqual(sorted(scopeOf(tree, held, 'c', 'anyone').act), ['b', 'c'])
    assert.deepEqual(scopeOf(tree, held, 'c', ['admin']).act, [], 'no admin role: nothing to act on')
  })

  it('names the street where someone holds a street role', () => {
    assert.equal(streetHeld(tree, [{ role: 'staff', unitId: 's2' }]), 's2')
    assert.equal(streetHeld(tree, [{ role: 'secretary', unitId: 'a' }]), undefined)
    assert.equal(streetHeld(tree, [{ role: 'member', unitId: 's1' }]), undefined)
  })
})
