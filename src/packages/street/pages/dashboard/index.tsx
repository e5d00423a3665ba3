/** 街道工作台: every community of the street for a month, quarter or year — totals, the monthly trend, the comparison, the table, departments, CSV. */
import { useState } from 'react'
import { Button, ScrollView, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import type { StreetSummary as Summary } from '@/domain/contracts/street'
import { CHART_METRICS, metricLabel, valueText, type ChartMetric } from '@/domain/street/chart'
import { METRICS, pct } from '@/domain/street/metrics'
import type { PeriodKind } from '@/domain/street/period'
import { Chips } from '@/components/Chips'
import { offerCsv } from '@/components/csv'
import { StateView } from '@/components/StateView'
import { formatTime } from '@/components/format'
import { PageRoot } from '@/components/PageRoot'
import { BarList, Columns } from '../../components/Charts'
import './index.scss'

const WEAPP = process.env.TARO_ENV === 'weapp'
const KINDS: { key: PeriodKind; label: string }[] = [
  { key: 'month', label: '月' },
  { key: 'quarter', label: '季度' },
  { key: 'year', label: '年' },
]
const RATES = [
  { key: 'responseRate', label: '响应率' },
  { key: 'resolutionRate', label: '解决率' },
  { key: 'satisfactionRate', label: '满意率' },
] as const


function Tile({ id, label, value, sub }: { id: string; label: string; value: string; sub?: string }) {
  return (
    <View className='tile' id={id}>
      <Text className='tile-value'>{value}</Text>
      <Text className='tile-label'>{label}</Text>
      {sub && <Text className='tile-sub'>{sub}</Text>}
    </View>
  )
}

function Totals({ t }: { t: Summary }) {
  return (
    <View className='tiles'>
      <Tile id='total-reported' label='双报到党员' value={`${t.reported} 人`} sub={`服务 ${t.hours} 小时`} />
      <Tile id='total-wishes' label='微心愿 发布/认领/实现' value={`${t.wishesPosted}/${t.wishesClaimed}/${t.wishesFulfilled}`} />
      <Tile id='total-events' label='组织活动' value={`${t.eventsHeld} 场`} sub={`参加 ${t.attendance} 人次`} />
      <Tile id='total-tickets' label='诉求派单' value={`${t.tickets} 件`} sub={`响应 ${pct(t.responseRate)} · 解决 ${pct(t.resolutionRate)} · 满意 ${pct(t.satisfactionRate)}`} />
      <Tile id='total-lists' label='承诺践诺 / 项目完成' value={`${t.commitmentsDone} / ${t.projectsDone}`} />
      <Tile id='total-bookings' label='服务预约' value={`${t.bookings} 次`} sub={`满意率 ${pct(t.bookingSatisfactionRate)}`} />
    </View>
  )
}

export default function StreetDashboard() {
  const [kind, setKind] = useState<PeriodKind>('month')
  const [key, setKey] = useState<string | undefined>()
  const [streetId, setStreetId] = useState<string | undefined>()
  const [metric, setMetric] = useState<ChartMetric>('tickets')
  const q = useApi('street', 'dashboard', { kind, ...(key ? { key } : {}), ...(streetId ? { streetId } : {}) })
  const { busy, run } = useAction()
  const v = q.data

  const chooseKind = (k: PeriodKind) => {
    setKind(k)
    setKey(undefined)
  }
  const exportCsv = () =>
    run(() => call('street', 'export', { kind, ...(v ? { key: v.period.key, streetId: v.street.id } : {}) }), { then: (out) => offerCsv(out.filename, out.csv) })

  if (!v) return <StateView loading={q.loading} error={q.error} onRetry={q.reload} />
  const m = metricLabel(metric)
  const empty = v.total.tickets + v.total.reported + v.total.eventsHeld + v.total.wishesPosted + v.total.bookings + v.total.hourEntries === 0

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title' id='street-name'>{v.street.name} · 街道工作台</Text>
        {v.streets.length > 1 && (
          <Chips name='street' options={v.streets.map((s) => ({ key: s.id, label: s.name }))} selected={[v.street.id]} onToggle={(id) => setStreetId(id)} />
        )}
        <View className='row kinds'>
          {KINDS.map((k) => (
            <Text key={k.key} id={`kind-${k.key}`} className={`kind-tab ${k.key === kind ? 'is-on' : ''}`} onClick={() => chooseKind(k.key)}>
              {k.label}
            </Text>
          ))}
        </View>
        <View className='row period-nav'>
          <Text id='period-prev' className='period-step' onClick={() => setKey(v.period.prev)}>‹ 上一期</Text>
          <Text id='period-label' className='period-label'>{v.period.label}</Text>
          <Text id='period-next' className={`period-step ${v.period.next ? '' : 'is-off'}`} onClick={() => v.period.next && setKey(v.period.next)}>
            下一期 ›
          </Text>
        </View>
        {q.loading && <Text className='muted'>更新中…</Text>}
        <Text className='muted'>{v.computedAt ? `数据统计于 ${formatTime(v.computedAt)}，每小时更新` : '这一期还没有统计数据'}</Text>
      </View>

      {empty && <StateView empty emptyText='这一期各社区还没有数据' />}

      <View className='card' id='street-total'>
        <Text className='card-title'>街道合计</Text>
        <Totals t={v.total} />
      </View>

      <View className='card'>
        <Text className='card-title'>看哪一项</Text>
        <Chips name='metric' options={CHART_METRICS.map((k) => ({ key: k, label: metricLabel(k).label }))} selected={[metric]} onToggle={(k) => setMetric(k as ChartMetric)} />
      </View>

      <View className='card'>
        <Text className='card-title'>{`${m.label}按月趋势（${m.unit}）`}</Text>
        <Columns
          testId='trend-chart'
          points={v.trend.map((t) => ({ key: t.month, label: `${Number(t.month.slice(5))}月`, value: t.summary[metric], text: String(t.summary[metric]) }))}
        />
      </View>

      <View className='card'>
        <Text className='card-title'>{`各社区${m.label}对比`}</Text>
        <BarList testId='compare-chart' points={v.rows.map((r) => ({ key: r.communityId, label: r.name, value: r.summary[metric], text: valueText(metric, r.summary) }))} />
        {RATES.map((rt) => (
          <View key={rt.key}>
            <Text className='sub-title'>{rt.label}</Text>
            <BarList
              testId={`compare-${rt.key}`}
              rate
              points={v.rows.map((r) => ({ key: r.communityId, label: r.name, value: r.summary[rt.key] ?? 0, text: pct(r.summary[rt.key]) }))}
            />
          </View>
        ))}
      </View>

      <View className='card'>
        <Text className='card-title'>各社区明细</Text>
        <ScrollView scrollX className='table-scroll'>
          <View className='table' id='street-table'>
            <View className='tr th'>
              <Text className='td td-name'>社区</Text>
              {METRICS.map((x) => (
                <Text key={x.key} className='td'>{x.label}</Text>
              ))}
            </View>
            {[...v.rows.map((r) => ({ id: r.communityId, name: r.name, s: r.summary })), { id: 'total', name: '街道合计', s: v.total }].map((r) => (
              <View key={r.id} className={`tr ${r.id === 'total' ? 'tr-total' : ''}`} data-testid='street-row' id={`row-${r.id}`}>
                <Text className='td td-name'>{r.name}</Text>
                {METRICS.map((x) => (
                  <Text key={x.key} className='td'>{valueText(x.key, r.s)}</Text>
                ))}
              </View>
            ))}
          </View>
        </ScrollView>
      </View>

      <View className='card'>
        <Text className='card-title'>部门报到（书记吹哨、部门报到）</Text>
        {v.departments.length === 0 && <Text className='muted'>这一期没有派单</Text>}
        {v.departments.map((d) => (
          <View key={d.departmentId} className='dept' data-testid={`dept-${d.departmentId}`}>
            <Text className='dept-name'>{`${d.name}：派单 ${d.dispatched} 件，办结 ${d.resolved} 件`}</Text>
            <Text className='muted'>{`响应率 ${pct(d.responseRate)} · 解决率 ${pct(d.resolutionRate)} · 满意率 ${pct(d.satisfactionRate)}`}</Text>
          </View>
        ))}
      </View>

      <View className='card'>
        <Button id='street-export' className='btn btn-primary' disabled={busy} onClick={exportCsv}>
          {WEAPP ? '复制 CSV（可粘贴到表格）' : '导出 CSV（Excel 可直接打开）'}
        </Button>
      </View>
    </PageRoot>
  )
}
