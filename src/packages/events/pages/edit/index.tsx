/** 发布 / 修改活动 (staff): title, theme, base, day and times (Shanghai), capacity, who may join, points. */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { StateView } from '@/components/StateView'
import { showError } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import { THEMES } from '@/domain/events/rules'
import { addDays, atLocal, local, localDate } from '@/domain/time'
import './index.scss'

export default function Edit() {
  const id = useRouter().params.id
  const { me, error: meError } = useMe()
  const bases = useApi('events', 'bases', {})
  const [f, setF] = useState({
    title: '',
    theme: THEMES[0] as string,
    baseId: '',
    day: addDays(localDate(Date.now()), 7),
    start: '19:00',
    end: '20:30',
    capacity: '30',
    openTo: 'members' as 'members' | 'all',
    points: '2',
    description: '',
  })
  const { busy, run } = useAction()
  const set = (k: keyof typeof f) => (v: string) => setF((o) => ({ ...o, [k]: v }))

  useEffect(() => {
    if (!id) return
    call('events', 'get', { id }).then(
      (e) =>
        setF({
          title: e.title,
          theme: e.theme,
          baseId: e.baseId,
          day: localDate(e.startAt),
          start: local(e.startAt).format('HH:mm'),
          end: local(e.endAt).format('HH:mm'),
          capacity: String(e.capacity),
          openTo: e.openTo,
          points: String(e.points),
          description: e.description,
        }),
      showError,
    )
  }, [id])

  const baseList = bases.data?.items ?? []
  const baseIndex = Math.max(0, baseList.findIndex((b) => b.id === f.baseId))

  const save = () =>
    run(
      () => {
        const data = {
          title: f.title,
          theme: f.theme,
          baseId: f.baseId || baseList[0]?.id || '',
          description: f.description,
          startAt: atLocal(f.day, f.start).toISOString(),
          endAt: atLocal(f.day, f.end).toISOString(),
          capacity: Number(f.capacity),
          openTo: f.openTo,
          points: Number(f.points),
        }
        return id ? call('events', 'update', { id, ...data }) : call('events', 'create', data)
      },
      { ok: id ? '已保存' : '已发布', then: (r) => Taro.redirectTo({ url: `/packages/events/pages/detail/index?id=${r.id}` }) },
    )

  if (!me) return <PageRoot><StateView loading={!meError} error={meError} /></PageRoot>
  if (!hasRole(me, 'secretary', 'staff')) return <PageRoot><StateView empty emptyText='只有社区书记和社工可以发布和修改活动' /></PageRoot>
  if (!bases.data) return <PageRoot><StateView loading={bases.loading} error={bases.error} onRetry={bases.reload} /></PageRoot>
  return (
    <PageRoot>
      <Text className='ev-hint' id='see-themes' onClick={() => Taro.navigateTo({ url: '/packages/events/pages/themes/index' })}>
        参考党员提议的主题排行 ›
      </Text>
      <View className='field'>
        <Text className='field-label'>活动名称</Text>
        <Input className='input' id='ev-title' value={f.title} maxlength={40} onInput={(v) => set('title')(v.detail.value)} />
      </View>
      <Picker mode='selector' range={[...THEMES]} value={Math.max(0, THEMES.indexOf(f.theme as (typeof THEMES)[number]))} onChange={(v) => set('theme')(THEMES[Number(v.detail.value)])}>
        <View className='field'><Text className='field-label'>主题</Text><Text className='input'>{f.theme}</Text></View>
      </Picker>
      <Picker mode='selector' range={baseList.map((b) => b.name)} value={baseIndex} onChange={(v) => set('baseId')(baseList[Number(v.detail.value)].id)}>
        <View className='field'><Text className='field-label'>阵地</Text><Text className='input'>{baseList[baseIndex]?.name ?? '请选择'}</Text></View>
      </Picker>
      <Picker mode='date' value={f.day} onChange={(v) => set('day')(v.detail.value)}>
        <View className='field'><Text className='field-label'>日期</Text><Text className='input'>{f.day}</Text></View>
      </Picker>
      <View className='row'>
        <Picker mode='time' value={f.start} onChange={(v) => set('start')(v.detail.value)}>
          <View className='field'><Text className='field-label'>开始</Text><Text className='input'>{f.start}</Text></View>
        </Picker>
        <Picker mode='time' value={f.end} onChange={(v) => set('end')(v.detail.value)}>
          <View className='field'><Text className='field-label'>结束</Text><Text className='input'>{f.end}</Text></View>
        </Picker>
      </View>
      <View className='row'>
        <View className='field'>
          <Text className='field-label'>名额</Text>
          <Input className='input' id='ev-capacity' type='number' value={f.capacity} onInput={(v) => set('capacity')(v.detail.value)} />
        </View>
        <View className='field'>
          <Text className='field-label'>积分</Text>
          <Input className='input' id='ev-points' type='number' value={f.points} onInput={(v) => set('points')(v.detail.value)} />
        </View>
      </View>
      <View className='field row'>
        <Text className='field-label'>谁可以参加</Text>
        <Text className={`tag ${f.openTo === 'members' ? 'tag-red' : 'tag-gray'}`} onClick={() => set('openTo')('members')}>仅党员</Text>
        <Text className={`tag ${f.openTo === 'all' ? 'tag-red' : 'tag-gray'}`} onClick={() => set('openTo')('all')}>党员和居民</Text>
      </View>
      <View className='field'>
        <Text className='field-label'>活动介绍</Text>
        <Textarea className='input' id='ev-desc' value={f.description} maxlength={1000} onInput={(v) => set('description')(v.detail.value)} />
      </View>
      <Button className='btn btn-primary' id='ev-save' disabled={busy || !f.title.trim()} onClick={save}>{id ? '保存修改' : '发布到菜单'}</Button>
    </PageRoot>
  )
}
