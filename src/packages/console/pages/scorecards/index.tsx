/** 部门考核: per department over a period — response, resolution and satisfaction rates as bars, counts, medians, CSV. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useAction, useApi } from '@/api/hooks'
import type { Scorecard } from '@/domain/contracts/tickets'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

const PERIODS = [
  { days: 7, title: '近 7 天' },
  { days: 30, title: '近 30 天' },
  { days: 90, title: '近 90 天' },
]
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`)

function Bar({ label, rate }: { label: string; rate: number | null }) {
  return (
    <View className='bar-row'>
      <Text className='bar-label'>{label}</Text>
      <View className='bar-track'>
        <View className={`bar-fill ${rate !== null && rate < 0.6 ? 'bar-fill-low' : ''}`} style={{ width: `${Math.round((rate ?? 0) * 100)}%` }} />
      </View>
      <Text className='bar-value'>{pct(rate)}</Text>
    </View>
  )
}

function Card({ s }: { s: Scorecard }) {
  return (
    <View className='card' data-testid={`scorecard-${s.departmentId}`}>
      <Text className='sc-name'>{s.name}</Text>
      <Bar label='响应率' rate={s.responseRate} />
      <Bar label='办结率' rate={s.resolutionRate} />
      <Bar label='满意率' rate={s.satisfactionRate} />
      <Text className='muted' data-testid='counts'>
        {`派单 ${s.dispatched} · 按时报到 ${s.acknowledgedOnTime} · 办结 ${s.resolved} · 重办 ${s.reopened} · 满意 ${s.satisfied}（默认满意 ${s.satisfiedByDefault}）`}
      </Text>
      {(s.medianAckHours !== null || s.medianResolveHours !== null) && (
        <Text className='muted'>{`\n报到用时中位数 ${s.medianAckHours ?? '—'} 小时 · 办结用时中位数 ${s.medianResolveHours ?? '—'} 小时`}</Text>
      )}
    </View>
  )
}

export default function Scorecards() {
  const [days, setDays] = useState(30)
  const [from, setFrom] = useState(() => daysAgo(30))
  const q = useApi('tickets', 'stats', { from })
  const rows = [...(q.data?.departments ?? [])].sort((a, b) => b.dispatched - a.dispatched)
  const { run } = useAction()

  function choose(n: number) {
    setDays(n)
    setFrom(daysAgo(n))
  }
  const copyCsv = () => run(() => Taro.setClipboardData({ data: q.data?.csv ?? '' }), { ok: 'CSV 已复制' })

  return (
    <PageRoot>
      <View className='row period'>
        {PERIODS.map((p) => (
          <Text key={p.days} id={`period-${p.days}`} className={`period-tab ${p.days === days ? 'is-on' : ''}`} onClick={() => choose(p.days)}>
            {p.title}
          </Text>
        ))}
      </View>
      <StateView loading={q.loading && !q.data} error={q.error} empty={rows.length === 0} emptyText='这段时间没有派单' onRetry={q.reload} />
      {rows.map((s) => (
        <Card key={s.departmentId} s={s} />
      ))}
      {q.data && (
        <View className='card'>
          <Text className='card-title'>导出</Text>
          <Button id='csv-copy' className='btn btn-plain' onClick={copyCsv}>
            复制 CSV（可粘贴到表格）
          </Button>
          <Text className='csv' id='csv' userSelect>
            {q.data.csv}
          </Text>
        </View>
      )}
    </PageRoot>
  )
}
