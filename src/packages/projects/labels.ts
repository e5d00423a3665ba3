/** Words and small helpers the 书记领航 pages share. */
import type { ProjectCard } from '@/domain/contracts/projects'
import { formatLocal, localDate } from '@/domain/time'

export const STATE_TAGS: Record<ProjectCard['state'], string> = { draft: 'tag-gray', open: 'tag-red', in_progress: 'tag-red', done: 'tag-green', cancelled: 'tag-gray' }

export const MOVE_NAMES: Record<string, string> = { publish: '发布，开始招募认领', start: '开始推进', cancel: '取消项目' }

export const ACTION_NAMES: Record<string, string> = {
  create: '创建项目',
  edit: '修改项目',
  publish: '发布招募',
  start: '开始推进',
  milestone: '节点完成',
  complete: '项目完成',
  cancel: '取消项目',
}

export const projectUrl = (id: string) => `/packages/projects/pages/detail/index?id=${encodeURIComponent(id)}`
export const teamUrl = (id: string) => `/packages/projects/pages/team/index?id=${encodeURIComponent(id)}`

export const day = (at: string) => formatLocal(at, false).split(' ')[0]

/** Today in the community (YYYY-MM-DD): the latest date hours may carry. */
export const today = () => localDate(new Date())
