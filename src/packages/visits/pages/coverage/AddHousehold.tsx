/** 登记联系户: the grid's secretary (or staff) enters a household of a grid; it starts unassigned. */
import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction } from '@/api/hooks'
import type { HouseholdCard } from '@/domain/contracts/visits'
import { TAG_NAMES } from '../../labels'

type Tag = HouseholdCard['tags'][number]
const TAGS = Object.keys(TAG_NAMES) as Tag[]

export function AddHousehold({ grids, onDone, onClose }: { grids: { gridId: string; name: string }[]; onDone(): void; onClose(): void }) {
  const [gridId, setGridId] = useState(grids.length === 1 ? grids[0].gridId : '')
  const [f, setF] = useState({ building: '', unit: '', room: '', headName: '', phone: '' })
  const [tags, setTags] = useState<Tag[]>([])
  const { busy, run } = useAction()
  const set = (k: keyof typeof f) => (e: { detail: { value: string } }) => setF({ ...f, [k]: e.detail.value })
  const ready = gridId && f.building.trim() && f.headName.trim()

  const submit = () =>
    run(
      () =>
        call('visits', 'addHousehold', {
          gridId,
          building: f.building,
          headName: f.headName,
          ...(f.unit.trim() ? { unit: f.unit } : {}),
          ...(f.room.trim() ? { room: f.room } : {}),
          ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
          tags,
        }),
      { ok: '已登记，请分配联系党员', then: onDone },
    )

  const input = (k: keyof typeof f, label: string, placeholder: string, max: number) => (
    <View className='field'>
      <Text className='field-label'>{label}</Text>
      <Input id={`add-${k}`} className='input' value={f[k]} maxlength={max} placeholder={placeholder} onInput={set(k)} />
    </View>
  )

  return (
    <View className='card' id='add-household'>
      <View className='row'>
        <Text className='card-title grow'>登记联系户</Text>
        <Text className='muted' onClick={onClose}>
          取消
        </Text>
      </View>
      <View className='field'>
        <Text className='field-label'>所在网格</Text>
        <View className='row coverage-grids'>
          {grids.map((g) => (
            <Text key={g.gridId} id={`add-grid-${g.gridId}`} className={`tag ${gridId === g.gridId ? 'tag-red' : 'tag-gray'}`} onClick={() => setGridId(g.gridId)}>
              {g.name}
            </Text>
          ))}
        </View>
      </View>
      {input('building', '楼栋（必填）', '例如：5幢', 20)}
      {input('unit', '单元', '例如：1单元', 20)}
      {input('room', '门牌', '例如：101', 20)}
      {input('headName', '户主姓名（必填）', '户主姓名', 20)}
      {input('phone', '户主电话', '11 位手机号', 11)}
      <View className='field'>
        <Text className='field-label'>情况</Text>
        <View className='row coverage-grids'>
          {TAGS.map((t) => (
            <Text key={t} id={`add-tag-${t}`} className={`tag ${tags.includes(t) ? 'tag-red' : 'tag-gray'}`} onClick={() => setTags(tags.includes(t) ? tags.filter((x) => x !== t) : [...tags, t])}>
              {TAG_NAMES[t]}
            </Text>
          ))}
        </View>
      </View>
      <Text className='muted'>户主电话只给联系党员和网格、社区工作人员。</Text>
      <Button id='add-submit' className='btn btn-primary' disabled={busy || !ready} loading={busy} onClick={submit}>
        登记
      </Button>
    </View>
  )
}
