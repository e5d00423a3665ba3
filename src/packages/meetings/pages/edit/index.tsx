/** 安排会议 / 修改安排 (secretaries and staff): kind, title, time, place, agenda and who is invited. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import type { MeetingView } from '@/domain/contracts/meetings'
import { KIND_NAMES, KINDS, type MeetingKind } from '@/domain/meetings/rules'
import { addDays, localDate, local } from '@/domain/time'
import { Chips } from '@/components/Chips'
import { Invitees, type Chosen } from '../../components/Invitees'
import './index.scss'

const KIND_OPTIONS = KINDS.map((k) => ({ key: k, label: KIND_NAMES[k] }))

/** Changing a meeting loads it first; scheduling a new one starts empty. */
export default function Edit() {
  const id = useRouter().params.id ?? ''
  const { me, error } = useMe()
  if (!me) return <StateView loading={!error} error={error} />
  if (!hasRole(me, 'secretary', 'staff')) return <StateView empty emptyText='只有社区书记和社工可以安排会议' />
  return id ? <Existing id={id} /> : <Form />
}

function Existing({ id }: { id: string }) {
  const q = useApi('meetings', 'get', { id })
  if (!q.data) return <StateView loading={q.loading} error={q.error} onRetry={q.reload} />
  return <Form m={q.data} />
}

function Form({ m }: { m?: MeetingView }) {
  const id = m?.id
  const [kind, setKind] = useState<MeetingKind>(m?.kind ?? 'council')
  const [form, setForm] = useState({ title: m?.title ?? '', place: m?.place ?? '', agenda: (m?.agenda ?? []).filter((a) => !a.topicId).map((a) => a.title).join('\n') })
  const [date, setDate] = useState(m ? localDate(m.startAt) : addDays(localDate(Date.now()), 1))
  const [time, setTime] = useState(m ? local(m.startAt).format('HH:mm') : '19:00')
  const [invitees, setInvitees] = useState<Chosen[]>((m?.invitees ?? []).map((p) => ({ kind: p.kind, name: p.name, ...(p.openid ? { openid: p.openid } : {}) })))
  const { busy: saving, run } = useAction()

  function save() {
    const fields = {
      title: form.title,
      place: form.place,
      startAt: `${date}T${time}:00+08:00`,
      agenda: form.agenda.split('\n').map((s) => s.trim()).filter(Boolean),
      invitees: invitees.map((p) => (p.openid ? { kind: p.kind, openid: p.openid } : { kind: p.kind, name: p.name })),
    }
    return run(() => (id ? call('meetings', 'edit', { id, ...fields }) : call('meetings', 'schedule', { kind, ...fields })), {
      ok: id ? '已修改，已通知受邀人' : '已安排，已通知受邀人',
      then: (saved) => Taro.redirectTo({ url: `/packages/meetings/pages/detail/index?id=${encodeURIComponent(saved.id)}` }),
    })
  }

  return (
    <PageRoot>
      <View className='card'>
        {!id && (
          <View className='field'>
            <Text className='field-label'>会议类型</Text>
            <Chips<MeetingKind> name='kind' options={KIND_OPTIONS} selected={[kind]} onToggle={setKind} />
          </View>
        )}
        <View className='field'>
          <Text className='field-label'>会议名称</Text>
          <Input id='meeting-title' className='input' maxlength={40} value={form.title} placeholder='如：老旧小区加装电梯议事会' onInput={(e) => setForm({ ...form, title: e.detail.value })} />
        </View>
        <View className='field row'>
          <Picker mode='date' value={date} onChange={(e) => setDate(String(e.detail.value))}>
            <View id='meeting-date' className='input'>{date}</View>
          </Picker>
          <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
            <View id='meeting-time' className='input meeting-time'>{time}</View>
          </Picker>
        </View>
        <View className='field'>
          <Text className='field-label'>地点</Text>
          <Input id='meeting-place' className='input' maxlength={60} value={form.place} placeholder='如：党群服务中心二楼议事厅' onInput={(e) => setForm({ ...form, place: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>议程（每行一项；居民议题在详情页列入）</Text>
          <Textarea id='meeting-agenda' className='input textarea' maxlength={1200} value={form.agenda} onInput={(e) => setForm({ ...form, agenda: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>邀请参加：成员单位、兼职委员、居民代表</Text>
          <Invitees name='invitee' value={invitees} onChange={setInvitees} />
        </View>
        <Text className='muted'>保存后，受邀的本社区居民会收到会议通知。</Text>
        <Button id='meeting-save' className='btn btn-primary' loading={saving} disabled={saving || !form.title.trim() || !form.place.trim()} onClick={save}>
          {id ? '保存修改' : '安排会议'}
        </Button>
      </View>
    </PageRoot>
  )
}
