import { randomUUID } from 'node:crypto'
import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { PROJECT_MACHINE } from '../../../src/domain/projects/machine'
import { leads } from '../../../src/domain/projects/rules'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, NOT_FOUND, PROJECTS, UPDATES, viewerOf, whoIs, workingTeams, type ProjectDoc, type UpdateDoc } from '../project'

/** The leader or a member of a claiming 服务队 posts progress (a note and photos) on a project under way. */
export const progress = action({
  input: projects.progress.input,
  roles: ['member', 'secretary', 'staff'],
  handler: async (input, ctx) => {
    const p = await ctx.store.get<ProjectDoc>(PROJECTS, input.projectId)
    if (!p) fail('NOT_FOUND', NOT_FOUND)
    const lead = leads(viewerOf(ctx.caller), p)
    const worker = lead ? true : (await workingTeams(ctx, p._id, ctx.caller.openid)).length > 0
    checkMove(PROJECT_MACHINE, 'progress', p.state, whoIs(ctx.caller, p, { worker }))
    await ctx.services.checkText([input.note], ctx.caller)
    const doc: UpdateDoc = {
      _id: randomUUID(),
      projectId: p._id,
      communityId: ctx.caller.communityId,
      by: ctx.caller.openid,
      byName: displayName(ctx.caller),
      note: input.note,
      photos: input.photos ?? [],
      at: ctx.clock.now().toISOString(),
    }
    await insertWith(ctx, UPDATES, doc, {})
    return { id: doc._id, at: doc.at, byName: doc.byName, note: doc.note, photos: doc.photos }
  },
})
