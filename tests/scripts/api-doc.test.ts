import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { it } from '@jest/globals'
import { API_DOC, renderApiDoc } from '../../scripts/api-doc'

it('docs/api.md is in step with the registry and the contracts (npm run api-doc rewrites it)', () => {
  assert.equal(readFileSync(API_DOC, 'utf8'), renderApiDoc(), 'docs/api.md is stale: run npm run api-doc')
})
