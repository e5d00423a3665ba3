/** 派单规则与时限 (admin): the default lead department per category, and the deadlines per priority. */
import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { PRIORITIES, PRIORITY_NAMES, type DeadlineSettings } from '@/domain/tickets/model'
import './index.scss'

function Routes({ editable }: { editable: boolean }) {
  const routes = useApi('tickets', 'routing', {})
  const depts = useApi('tickets', 'departments', {})
  const [items, setItems] = useState(routes.data?.items ?? [])
  useEffect(() => setItems(routes.data?.items ?? []), [routes.data])
  const { run } = useAction()

  const choose = (category: (typeof items)[number]['category'], departmentId: string) =>
    run(() => call('tickets', 'setRoute', { category, departmentId }), { ok: '已保存', then: (r) => setItems(r.items) })
  return (
    <View className='card'>
      <Text className='card-title'>默认牵头部门</Text>
      <StateView loading={routes.loading} error={routes.error ?? depts.error} onRetry={routes.reload} />
      {items.map((r) => (
        <View key={r.category} className='route-row'>
          <Text className='route-name'>{r.categoryName}</Text>
          <View className='chips'>
            {(depts.data?.items ?? []).map((d) => (
              <Text
                key={d.id}
                id={`route-${r.category}-${d.id}`}
                className={`chip ${r.departmentId === d.id ? 'chip-on' : ''}`}
                onClick={() => editable && r.departmentId !== d.id && void choose(r.category, d.id)}
              >
                {d.short}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}

function Limits({ editable }: { editable: boolean }) {
  const q = useApi('tickets', 'settings', {})
  const [form, setForm] = useState<DeadlineSettings | undefined>()
  const { busy: saving, run } = useAction()
  useEffect(() => setForm(q.data), [q.data])
  if (!form) return <PageRoot><StateView loading={q.loading} error={q.error} onRetry={q.reload} /></PageRoot>

  const num = (value: number, onChange: (n: number) => void, id: string) => (
    <Input id={id} className='input limit-input' type='digit' disabled={!editable} value={String(value)} onInput={(e) => onChange(Number(e.detail.value) || 0)} />
  )
  const save = () => run(() => call('tickets', 'updateSettings', form), { ok: '时限已更新，对之后的派单生效', then: setForm })
  return (
    <View className='card'>
      <Text className='card-title'>办理时限</Text>
      {PRIORITIES.map((p) => (
        <View key={p} className='limit-row'>
          <Text className='limit-label'>{PRIORITY_NAMES[p]}：报到（小时）</Text>
          {num(form.ackHours[p], (n) => setForm({ ...form, ackHours: { ...form.ackHours, [p]: n } }), `ack-${p}`)}
        </View>
      ))}
      {PRIORITIES.map((p) => (
        <View key={p} className='limit-row'>
          <Text className='limit-label'>{PRIORITY_NAMES[p]}：办结（天）</Text>
          {num(form.resolveDays[p], (n) => setForm({ ...form, resolveDays: { ...form.resolveDays, [p]: n } }), `resolve-${p}`)}
        </View>
      ))}
      <View className='limit-row'>
        <Text className='limit-label'>未评价自动关闭（天）</Text>
        {num(form.autoCloseDays, (n) => setForm({ ...form, autoCloseDays: n }), 'auto-close')}
      </View>
      {editable && (
        <Button id='limits-save' className='btn btn-primary' loading={saving} disabled={saving} onClick={save}>
          保存时限
        </Button>
      )}
    </View>
  )
}

export default function TicketSettings() {
  const { me } = useMe()
  const admin = hasRole(me, 'admin')
  return (
    <PageRoot>
      {!admin && <Text className='muted'>仅管理员可以修改，其他人只能查看。</Text>}
      <Routes editable={admin} />
      <Limits editable={admin} />
    </PageRoot>
  )
}
