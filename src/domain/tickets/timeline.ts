/** The timeline in plain language, as the resident reads it. */
import { formatLocal } from '../time'
import type { TimelineEntry } from './model'

export function describeEntry(e: TimelineEntry, deptName: (id: string) => string): string {
  const dept = e.departmentId ? deptName(e.departmentId) : '相关部门'
  const who = e.byName ?? '社区'
  switch (e.action) {
    case 'submit':
      return `${e.byName ?? '居民'}反映了这个问题`
    case 'accept':
      return '社区已受理，正在安排处理'
    case 'reject':
      return `社区未予受理：${e.note ?? ''}`
    case 'resolve_locally':
      return `社区已直接处理：${e.note ?? ''}`
    case 'whistle': {
      const names = (e.departmentIds ?? []).map(deptName)
      const lead = names[0] ?? '相关部门'
      const co = names.slice(1)
      const deadline = e.deadline ? `，要求${formatLocal(e.deadline, false)}前报到` : ''
      return `社区书记“吹哨”，请${lead}牵头${co.length ? `、${co.join('、')}协同` : ''}办理${deadline}`
    }
    case 'acknowledge':
      return `${dept}已报到，接手这个问题`
    case 'progress':
      return `${dept}反馈进展：${e.note ?? ''}`
    case 'resolve':
      return `${dept}表示已办结：${e.note ?? ''}`
    case 'request_transfer':
      return `${dept}认为不属于本部门职责，申请转派：${e.note ?? ''}`
    case 'verify_accept':
      return '社区已到现场核验，确认问题解决，请您评价'
    case 'verify_reject':
      return `社区核验发现问题还没解决，已退回重新办理：${e.note ?? ''}`
    case 'rate':
      return `评价 ${e.score ?? ''} 星${e.note ? `：${e.note}` : ''}`
    case 'remind_ack':
      return `系统提醒${dept}尽快报到`
    case 'escalate_ack':
      return `${dept}报到超时，已报告部门负责人和街道督办`
    case 'remind_resolve':
      return `系统提醒${dept}抓紧办理`
    case 'escalate_resolve':
      return `${dept}办理超时，已报告部门负责人和街道督办`
    case 'remind_rate':
      return '系统提醒您对办理结果进行评价'
    case 'auto_close':
      return '到期未评价，按“默认满意”关闭'
    default:
      return e.action
  }
}
