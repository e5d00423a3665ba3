/** 服务日程 (staff): a service's day — each slot with its bookings (phones masked; 查看电话 is audited); mark done, no-show, or cancel with a reason. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import type { BookingItem } from '@/domain/contracts/booking'
import { localDate } from '@/domain/time'
import { StateView } from '@/components/StateView'
import { showError } from '@/components/toast'
import { STATUS_NAMES } from '@/domain/booking/rules'
import { clock, dayLabel, STATUS_TAGS } from '../../labels'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

function Row({ b, onChange }: { b: BookingItem; onChange: () => void }) {
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  // the server refuses both before the start (TOO_EARLY); do not offer them yet
  const started = Date.now() >= Date.parse(b.startAt)
  const action = useAction()
  const run = (label: string, f: () => Promise<{ blockedUntil?: string } | unknown>) =>
    action.run(f, {
      confirm: { title: label, content: `${b.contact.name} 的预约：${label}？` },
      ok: (r) => ((r as { blockedUntil?: string })?.blockedUntil ? '已标记，此人已暂停预约 14 天' : '已更新'),
      then: onChange,
    })
  const reveal = () =>
    action.run(() => call('booking', 'contact', { bookingId: b.id }), {
      then: async (c) => {
        const lines = [`联系人 ${c.name} ${c.phone}`, ...(c.beneficiary ? [`服务对象 ${c.beneficiary.name} ${c.beneficiary.phone}`, c.beneficiary.address] : [])]
        const weapp = process.env.TARO_ENV === 'weapp'
        const r = await Taro.showModal({ title: '联系方式（已记录查看）', content: lines.join('\n'), confirmText: weapp ? '拨打' : '知道了', showCancel: weapp })
        if (weapp && r.confirm) await Taro.makePhoneCall({ phoneNumber: c.beneficiary?.phone ?? c.phone })
      },
    })
  return (
    <View className='day-booking' data-testid='day-booking' data-booking-id={b.id}>
      <View className='row'>
        <Text>
          {b.contact.name} {b.contact.phone}
        </Text>
        <Text className={`tag ${STATUS_TAGS[b.status]}`} data-testid='day-status'>
          {STATUS_NAMES[b.status]}
        </Text>
      </View>
      {b.beneficiary && (
        <Text className='muted day-line'>
          服务对象：{b.beneficiary.name} {b.beneficiary.phone} {b.beneficiary.address}
        </Text>
      )}
      {b.note && <Text className='muted day-line'>备注：{b.note}</Text>}
      <View className='row day-actions'>
        <Button className='btn btn-plain' size='mini' onClick={() => void reveal()}>
          查看电话
        </Button>
      </View>
      {b.status !== 'done' && (
        <View className='row day-actions'>
          {started ? (
            <Button className='btn' size='mini' data-testid='day-done' onClick={() => void run('标记完成', () => call('booking', 'markDone', { bookingId: b.id }))}>
              完成
            </Button>
          ) : (
            <Text className='muted' data-testid='day-not-started'>
              开始后可标记完成或未到
            </Text>
          )}
          {started && b.status === 'booked' && (
            <Button className='btn btn-plain' size='mini' data-testid='day-no-show' onClick={() => void run('标记未到', () => call('booking', 'markNoShow', { bookingId: b.id }))}>
              未到
            </Button>
          )}
          {b.status === 'booked' && (
            <Button className='btn btn-plain' size='mini' onClick={() => setCancelling(!cancelling)}>
              取消
            </Button>
          )}
        </View>
      )}
      {cancelling && (
        <View>
          <Textarea className='input textarea' value={reason} maxlength={200} placeholder='取消原因（会通知预约人）' onInput={(e) => setReason(e.detail.value)} />
          <Button
            className='btn'
            onClick={() =>
              reason.trim() ? void run('取消预约', () => call('booking', 'cancel', { bookingId: b.id, reason: reason.trim() })) : showError({ message: '请填写取消原因' })
            }
          >
            确认取消并通知
          </Button>
        </View>
      )}
    </View>
  )
}

export default function Day() {
  const services = useApi('booking', 'services', {})
  const params = useRouter().params
  const [picked, setPicked] = useState(decodeURIComponent(params.serviceId ?? ''))
  const serviceId = picked || services.data?.items[0]?.id || ''
  const [date, setDate] = useState(/^\d{4}-\d{2}-\d{2}$/.test(params.date ?? '') ? params.date! : localDate(Date.now()))
  const day = useApi('booking', 'day', { serviceId: serviceId || '-', date })
  const slots = serviceId ? day.data?.slots ?? [] : []
  const { me } = useMe()
  if (me && !hasRole(me, 'staff')) return <PageRoot><StateView empty emptyText='服务日程只对社区工作人员开放，您的预约请到“我的预约”查看' /></PageRoot>
  return (
    <PageRoot>
      <View className='day-services'>
        {(services.data?.items ?? []).map((s) => (
          <Text key={s.id} className={`day-service ${s.id === serviceId ? 'is-on' : ''}`} onClick={() => setPicked(s.id)}>
            {s.name}
          </Text>
        ))}
      </View>
      <View className='row'>
        <Picker mode='date' value={date} onChange={(e) => setDate(e.detail.value)}>
          <Text className='day-date'>{dayLabel(date)} ▾</Text>
        </Picker>
        <Text id='day-ratings' className='day-link' onClick={() => Taro.navigateTo({ url: `/packages/booking/pages/ratings/index?serviceId=${encodeURIComponent(serviceId)}` })}>
          查看评价 ›
        </Text>
      </View>
      <StateView loading={day.loading && !day.data} error={services.error ?? (serviceId ? day.error : undefined)} empty={!!day.data && slots.length === 0} emptyText='这一天不开放' onRetry={day.reload} />
      {slots.map((slot) => (
        <View key={slot.id} className='card'>
          <View className='row'>
            <Text className='card-title'>
              {clock(slot.startAt)}–{clock(slot.endAt)}
            </Text>
            <Text className='muted'>
              {slot.booked}/{slot.capacity}
              {slot.waiting ? ` · 候补 ${slot.waiting}` : ''}
            </Text>
          </View>
          {slot.bookings.length === 0 && <Text className='muted'>暂无预约</Text>}
          {slot.bookings.map((b) => (
            <Row key={b.id} b={b} onChange={() => void day.reload()} />
          ))}
        </View>
      ))}
    </PageRoot>
  )
}
