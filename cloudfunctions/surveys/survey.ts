/** Survey documents, how they read in lists, who is looking, and the one transition into the machine. */
import type { z } from 'zod'
import type { surveyItem } from '../../src/domain/contracts/surveys'
import { gridOf } from '../../src/domain/bulletin/rules'
import { fail } from '../../src/domain/errors'
import { checkMove, type TimelineEntry } from '../../src/domain/machine'
import {
  answerWindow,
  canSee,
  closingDate,
  EDITOR_ROLES,
  SURVEY_MACHINE,
  type AnswerMap,
  type Question,
  type SurveyActor,
  type SurveyKind,
  type SurveyMove,
  type SurveyState,
} from '../../src/domain/surveys/rules'
import type { MemberDoc } from '../_runtime/identity'
import { applyTransition, type Applied, type Move, type MoveCtx } from '../_runtime/transition'
import type { Ctx } from '../_runtime/types'
import { gridsOf, type GridDoc } from '../bulletin/notices'

/** Audience value for the whole community; otherwise the survey holds a grid id. */
export const WHOLE_COMMUNITY = 'community'

export interface SurveyDoc {
  _id: string
  communityId: string
  title: string
  intro: string
  kind: SurveyKind
  /** 'community' or the grid id */
  audience: string
  gridId?: string
  questions: Question[]
  status: SurveyState
  /** the end of the closing day in Shanghai, UTC ISO */
  closesAt: string
  answerCount: number
  author: string
  authorName: string
  createdAt: string
  publishedAt?: string
  closedAt?: string
  version: number
  updatedAt: string
  timeline: TimelineEntry[]
  /** tally_<question>_<option|score|n> counters (rules.tallyField) */
  [k: string]: unknown
}

export interface AnswerDoc {
  _id: string
  surveyId: string
  communityId: string
  openid: string
  name?: string
  building?: string
  gridId?: string
  answers: AnswerMap
  /** bumped by each change; a change is conditioned on the revision it read */
  rev: number
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

export interface SurveyViewer {
  openid: string
  communityId: string
  editor: boolean
  gridId?: string
  member: MemberDoc | null
}

export function isEditor(ctx: Ctx): boolean {
  return ctx.caller.roles.some((r) => EDITOR_ROLES.includes(r))
}

/**
 * Who is looking, from the member document read with the caller; `grids` (the community's, read
 * alongside the survey) place someone who records a building but no grid.
 */
export function viewerOf(ctx: Ctx, grids: readonly GridDoc[]): SurveyViewer {
  const member = ctx.caller.member ?? null
  const gridId = member ? gridOf(member as { gridId?: string; building?: string }, grids) : undefined
  return { openid: ctx.caller.openid, communityId: ctx.caller.communityId, editor: isEditor(ctx), gridId, member }
}

/** The community's grids, to place the viewer (viewerOf) and name a survey's grid (namesOf). */
export function gridsHere(ctx: Ctx): Promise<GridDoc[]> {
  return gridsOf(ctx, ctx.caller.communityId)
}

/** The survey if the viewer may see it; NOT_FOUND otherwise. */
export function mustSee(s: SurveyDoc | null, v: SurveyViewer): SurveyDoc {
  if (!s || !canSee(s, v)) fail('NOT_FOUND', '这份问卷不存在，或不是发给您的')
  return s
}

/** The survey if the viewer may see it; NOT_FOUND otherwise (answer reads it again on each attempt). */
export async function visibleSurvey(ctx: Ctx, id: string, v: SurveyViewer): Promise<SurveyDoc> {
  return mustSee(await ctx.store.get<SurveyDoc>('surveys', id), v)
}

export function namesOf(grids: readonly GridDoc[]): Map<string, string> {
  return new Map(grids.map((g) => [g._id, g.name]))
}

export function toItem(s: SurveyDoc, now: Date, answered: boolean, grids: Map<string, string>): z.infer<typeof surveyItem> {
  return {
    id: s._id,
    title: s.title,
    kind: s.kind,
    status: s.status,
    statusName: SURVEY_MACHINE.names[s.status],
    gridId: s.gridId,
    gridName: s.gridId ? grids.get(s.gridId) : undefined,
    closesAt: s.closesAt,
    closesOn: closingDate(s.closesAt),
    open: answerWindow(s, now).ok,
    answerCount: s.answerCount,
    answered,
  }
}

/** Reads one counter of the survey document (absent = 0). */
export function counter(s: SurveyDoc): (field: string) => number {
  return (f) => (typeof s[f] === 'number' ? (s[f] as number) : 0)
}

/**
 * Every state change of a survey, through applyTransition: the machine checks who and from
 * which state; `extra` refuses further (e.g. a closing date already past) and adds the fields.
 */
export async function moveSurvey(
  ctx: Ctx,
  id: string,
  move: SurveyMove,
  opts: { note?: string; extra?: (s: SurveyDoc) => Move['patch'] } = {},
): Promise<Applied<SurveyDoc>> {
  const by = { openid: ctx.caller.openid, name: ctx.caller.name ?? '社区工作人员', communityId: ctx.caller.communityId, editor: isEditor(ctx) }
  return changeSurvey(ctx, id, move, by, opts)
}

/** The sweeper's moves (a closing date passed): the same machine, made by 'system'. */
export function moveSurveyAsSystem(deps: MoveCtx, id: string, move: SurveyMove, opts: { note?: string; extra?: (s: SurveyDoc) => Move['patch'] } = {}) {
  return changeSurvey(deps, id, move, 'system', opts)
}

type SurveyMover = 'system' | { openid: string; name: string; communityId: string; editor: boolean }

function changeSurvey(
  ctx: MoveCtx,
  id: string,
  move: SurveyMove,
  by: SurveyMover,
  opts: { note?: string; extra?: (s: SurveyDoc) => Move['patch'] },
): Promise<Applied<SurveyDoc>> {
  const actor: SurveyActor = by === 'system' ? 'system' : 'editor'
  return applyTransition<SurveyDoc>(
    ctx,
    {
      coll: 'surveys',
      stateField: 'status',
      notFound: '这份问卷不存在',
      visible: (s) => by === 'system' || s.communityId === by.communityId,
      decide: (s) => {
        const to = checkMove(SURVEY_MACHINE, move, s.status, (w) => w === actor && (by === 'system' || by.editor))
        const at = ctx.clock.now().toISOString()
        const note = opts.note ? { note: opts.note } : {}
        const entry: TimelineEntry =
          by === 'system' ? { at, by: 'system', byName: '系统', action: move, ...note } : { at, by: by.openid, byName: by.name, action: move, ...note }
        return { to, patch: opts.extra?.(s), entry }
      },
      busy: '问卷正在被别人修改，请刷新后重试',
    },
    id,
  )
}
