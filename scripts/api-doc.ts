/**
 * Writes docs/api.md from the code: every function's actions, who may call them, and their input
 * fields, taken from the registry and the zod contracts — so the summary cannot drift from the
 * source of truth. `npm run api-doc`; a test fails when docs/api.md is stale.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { FUNCTIONS } from '../cloudfunctions/registry'
import { ROLE_NAMES } from '../src/domain/roles'

export const API_DOC = join(__dirname, '..', 'docs', 'api.md')

function fields(schema: z.ZodType): string {
  let s: z.ZodType = schema
  // unwrap refinements/pipes to the object
  for (let i = 0; i < 5 && !(s instanceof z.ZodObject); i++) {
    const def = (s as unknown as { def: { in?: z.ZodType; innerType?: z.ZodType; schema?: z.ZodType } }).def
    const next = def.in ?? def.innerType ?? def.schema
    if (!next) break
    s = next
  }
  if (!(s instanceof z.ZodObject)) return '—'
  const keys = Object.entries(s.shape as Record<string, z.ZodType>).map(([k, v]) => (v.safeParse(undefined).success ? `${k}?` : k))
  return keys.length ? `\`{${keys.join(', ')}}\`` : '`{}`'
}

export function renderApiDoc(): string {
  const lines = [
    '# API (generated)',
    '',
    'Written by `npm run api-doc` from `cloudfunctions/registry.ts` and `src/domain/contracts/`; do not edit by hand.',
    'Every call is `{action, data}` → `{ok:true, data}` | `{ok:false, error:{code, message, details?}}`;',
    'locally `POST /api/<function>` with the caller in `x-redpost-openid`. `?` marks an optional field.',
    '',
  ]
  for (const [fn, actions] of Object.entries(FUNCTIONS)) {
    lines.push(`## ${fn}`, '', '| action | who | data |', '|---|---|---|')
    for (const [name, a] of Object.entries(actions)) {
      const who = a.roles === 'anyone' ? '任何人' : (a.roles as (keyof typeof ROLE_NAMES)[]).map((r) => ROLE_NAMES[r]).join('、')
      lines.push(`| \`${name}\` | ${who} | ${fields(a.input)} |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

if (require.main === module) {
  writeFileSync(API_DOC, renderApiDoc())
  console.log(`wrote ${API_DOC}`)
}
