/** 领办新项目 / 修改项目: the leading unit (a community, or the street serving some of its communities), the goal, the period and the milestones. */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { PageRoot } from '@/components/PageRoot'
import { StateView } from '@/components/StateView'
import { projectUrl, today } from '../../labels'
import './index.scss'

interface MilestoneRow {
  id?: string
  title: string
  due: string
  done?: boolean
}

export default function ProjectEdit() {
  const id = useRouter().params.id
  const res = useApi('projects', 'form', id ? { id } : {})
  const [unitId, setUnitId] = useState('')
  const [title, setTitle] = useState('')
  const [goal, setGoal] = useState('')
  const [communityIds, setCommunityIds] = useState<string[]>([])
  const [startDate, setStart] = useState(today())
  const [endDate, setEnd] = useState(today())
  const [milestones, setMilestones] = useState<MilestoneRow[]>([{ title: '', due: today() }])
  const { busy, run } = useAction()

  useEffect(() => {
    const d = res.data
    if (!d) return
    const p = d.project
    if (p) {
      setUnitId(p.unitId)
      setTitle(p.title)
      setGoal(p.goal)
      setCommunityIds(p.communityIds)
      setStart(p.startDate)
      setEnd(p.endDate)
      setMilestones(p.milestones.map((m) => ({ id: m.id, title: m.title, due: m.due, done: !!m.doneAt })))
    } else if (d.units[0]) {
      setUnitId(d.units[0].id)
      setCommunityIds(d.units[0].level === 'community' ? [d.units[0].id] : [])
    }
  }, [res.data])

  const d = res.data
  if (!d) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  if (d.units.length === 0) return <StateView empty emptyText='您不是社区或街道的书记、社工，不能领办项目' />
  const unit = d.units.find((u) => u.id === unitId) ?? d.units[0]
  const street = unit.level === 'street'
  const ready = title.trim() && goal.trim() && (!street || communityIds.length > 0) && milestones.every((m) => m.title.trim())
  const setRow = (i: number, row: Partial<MilestoneRow>) => setMilestones(milestones.map((m, j) => (j === i ? { ...m, ...row } : m)))

  const save = () =>
    run(
      () =>
        call('projects', 'save', {
          ...(id ? { id } : {}),
          unitId: unit.id,
          title,
          goal,
          ...(street ? { communityIds } : {}),
          startDate,
          endDate,
          milestones: milestones.map((m) => ({ ...(m.id ? { id: m.id } : {}), title: m.title, due: m.due })),
        }),
      { ok: id ? '已保存' : '已创建草稿，发布后开始招募认领', then: (p) => void Taro.redirectTo({ url: projectUrl(p.id) }) },
    )

  return (
    <PageRoot>
      <View className='card'>
        <View className='field'>
          <Text className='field-label'>领办单位</Text>
          <View className='row project-choices'>
            {d.units.map((u) => (
              <Text
                key={u.id}
                id={`edit-unit-${u.id}`}
                className={`tag ${unit.id === u.id ? 'tag-red' : 'tag-gray'} ${id ? 'is-fixed' : ''}`}
                onClick={() => {
                  if (id) return
                  setUnitId(u.id)
                  setCommunityIds(u.level === 'community' ? [u.id] : [])
                }}
              >
                {u.name}
              </Text>
            ))}
          </View>
        </View>
        {street && (
          <View className='field'>
            <Text className='field-label'>服务的社区（可多选）</Text>
            <View className='row project-choices'>
              {unit.communities.map((c) => (
                <Text
                  key={c.id}
                  id={`edit-community-${c.id}`}
                  className={`tag ${communityIds.includes(c.id) ? 'tag-red' : 'tag-gray'}`}
                  onClick={() => setCommunityIds(communityIds.includes(c.id) ? communityIds.filter((x) => x !== c.id) : [...communityIds, c.id])}
                >
                  {c.name}
                </Text>
              ))}
            </View>
          </View>
        )}
        <View className='field'>
          <Text className='field-label'>项目名称</Text>
          <Input id='edit-title' className='input' value={title} maxlength={40} placeholder='例如：老旧小区加装电梯·书记领航' onInput={(e) => setTitle(e.detail.value)} />
        </View>
        <View className='field'>
          <Text className='field-label'>项目目标</Text>
          <Textarea id='edit-goal' className='input textarea' value={goal} maxlength={500} placeholder='为谁解决什么问题，做到什么程度' onInput={(e) => setGoal(e.detail.value)} />
        </View>
        <View className='row project-dates'>
          <View className='field grow'>
            <Text className='field-label'>开始</Text>
            <Picker mode='date' value={startDate} onChange={(e) => setStart(String(e.detail.value))}>
              <View className='input' id='edit-start'>
                {startDate}
              </View>
            </Picker>
          </View>
          <View className='field grow'>
            <Text className='field-label'>结束</Text>
            <Picker mode='date' value={endDate} start={startDate} onChange={(e) => setEnd(String(e.detail.value))}>
              <View className='input' id='edit-end'>
                {endDate}
              </View>
            </Picker>
          </View>
        </View>
      </View>
      <Text className='section-title'>项目节点</Text>
      {milestones.map((m, i) => (
        <View key={m.id ?? `new-${i}`} className='card row project-milestone-row'>
          <Input id={`edit-milestone-${i}`} className='input grow' value={m.title} maxlength={40} placeholder='节点名称' disabled={m.done} onInput={(e) => setRow(i, { title: e.detail.value })} />
          <Picker mode='date' value={m.due} onChange={(e) => setRow(i, { due: String(e.detail.value) })}>
            <View className='input project-due'>{m.due}</View>
          </Picker>
          {m.done ? (
            <Text className='tag tag-green'>已完成</Text>
          ) : (
            <Text className='muted project-remove' onClick={() => setMilestones(milestones.filter((_, j) => j !== i))}>
              删除
            </Text>
          )}
        </View>
      ))}
      {milestones.length < 12 && (
        <Button id='edit-add-milestone' className='btn btn-plain' onClick={() => setMilestones([...milestones, { title: '', due: endDate }])}>
          添加节点
        </Button>
      )}
      <Button id='edit-save' className='btn btn-primary project-save' disabled={busy || !ready} loading={busy} onClick={() => void save()}>
        {id ? '保存修改' : '保存草稿'}
      </Button>
    </PageRoot>
  )
}
