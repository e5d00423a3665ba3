/**
 * 记录会议 (secretaries and staff): who came, the minutes and the decisions; then each decision is
 * turned into a ticket (转为诉求) or a notice (发布公告) and linked back.
 */
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import type { MeetingView } from '@/domain/contracts/meetings'
import { CATEGORIES, CATEGORY_KEYS, type Category } from '@/domain/tickets/model'
import { Chips } from '@/components/Chips'
import { Decisions } from '../../components/Decisions'
import { Invitees, type Chosen } from '../../components/Invitees'
import './index.scss'

const TICKET_CATEGORIES = CATEGORY_KEYS.map((k) => ({ key: k, label: CATEGORIES[k] }))
type Draft = { id?: string; text: string; locked: boolean }

export default function Record() {
  const id = useRouter().params.id ?? ''
  const q = useApi('meetings', 'get', { id })
  if (!q.data) return <StateView loading={q.loading} error={q.error} onRetry={q.reload} />
  if (!q.data.can.includes('record') && !q.data.can.includes('convert')) return <StateView empty emptyText='这次会议现在不能记录（只有社区书记和社工，在会议开始前一小时起可以记录）' />
  return <Form key={q.data.decisions.map((d) => d.id + (d.ticketId ?? d.noticeId ?? '')).join()} m={q.data} reload={q.reload} />
}

const asChosen = (p: MeetingView['invitees'][number]): Chosen => ({ kind: p.kind, name: p.name, ...(p.openid ? { openid: p.openid } : {}) })

function Form({ m, reload }: { m: MeetingView; reload: () => Promise<unknown> }) {
  const editable = m.can.includes('record')
  const [attendance, setAttendance] = useState<Chosen[]>((m.attendance.length ? m.attendance : m.invitees).map(asChosen))
  const [minutes, setMinutes] = useState(m.minutes ?? '')
  const [drafts, setDrafts] = useState<Draft[]>(m.decisions.length ? m.decisions.map((d) => ({ id: d.id, text: d.text, locked: !!(d.ticketId || d.noticeId) })) : [{ text: '', locked: false }])
  const [category, setCategory] = useState<Record<string, Category>>({})
  const action = useAction()
  const busy = action.busy
  const setText = (i: number, text: string) => setDrafts(drafts.map((d, j) => (j === i ? { ...d, text } : d)))

  /** Runs a step (asking first when `ask` is given), then shows the meeting afresh. */
  const run = (f: () => Promise<unknown>, ok: string, ask?: { title: string; content: string }) => action.run(f, { confirm: ask, ok, then: () => reload() })

  const save = () =>
    run(
      () =>
        call('meetings', 'record', {
          id: m.id,
          attendance: attendance.map((p) => (p.openid ? { kind: p.kind, openid: p.openid } : { kind: p.kind, name: p.name })),
          minutes,
          decisions: drafts.filter((d) => d.text.trim()).map((d) => ({ ...(d.id ? { id: d.id } : {}), text: d.text })),
        }),
      '已保存记录',
    )

  function convert(decisionId: string, to: 'ticket' | 'notice') {
    const ask = to === 'ticket' ? '转为诉求后由社区受理、吹哨派给部门办理，办理进展可在这里查看。' : '这条决议将作为公告发布给全社区居民。'
    return run(
      () => call('meetings', 'convert', { id: m.id, decisionId, to, ...(to === 'ticket' ? { ticketCategory: category[decisionId] } : {}) }),
      to === 'ticket' ? '已转为诉求' : '已发布公告',
      { title: to === 'ticket' ? '转为诉求' : '发布公告', content: ask },
    )
  }

  const saved = new Map(m.decisions.map((d) => [d.id, d]))
  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>{m.title}</Text>
        {editable ? (
          <>
            <View className='field'>
              <Text className='field-label'>出席（默认是受邀各方，点一下移除；没受邀的可以补上）</Text>
              <Invitees name='attend' value={attendance} onChange={setAttendance} />
            </View>
            <View className='field'>
              <Text className='field-label'>会议纪要</Text>
              <Textarea id='record-minutes' className='input textarea record-minutes' maxlength={5000} value={minutes} placeholder='谁主持、大家反映了什么、怎么商量的' onInput={(e) => setMinutes(e.detail.value)} />
            </View>
            <View className='field'>
              <Text className='field-label'>决议（每条一件要办的事；已转办的不能再改）</Text>
              {drafts.map((d, i) => (
                <Input key={d.id ?? `new-${i}`} id={`decision-text-${i}`} className='input record-decision' maxlength={200} disabled={d.locked} value={d.text} placeholder='如：东门空地建设电瓶车集中充电棚' onInput={(e) => setText(i, e.detail.value)} />
              ))}
              <Button id='decision-add' className='btn btn-plain' size='mini' onClick={() => setDrafts([...drafts, { text: '', locked: false }])}>
                + 再加一条决议
              </Button>
            </View>
            <Button id='record-save' className='btn btn-primary' loading={busy} disabled={busy || !minutes.trim()} onClick={save}>
              保存记录
            </Button>
          </>
        ) : (
          <Text className='muted'>会议已结束，记录不能再修改；还没转办的决议仍可转办。</Text>
        )}
      </View>
      {m.can.includes('convert') && m.decisions.some((d) => !d.ticketId && !d.noticeId) && (
        <View className='card'>
          <Text className='card-title'>转办决议</Text>
          {m.decisions
            .filter((d) => !saved.get(d.id)?.ticketId && !saved.get(d.id)?.noticeId)
            .map((d) => (
              <View key={d.id} className='record-convert' id={`convert-${d.id}`}>
                <Text className='meeting-line'>{d.text}</Text>
                <Text className='field-label'>转为诉求时的问题类别</Text>
                <Chips name={`cat-${d.id}`} options={TICKET_CATEGORIES} selected={category[d.id] ? [category[d.id]] : []} onToggle={(k) => setCategory({ ...category, [d.id]: k })} />
                <View className='row'>
                  <Button id={`convert-${d.id}-ticket`} className='btn btn-primary' size='mini' disabled={busy || !category[d.id]} onClick={() => convert(d.id, 'ticket')}>
                    转为诉求
                  </Button>
                  <Button id={`convert-${d.id}-notice`} className='btn btn-plain' size='mini' disabled={busy} onClick={() => convert(d.id, 'notice')}>
                    发布公告
                  </Button>
                </View>
              </View>
            ))}
          <Text className='muted'>“立项”（转为项目）将在项目清单上线后提供。</Text>
        </View>
      )}
      <Decisions decisions={m.decisions} />
    </PageRoot>
  )
}
