/** The steps the caller may take on a ticket now (the server's `can`), each with what it needs. */
import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import type { TicketView } from '@/domain/contracts/tickets'
import { PRIORITY_OPTIONS, type PriorityKey } from '../labels'
import { Chips } from '@/components/Chips'
import { Photos } from '@/components/Photos'

const NOTE_HINT: Partial<Record<TicketView['can'][number], string>> = {
  triage: '受理说明；不予受理或社区直接办结时必填',
  whistle: '给部门的说明（可选）',
  progress: '进展情况',
  resolve: '办结时写明办结情况',
  requestTransfer: '申请转派时写明理由',
  verify: '核验不通过时写明原因',
  rate: '说说您的感受（可选）',
}

function Whistle({ t, note, run }: { t: TicketView; note: string; run: (f: () => Promise<unknown>, ok: string) => void }) {
  const depts = useApi('tickets', 'departments', {})
  const [lead, setLead] = useState<string | undefined>(t.suggestedDepartmentId)
  const [co, setCo] = useState<string[]>([])
  const [priority, setPriority] = useState<PriorityKey>('normal')
  const options = (depts.data?.items ?? []).map((d) => ({ key: d.id, label: d.short }))
  return (
    <View className='field'>
      <Text className='field-label'>牵头部门{t.suggestedDepartmentId ? '（已按类别默认，可改）' : ''}</Text>
      <Chips name='lead' options={options} selected={lead ? [lead] : []} onToggle={setLead} />
      <Text className='field-label'>协同部门（可多选）</Text>
      <Chips name='co' options={options.filter((o) => o.key !== lead)} selected={co} onToggle={(k) => setCo((xs) => (xs.includes(k) ? xs.filter((x) => x !== k) : [...xs, k]))} />
      <Text className='field-label'>紧急程度</Text>
      <Chips name='priority' options={PRIORITY_OPTIONS} selected={[priority]} onToggle={(k) => setPriority(k)} />
      <Button
        id='act-whistle'
        className='btn btn-primary'
        disabled={!lead}
        onClick={() => run(() => call('tickets', 'whistle', { id: t.id, leadDepartmentId: lead, coDepartmentIds: co.filter((c) => c !== lead), priority, note: note || undefined }), '已吹哨，部门需按时报到')}
      >
        吹哨派单
      </Button>
    </View>
  )
}

export function ActionPanel({ t, onDone }: { t: TicketView; onDone: () => void }) {
  const [note, setNote] = useState('')
  const [score, setScore] = useState<number>(5)
  const [images, setImages] = useState<string[]>([])
  const { busy, run: act } = useAction()
  if (t.can.length === 0) return null
  const id = t.id

  const after = () => {
    setNote('')
    setImages([])
    onDone()
  }
  const run = (f: () => Promise<unknown>, ok: string) => void act(f, { ok, then: after })
  const guarded = (title: string, content: string, f: () => Promise<unknown>, ok: string) => void act(f, { confirm: { title, content }, ok, then: after })
  const btn = (key: string, label: string, onClick: () => void, primary = false) => (
    <Button id={`act-${key}`} className={`btn ${primary ? 'btn-primary' : 'btn-plain'}`} disabled={busy} onClick={onClick}>
      {label}
    </Button>
  )
  const can = (a: TicketView['can'][number]) => t.can.includes(a)
  const hint = t.can.map((a) => NOTE_HINT[a]).filter(Boolean).join('；')

  return (
    <View className='card' data-testid='actions'>
      <Text className='card-title'>办理</Text>
      {can('rate') && (
        <View className='field'>
          <Text className='field-label'>满意度</Text>
          <Chips name='score' options={[1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: '★'.repeat(n) }))} selected={[String(score)]} onToggle={(k) => setScore(Number(k))} />
        </View>
      )}
      {hint && <Textarea id='act-note' className='input textarea' value={note} placeholder={hint} maxlength={500} onInput={(e) => setNote(e.detail.value)} />}
      {(can('progress') || can('resolve')) && <Photos id='act-add-photo' images={images} onChange={setImages} />}
      {can('whistle') && <Whistle t={t} note={note} run={run} />}
      {can('triage') && (
        <View>
          {btn('accept', '受理', () => run(() => call('tickets', 'triage', { id, decision: 'accept', reason: note || undefined }), '已受理'), true)}
          {btn('resolve-locally', '社区直接办结', () => run(() => call('tickets', 'triage', { id, decision: 'resolve', reason: note }), '已办结，待核验'))}
          {btn('reject', '不予受理', () => guarded('不予受理', '确定不受理这个诉求吗？反映人会收到您写的原因。', () => call('tickets', 'triage', { id, decision: 'reject', reason: note }), '已答复'))}
        </View>
      )}
      {can('acknowledge') && btn('acknowledge', '报到（本部门接手）', () => run(() => call('tickets', 'acknowledge', { id }), '已报到'), true)}
      {can('progress') && btn('progress', '反馈进展', () => run(() => call('tickets', 'progress', { id, note, images }), '进展已反馈'))}
      {can('resolve') && btn('resolve', '办结', () => run(() => call('tickets', 'resolve', { id, summary: note, images }), '已办结，等待社区核验'), true)}
      {can('requestTransfer') && btn('transfer', '不属本部门，申请转派', () => guarded('申请转派', '确定申请转派吗？工单将退回社区书记重新派单。', () => call('tickets', 'requestTransfer', { id, reason: note }), '已申请转派'))}
      {can('verify') && (
        <View>
          {btn('verify-ok', '核验通过', () => run(() => call('tickets', 'verify', { id, accept: true }), '已核验，等待居民评价'), true)}
          {btn('verify-no', '核验不通过，退回重办', () => guarded('退回重办', '确定退回吗？部门需要重新办理。', () => call('tickets', 'verify', { id, accept: false, reason: note }), '已退回'))}
        </View>
      )}
      {can('rate') && btn('rate', '提交评价', () => run(() => call('tickets', 'rate', { id, score, comment: note || undefined }), '感谢您的评价'), true)}
    </View>
  )
}
