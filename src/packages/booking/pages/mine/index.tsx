/** 我的预约: my bookings, latest first; cancel with a reason before the cut-off; rate once served. */
import { useState } from 'react'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, usePaged } from '@/api/hooks'
import type { BookingItem, WaitItem } from '@/domain/contracts/booking'
import { ListEnd, StateView } from '@/components/StateView'
import { showError } from '@/components/toast'
import { STATUS_NAMES } from '@/domain/booking/rules'
import { slotLabel, STATUS_TAGS } from '../../labels'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

function CancelForm({ b, onDone }: { b: BookingItem; onDone: () => void }) {
  const [reason, setReason] = useState('')
  const { run } = useAction()
  function submit() {
    if (!reason.trim()) return showError({ message: '请填写取消原因，方便工作人员安排' })
    return run(() => call('booking', 'cancel', { bookingId: b.id, reason: reason.trim() }), {
      confirm: { title: '取消预约', content: `确定取消「${b.serviceName}」${slotLabel(b.startAt, b.endAt)} 的预约吗？` },
      ok: '已取消',
      then: onDone,
    })
  }
  return (
    <View className='mine-form'>
      <Textarea className='input textarea' id='cancel-reason' value={reason} maxlength={200} placeholder='取消原因（必填）' onInput={(e) => setReason(e.detail.value)} />
      <Button className='btn' id='cancel-confirm' onClick={submit}>
        确认取消
      </Button>
    </View>
  )
}

function RateForm({ b, onDone }: { b: BookingItem; onDone: () => void }) {
  const [score, setScore] = useState(5)
  const [comment, setComment] = useState('')
  const { run } = useAction()
  const submit = () => run(() => call('booking', 'rate', { bookingId: b.id, score, ...(comment.trim() ? { comment: comment.trim() } : {}) }), { ok: '感谢评价', then: onDone })
  return (
    <View className='mine-form'>
      <View className='mine-stars'>
        {[1, 2, 3, 4, 5].map((n) => (
          <Text key={n} className={`mine-star ${n <= score ? 'is-on' : ''}`} data-testid={`star-${n}`} onClick={() => setScore(n)}>
            ★
          </Text>
        ))}
      </View>
      <Textarea className='input textarea' value={comment} maxlength={200} placeholder='说说您的感受（选填）' onInput={(e) => setComment(e.detail.value)} />
      <Button className='btn btn-primary' data-testid='rate-submit' onClick={submit}>
        提交评价
      </Button>
    </View>
  )
}

/** Slots I wait for: leave a waitlist I no longer need, so the place goes to the next person. */
function Waits({ items, onLeft }: { items: WaitItem[]; onLeft: () => void }) {
  const { run } = useAction()
  const leave = (w: WaitItem) =>
    run(() => call('booking', 'leaveWaitlist', { slotId: w.slotId }), {
      confirm: { title: '退出候补', content: `确定不再候补「${w.serviceName}」${slotLabel(w.startAt, w.endAt)} 吗？` },
      ok: '已退出候补',
      then: onLeft,
    })
  return (
    <View>
      {items.map((w) => (
        <View key={w.slotId} className='card' data-testid='wait' data-slot-id={w.slotId}>
          <View className='row'>
            <Text className='card-title'>{w.serviceName}</Text>
            <Text className='tag tag-gray'>候补中</Text>
          </View>
          <Text className='mine-time'>{slotLabel(w.startAt, w.endAt)}</Text>
          <Text className='muted'>有人取消时按候补顺序自动转为预约，并通知您</Text>
          <View className='row mine-actions'>
            <Button className='btn btn-plain' size='mini' data-testid='wait-leave' onClick={() => void leave(w)}>
              退出候补
            </Button>
          </View>
        </View>
      ))}
    </View>
  )
}

export default function Mine() {
  const list = usePaged('booking', 'mine', {})
  const waits = useApi('booking', 'waits', {})
  const [open, setOpen] = useState<{ id: string; kind: 'cancel' | 'rate' } | null>(null)
  useReachBottom(() => list.loadMore())
  useDidShow(() => {
    void list.reload()
    void waits.reload()
  })
  const waiting = waits.data?.items ?? []
  const done = () => {
    setOpen(null)
    void list.reload()
  }
  return (
    <PageRoot>
      <StateView
        loading={list.loading && list.items.length === 0}
        error={list.error}
        empty={list.done && list.items.length === 0 && waiting.length === 0}
        emptyText='还没有预约，去“服务”看看吧'
        onRetry={list.reload}
      />
      <Waits items={waiting} onLeft={() => void waits.reload()} />
      {list.items.map((b) => (
        <View key={b.id} className='card' data-testid='booking' data-booking-id={b.id}>
          <View className='row'>
            <Text className='card-title'>{b.serviceName}</Text>
            <Text className={`tag ${STATUS_TAGS[b.status]}`} data-testid='booking-status'>
              {STATUS_NAMES[b.status]}
            </Text>
          </View>
          <Text className='mine-time'>{slotLabel(b.startAt, b.endAt)}</Text>
          <Text className='muted'>
            联系人 {b.contact.name} {b.contact.phone}
            {b.beneficiary ? ` · 为 ${b.beneficiary.name}（${b.beneficiary.address}）预约` : ''}
            {b.fromWaitlist ? ' · 候补转正' : ''}
          </Text>
          {b.note && <Text className='muted mine-line'>备注：{b.note}</Text>}
          {b.cancelReason && <Text className='muted mine-line'>取消原因：{b.cancelReason}</Text>}
          {b.rating && <Text className='muted mine-line'>我的评价：{'★'.repeat(b.rating.score)} {b.rating.comment ?? ''}</Text>}
          <View className='row mine-actions'>
            {b.canCancel && (
              <Button className='btn btn-plain' size='mini' data-testid='cancel-open' onClick={() => setOpen({ id: b.id, kind: 'cancel' })}>
                取消预约
              </Button>
            )}
            {b.canRate && (
              <Button className='btn' size='mini' onClick={() => setOpen({ id: b.id, kind: 'rate' })}>
                评价服务
              </Button>
            )}
          </View>
          {open?.id === b.id && (open.kind === 'cancel' ? <CancelForm b={b} onDone={done} /> : <RateForm b={b} onDone={done} />)}
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
