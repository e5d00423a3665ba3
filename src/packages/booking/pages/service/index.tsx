/** A service: what it is, and its slots day by day with places left; book or join the waitlist. */
import { useEffect, useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { addDays, localDate } from '@/domain/time'
import { AUDIENCE_NAMES } from '@/domain/booking/rules'
import { byDay, clock, dayLabel } from '../../labels'
import './index.scss'

export default function Service() {
  const id = decodeURIComponent(useRouter().params.id ?? '')
  const service = useApi('booking', 'service', { id })
  const [week, setWeek] = useState(0)
  const from = addDays(localDate(Date.now()), week * 7)
  const slots = useApi('booking', 'slots', { serviceId: id, from, to: addDays(from, 6) })
  const waits = useApi('booking', 'waits', {})
  const waitingFor = new Set((waits.data?.items ?? []).map((w) => w.slotId))
  const days = byDay(slots.data?.items ?? [])
  const [day, setDay] = useState<string | undefined>()
  // keep the chosen day across reloads (after joining a waitlist, coming back from booking)
  useEffect(() => setDay((d) => (d && days.some(([x]) => x === d) ? d : days[0]?.[0])), [slots.data])
  useDidShow(() => {
    void slots.reload()
    void waits.reload()
  })
  const shown = days.find(([d]) => d === day)?.[1] ?? []
  const s = service.data

  const { run } = useAction()
  const reload = () => Promise.all([slots.reload(), waits.reload()])
  const join = (slotId: string) => run(() => call('booking', 'waitlist', { slotId }), { ok: (r) => `已候补，第 ${r.position} 位`, then: reload })
  const leave = (slotId: string) =>
    run(() => call('booking', 'leaveWaitlist', { slotId }), { confirm: { title: '退出候补', content: '确定不再候补这个时段吗？' }, ok: '已退出候补', then: reload })

  return (
    <PageRoot>
      <StateView loading={service.loading && !s} error={service.error} onRetry={service.reload} />
      {s && (
        <View className='card'>
          <Text className='card-title'>{s.name}</Text>
          <Text className='tag'>{AUDIENCE_NAMES[s.audience]}</Text>
          <Text className='tag tag-gray'>{s.atHome ? '上门服务' : s.location}</Text>
          <Text className='service-desc'>{s.description}</Text>
          <Text className='muted'>
            {s.provider} · 开始前 {s.cancelCutoffMinutes / 60} 小时可自行取消
          </Text>
        </View>
      )}
      <Text className='section-title'>选择时间</Text>
      <View className='service-days'>
        {days.map(([d]) => (
          <Text key={d} className={`service-day ${d === day ? 'is-on' : ''}`} data-testid='day' onClick={() => setDay(d)}>
            {dayLabel(d)}
          </Text>
        ))}
      </View>
      <StateView loading={slots.loading && !slots.data} error={slots.error} empty={!!slots.data && days.length === 0} emptyText='这几天没有可预约的时段' onRetry={slots.reload} />
      {shown.map((slot) => (
        <View key={slot.id} className='card row' data-testid='slot' data-slot-id={slot.id}>
          <View className='grow'>
            <Text className='service-time'>
              {clock(slot.startAt)}–{clock(slot.endAt)}
            </Text>
            <Text className='muted' data-testid='slot-remaining'>
              {slot.remaining > 0 ? `剩余 ${slot.remaining} 个名额` : `已约满${slot.waiting ? ` · ${slot.waiting} 人候补` : ''}${waitingFor.has(slot.id) ? ' · 您在候补中' : ''}`}
            </Text>
          </View>
          {slot.remaining > 0 ? (
            <Button
              className='btn btn-primary service-btn'
              size='mini'
              data-testid='slot-book'
              onClick={() => Taro.navigateTo({ url: `/packages/booking/pages/book/index?slotId=${encodeURIComponent(slot.id)}&serviceId=${encodeURIComponent(id)}` })}
            >
              预约
            </Button>
          ) : waitingFor.has(slot.id) ? (
            <Button className='btn btn-plain service-btn' size='mini' data-testid='slot-leave' onClick={() => void leave(slot.id)}>
              退出候补
            </Button>
          ) : (
            <Button className='btn service-btn' size='mini' data-testid='slot-wait' onClick={() => void join(slot.id)}>
              候补
            </Button>
          )}
        </View>
      ))}
      <View className='row service-weeks'>
        <Button className='btn btn-plain grow' size='mini' disabled={week === 0} onClick={() => setWeek(week - 1)}>
          前 7 天
        </Button>
        <Button className='btn btn-plain grow' size='mini' disabled={week >= 4} onClick={() => setWeek(week + 1)}>
          后 7 天
        </Button>
      </View>
    </PageRoot>
  )
}
