import { tickets } from '../../../src/domain/contracts/tickets'
import { fail } from '../../../src/domain/errors'
import type { Command } from '../../../src/domain/tickets/machine'
import { action } from '../../_runtime/types'
import { runStep } from '../step'

/** The secretary accepts a new problem, rejects it with a reason, or resolves it in the community. */
export const triage = action({
  input: tickets.triage.input,
  roles: ['secretary'],
  handler: async (input, ctx) => {
    const reason = input.reason ?? ''
    if (input.decision !== 'accept' && !reason) fail('INVALID_INPUT', input.decision === 'reject' ? '不予受理时请写明原因' : '社区直接办结时请写明处理情况')
    const command: Command =
      input.decision === 'accept' ? { action: 'accept', note: reason || undefined } : input.decision === 'reject' ? { action: 'reject', reason } : { action: 'resolve_locally', note: reason }
    return runStep(ctx, input.id, command, [reason])
  },
})
