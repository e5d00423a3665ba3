import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { DEFAULT_READ, DEFAULT_WRITE, limitFor } from '../../cloudfunctions/_runtime/ratelimit'

describe('projects rate limits', () => {
  it('the pages’ reads are limited as reads, the moves as writes', () => {
    for (const a of ['list', 'get', 'form', 'teams', 'team', 'workers']) assert.deepEqual(limitFor('projects', a), DEFAULT_READ, a)
    for (const a of ['save', 'move', 'milestone', 'complete', 'claim', 'withdrawClaim', 'progress', 'joinTeam', 'leaveTeam', 'createTeam', 'logHours', 'decideHours']) {
      assert.deepEqual(limitFor('projects', a), DEFAULT_WRITE, a)
    }
  })
})
