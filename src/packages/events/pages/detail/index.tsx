/** 活动详情: place, time, places left, who may join; sign up / cancel; staff tools; rating after attending. */
import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { formatTime } from '@/components/format'
import { StateView } from '@/components/StateView'
import { mayCancelSignup } from '@/domain/events/rules'
import { showError } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

const SIGNUP_TEXT = { confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消报名' } as const

export default function Detail() {
  const id = useRouter().params.id ?? ''
  const { me } = useMe()
  const ev = useApi('events', 'get', { id })
  useDidShow(() => void ev.reload())
  const { busy, run } = useAction()
  const [reason, setReason] = useState('')
  const [comment, setComment] = useState('')
  const e = ev.data
  const staff = hasRole(me, 'secretary', 'staff') && me?.communityId !== undefined
  const go = (page: string) => Taro.navigateTo({ url: `/packages/events/pages/${page}/index?id=${id}` })

  const signUp = () =>
    run(
      async () => {
        const r = await call('events', 'signUp', { eventId: id })
        if (r.status === 'waitlisted') await Taro.showModal({ title: '已进入候补', content: '名额已满，已为您排队候补；有人取消时会自动递补并通知您。', showCancel: false })
      },
      { ok: '报名成功', then: ev.reload },
    )
  const cancelSignUp = () =>
    run(() => call('events', 'cancelSignUp', { eventId: id }), {
      confirm: { title: '取消报名', content: '确定取消报名吗？名额将让给候补的同志。' },
      ok: '已取消报名',
      then: ev.reload,
    })
  const cancelEvent = () => {
    if (!reason.trim()) return showError({ message: '请填写取消原因，会通知给已报名的同志' })
    return run(() => call('events', 'cancel', { id, reason }), {
      confirm: { title: '取消活动', content: '取消后将通知所有已报名和候补的人，且不能恢复。确定取消吗？' },
      ok: '活动已取消',
      then: ev.reload,
    })
  }
  const rate = (score: number) => run(() => call('events', 'rate', { eventId: id, score, ...(comment.trim() ? { comment } : {}) }), { ok: '感谢评价', then: ev.reload })

  if (!e) return <PageRoot><StateView loading={ev.loading} error={ev.error} onRetry={ev.reload} /></PageRoot>
  const mine = e.mine.signup
  const active = mine === 'confirmed' || mine === 'waitlisted'
  const started = Date.now() >= Date.parse(e.startAt)
  const ended = Date.now() >= Date.parse(e.endAt)
  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title' id='event-title'>{e.title}</Text>
        {e.status === 'cancelled' && <Text className='tag tag-gray' id='event-cancelled'>已取消{e.cancelReason ? `：${e.cancelReason}` : ''}</Text>}
        <Text className='tag'>{e.theme}</Text>
        <Text className='tag tag-gray'>{e.openTo === 'all' ? '党员和居民都可参加' : '仅限党员'}</Text>
        <View className='ev-facts'>
          <Text className='ev-fact'>时间：{formatTime(e.startAt, true)} – {formatTime(e.endAt)}</Text>
          <Text className='ev-fact'>地点：{e.base?.name ?? ''}（{e.base?.address ?? ''}）</Text>
          <Text className='ev-fact' id='event-places'>名额：{e.signedUp}/{e.capacity}{e.waitlisted ? `，候补 ${e.waitlisted} 人` : ''}</Text>
          <Text className='ev-fact'>参加可得：{e.points} 积分 · 已签到 {e.checkedIn} 人</Text>
        </View>
        {e.description ? <Text className='ev-desc'>{e.description}</Text> : null}
      </View>

      <View className='card'>
        {e.mine.checkedInAt ? (
          <Text id='my-status'>已于 {formatTime(e.mine.checkedInAt)} 签到</Text>
        ) : (
          <Text id='my-status'>{mine ? SIGNUP_TEXT[mine] : '尚未报名'}</Text>
        )}
        {e.status === 'published' && !active && !e.mine.checkedInAt && (started ? (
          <View className='muted ev-note' id='signup-closed'>{ended ? '活动已结束' : '活动已开始，报名已截止'}</View>
        ) : e.openTo === 'members' && !hasRole(me, 'member') ? (
          <View className='muted ev-note' id='signup-members-only'>这是党员专场活动，仅限党员报名。欢迎参加面向居民开放的活动。</View>
        ) : (
          <Button className='btn btn-primary' id='signup' disabled={busy} onClick={signUp}>
            {e.signedUp >= e.capacity ? '名额已满，排队候补' : '我要报名'}
          </Button>
        ))}
        {e.status === 'published' && active && !e.mine.checkedInAt && !ended && (
          <View>
            <Button className='btn btn-primary' id='go-scan' onClick={() => go('scan')}>扫码签到</Button>
            {mayCancelSignup(e.startAt, Date.now()) ? (
              <Button className='btn btn-plain' id='cancel-signup' disabled={busy} onClick={cancelSignUp}>取消报名（开始前 2 小时截止）</Button>
            ) : (
              <View className='muted ev-note' id='cancel-closed'>活动开始前 2 小时内不能取消报名，如有急事请联系社区工作人员</View>
            )}
          </View>
        )}
        {e.mine.checkedInAt && !e.mine.rated && Date.now() >= Date.parse(e.startAt) && (
          <View className='ev-rate'>
            <Text className='field-label'>给这次活动打分</Text>
            <Input className='input' placeholder='说说收获或建议（选填）' value={comment} onInput={(v) => setComment(v.detail.value)} />
            <View className='row'>
              {[1, 2, 3, 4, 5].map((s) => (
                <Text key={s} className='ev-star' id={`rate-${s}`} onClick={() => rate(s)}>{s} 分</Text>
              ))}
            </View>
          </View>
        )}
        {e.mine.rated ? <Text className='muted'>您的评价：{e.mine.rated} 分</Text> : null}
      </View>

      {staff && e.status === 'published' && (
        <View className='card'>
          <Text className='card-title'>工作人员</Text>
          <Button className='btn btn-primary' id='open-screen' onClick={() => go('checkin-screen')}>打开签到大屏</Button>
          <Button className='btn' id='open-attendance' onClick={() => go('attendance')}>签到名单 · 代签 · 导出</Button>
          <Button className='btn' id='edit-event' onClick={() => go('edit')}>修改活动</Button>
          <View className='field ev-cancel'>
            <Input className='input' id='cancel-reason' placeholder='取消原因（将通知已报名的同志）' value={reason} onInput={(v) => setReason(v.detail.value)} />
            <Button className='btn btn-plain' id='cancel-event' disabled={busy} onClick={cancelEvent}>取消活动</Button>
          </View>
        </View>
      )}
    </PageRoot>
  )
}
