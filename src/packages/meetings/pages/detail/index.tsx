/** 会议详情: agenda, who is invited, topics with 附议, and after the meeting who came, the minutes and what each decision became. */
import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { ApiError, call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import type { MeetingView } from '@/domain/contracts/meetings'
import { Decisions } from '../../components/Decisions'
import './index.scss'

const go = (url: string) => void Taro.navigateTo({ url })

/** Runs a meeting step (asking first when `ask` is given), then shows the meeting afresh. */
type Act = (f: () => Promise<unknown>, ok: string, ask?: { title: string; content: string }) => void

function Topics({ m, busy, act }: { m: MeetingView; busy: boolean; act: Act }) {
  const staff = m.can.includes('agenda')
  return (
    <View className='card'>
      <Text className='card-title'>居民议题（{m.topics.length}）</Text>
      <Text className='muted'>{m.topicsOpen ? '会议开始前都可以提议题；觉得别人提得好，就点“我附议”。' : '会议已开始，议题征集已截止。'}</Text>
      {m.topics.length === 0 && <Text className='muted topic-empty'>{'\n'}还没有人提议题</Text>}
      {m.topics.map((t) => (
        <View key={t.id} className='topic' id={`topic-${t.id}`}>
          <View className='row'>
            <Text className='grow topic-title'>
              {t.onAgenda ? '【已列入议程】' : ''}
              {t.title}
            </Text>
            <Text className='topic-count' id={`seconds-${t.id}`}>
              附议 {t.seconds}
            </Text>
          </View>
          {t.detail && <Text className='topic-detail'>{t.detail}</Text>}
          <Text className='muted'>
            {t.mine ? '我' : t.byName} 提于 {formatTime(t.createdAt)}
          </Text>
          <View className='row'>
            {m.topicsOpen && !t.mine && !t.secondedByMe && (
              <Button id={`second-${t.id}`} className='btn btn-primary' size='mini' disabled={busy} onClick={() => act(() => call('meetings', 'second', { topicId: t.id }), '已附议')}>
                我附议
              </Button>
            )}
            {t.secondedByMe && <Text className='tag tag-green'>我已附议</Text>}
            {staff && (
              <Button
                id={`pick-${t.id}`}
                className='btn btn-plain'
                size='mini'
                disabled={busy}
                onClick={() => act(() => call('meetings', 'pick', { id: m.id, topicId: t.id, on: !t.onAgenda }), t.onAgenda ? '已移出议程' : '已列入议程')}
              >
                {t.onAgenda ? '移出议程' : '列入议程'}
              </Button>
            )}
          </View>
        </View>
      ))}
      {m.topicsOpen && (
        <Button id='topic-new' className='btn btn-plain' onClick={() => go(`/packages/meetings/pages/propose/index?id=${encodeURIComponent(m.id)}`)}>
          我要提议题
        </Button>
      )}
    </View>
  )
}

function StaffActions({ m, busy, act }: { m: MeetingView; busy: boolean; act: Act }) {
  const [reason, setReason] = useState('')
  const q = `?id=${encodeURIComponent(m.id)}`
  if (m.can.length === 0) return null
  return (
    <View className='card'>
      <Text className='card-title'>会议办理</Text>
      <View className='row meeting-actions'>
        {m.can.includes('edit') && (
          <Button id='meeting-edit' className='btn btn-plain' size='mini' onClick={() => go(`/packages/meetings/pages/edit/index${q}`)}>
            修改安排
          </Button>
        )}
        {m.can.includes('record') && m.recordOpen && (
          <Button id='meeting-record' className='btn btn-primary' size='mini' onClick={() => go(`/packages/meetings/pages/record/index${q}`)}>
            {m.state === 'held' ? '修改记录 / 转办决议' : '记录会议'}
          </Button>
        )}
        {m.can.includes('close') && (
          <Button
            id='meeting-close'
            className='btn btn-plain'
            size='mini'
            disabled={busy}
            onClick={() => act(() => call('meetings', 'close', { id: m.id }), '会议已结束', { title: '结束会议', content: '结束后纪要不能再修改，参会人会收到纪要通知。确定结束吗？' })}
          >
            结束会议
          </Button>
        )}
      </View>
      {m.can.includes('record') && !m.recordOpen && <Text className='muted'>会议开始前一小时起可以记录出席、纪要和决议。</Text>}
      {m.can.includes('cancel') && (
        <View className='field'>
          <Input id='cancel-reason' className='input' maxlength={200} value={reason} placeholder='取消原因（会通知每位受邀人）' onInput={(e) => setReason(e.detail.value)} />
          <Button id='meeting-cancel' className='btn btn-plain' size='mini' disabled={busy || !reason.trim()} onClick={() => act(() => call('meetings', 'cancel', { id: m.id, reason }), '会议已取消')}>
            取消会议
          </Button>
        </View>
      )}
    </View>
  )
}

export default function Detail() {
  const id = useRouter().params.id ?? ''
  const q = useApi('meetings', 'get', { id })
  const { busy, run } = useAction()
  useDidShow(() => {
    if (q.data) void q.reload()
  })
  const m = q.data
  if (!m && q.error instanceof ApiError && q.error.code === 'NOT_FOUND') {
    return (
      <PageRoot>
        <StateView empty emptyText='没有找到这次会议：它可能属于其他社区，或链接有误。' />
      </PageRoot>
    )
  }
  if (!m) return <StateView loading={q.loading} error={q.error} onRetry={q.reload} />

  const act: Act = (f, ok, ask) => void run(f, { confirm: ask, ok, then: () => q.reload() })

  return (
    <PageRoot>
      <View className='card'>
        <View className='row'>
          <Text className='tag'>{m.kindName}</Text>
          <Text className='tag tag-gray' id='meeting-state'>
            {m.stateName}
          </Text>
        </View>
        <Text className='meeting-head'>{m.title}</Text>
        <Text className='muted'>时间：{formatTime(m.startAt, true)}</Text>
        <Text className='muted'>{`\n地点：${m.place}`}</Text>
        <Text className='muted'>{`\n召集：${m.organizerName}`}</Text>
        {m.cancelReason && <Text className='overdue'>{`\n已取消：${m.cancelReason}`}</Text>}
      </View>
      <View className='card'>
        <Text className='card-title'>议程</Text>
        {m.agenda.length === 0 && <Text className='muted'>议程待定</Text>}
        {m.agenda.map((a, i) => (
          <Text key={i} className='meeting-line' data-testid='agenda-item'>
            {i + 1}. {a.title}
            {a.topicId ? '（居民议题）' : ''}
          </Text>
        ))}
      </View>
      <View className='card'>
        <Text className='card-title'>邀请参加（{m.invitees.length}）</Text>
        {m.invitees.length === 0 && <Text className='muted'>还没有邀请参会方</Text>}
        {m.invitees.map((p, i) => (
          <Text key={i} className='meeting-line'>
            {p.kindName}：{p.name}
          </Text>
        ))}
      </View>
      {m.state === 'scheduled' && <Topics m={m} busy={busy} act={act} />}
      {(m.state === 'held' || m.state === 'closed') && (
        <>
          <View className='card'>
            <Text className='card-title'>出席（{m.attendance.length}）</Text>
            {m.attendance.map((p, i) => (
              <Text key={i} className='meeting-line'>
                {p.kindName}：{p.name}
              </Text>
            ))}
          </View>
          <View className='card'>
            <Text className='card-title'>会议纪要</Text>
            <Text className='meeting-minutes' id='meeting-minutes'>
              {m.minutes}
            </Text>
          </View>
          <Decisions decisions={m.decisions} />
          {m.topics.length > 0 && <Topics m={m} busy={busy} act={act} />}
        </>
      )}
      <StaffActions m={m} busy={busy} act={act} />
    </PageRoot>
  )
}
