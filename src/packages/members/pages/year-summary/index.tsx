/**
 * 年度积分汇总 (secretary): each party member's year — 组织生活, 微心愿, 双报到 services and hours,
 * 联系户走访, points — for 民主评议 and 评先评优, as CSV; and a 反馈单位链接 per member for their
 * workplace unit (read-only, 90 days).
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useApi } from '@/api/hooks'
import { offerCsv } from '@/components/csv'
import { StateView } from '@/components/StateView'
import { showError, showOk } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import { localYear } from '../../year'
import './index.scss'

const WEAPP = process.env.TARO_ENV === 'weapp'

const exportCsv = (year: number, csv: string) => offerCsv(`${year}年度党员积分汇总.csv`, csv)

export default function YearSummary() {
  const thisYear = localYear()
  const [year, setYear] = useState(thisYear)
  const s = useApi('members', 'yearSummary', { year })

  async function copyLink(openid: string, name: string) {
    try {
      const link = await call('members', 'feedbackLink', { openid, year })
      const url = `${WEAPP ? '' : location.origin + location.pathname}#/packages/members/pages/feedback/index?token=${encodeURIComponent(link.token)}`
      await Taro.setClipboardData({ data: WEAPP ? `/packages/members/pages/feedback/index?token=${link.token}` : url })
      showOk(`已复制${name}的反馈链接`)
    } catch (e) {
      showError(e)
    }
  }

  return (
    <PageRoot>
      <View className='row ys-years'>
        {[thisYear, thisYear - 1].map((y) => (
          <Text key={y} className={`ys-year ${y === year ? 'is-on' : ''}`} onClick={() => setYear(y)}>
            {y} 年
          </Text>
        ))}
        <Text className='grow' />
        {s.data && (
          <Text className='ys-link' id='export-summary' onClick={() => exportCsv(year, s.data!.csv)}>
            导出 CSV
          </Text>
        )}
      </View>
      <StateView loading={s.loading} error={s.error} empty={s.data?.items.length === 0} emptyText='社区还没有党员' onRetry={s.reload} />
      {!s.loading &&
        s.data?.items.map((r) => (
          <View key={r.openid} className='card' id={`summary-${r.openid}`}>
            <View className='row'>
              <Text className='card-title grow'>{r.name}</Text>
              <Text className='ys-link'>{r.points} 分</Text>
            </View>
            <Text className='ys-line muted'>{[r.branch, r.workplace && r.workplace !== r.branch ? r.workplace : undefined].filter(Boolean).join(' · ') || '未填支部'}</Text>
            <Text className='ys-line'>
              组织生活 {r.events} 次 · 微心愿 {r.wishes} 个 · 双报到 {r.services} 次 / {r.serviceHours} 小时 · 联系户走访 {r.visits} 次
            </Text>
            {r.workplace && (
              <Text className='ys-link' onClick={() => copyLink(r.openid, r.name)}>
                复制反馈单位链接
              </Text>
            )}
          </View>
        ))}
    </PageRoot>
  )
}
