/** 问卷结果 (staff): counts per option as bars, rating averages and distributions, text answers, 满意率, CSV, closing early. */
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import type { QuestionResultOut } from '@/domain/contracts/surveys'
import { KIND_NAMES, percent } from '@/domain/surveys/rules'
import { formatTime } from '@/components/format'
import { offerCsv } from '@/components/csv'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { TakeNeed } from '@/components/TakeNeed'
import { Bars } from '../../components/Bars'
import './index.scss'

function QuestionBlock({ q, i }: { q: QuestionResultOut; i: number }) {
  return (
    <View className='card' id={`result-${q.id}`}>
      <Text className='results-q'>{i + 1}. {q.title}</Text>
      <Text className='muted'>{q.answered} 人作答</Text>
      {q.options && <Bars testId={`bars-${q.id}`} bars={q.options.map((o) => ({ label: o.label, count: o.count, share: o.share }))} />}
      {q.distribution && (
        <View>
          <Text className='results-average' id={`average-${q.id}`}>平均 {q.average ?? '—'} 分</Text>
          <Bars
            testId={`bars-${q.id}`}
            bars={q.distribution.map((c, s) => ({ label: `${s + 1} 分`, count: c, share: q.answered ? c / q.answered : 0 })).reverse()}
          />
        </View>
      )}
      {q.texts && (
        <View>
          {q.texts.length === 0 && <Text className='muted'>还没有人填写这道题</Text>}
          {q.texts.map((t) => (
            <View key={`${t.name}${t.at}`} className='results-text' data-testid='result-text'>
              <Text>{t.text}</Text>
              <Text className='muted'> —— {t.name} · {formatTime(t.at)}</Text>
            </View>
          ))}
          {q.answered > q.texts.length && <Text className='muted'>只显示最近 {q.texts.length} 条，全部内容请导出 CSV</Text>}
        </View>
      )}
    </View>
  )
}

export default function Results() {
  const id = useRouter().params.id ?? ''
  const { me, error } = useMe()
  const r = useApi('surveys', 'results', { id })
  const { busy, run } = useAction()

  if (!me) return <StateView loading={!error} error={error} />
  if (!hasRole(me, 'secretary', 'staff')) return <StateView empty emptyText='只有社区书记和社工可以查看问卷结果' />
  if (!r.data) return <StateView loading={r.loading} error={r.error} onRetry={r.reload} />
  const { survey, answerCount, questions, satisfaction } = r.data

  const exportCsv = () => run(() => call('surveys', 'exportCsv', { id }), { then: (out) => offerCsv(out.filename, out.csv) })
  const closeNow = () =>
    run(() => call('surveys', 'close', { id }), {
      confirm: { title: '提前截止', content: '截止后居民不能再填写或修改，确定现在截止吗？' },
      ok: '已截止',
      then: () => r.reload(),
    })

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>{survey.title}</Text>
        <Text className='muted'>
          {KIND_NAMES[survey.kind]} · {survey.gridName ?? '全社区'} · {survey.statusName} · {survey.closesOn} 截止
        </Text>
        <Text className='results-count' id='results-count'>已收 {answerCount} 份</Text>
        {satisfaction && (
          <Text className='results-rate' id='results-rate'>
            满意率 {percent(satisfaction.rate)}（{satisfaction.satisfied}/{satisfaction.total} 个评分为 4–5 分）
          </Text>
        )}
        <View className='row results-actions'>
          <Button id='results-export' className='btn btn-plain' size='mini' onClick={exportCsv}>导出 CSV</Button>
          {survey.status === 'published' && (
            <Button id='results-close' className='btn btn-plain' size='mini' disabled={busy} onClick={closeNow}>提前截止</Button>
          )}
          <TakeNeed kind='survey' id={id} />
        </View>
      </View>
      {answerCount === 0 && <StateView empty emptyText='还没有人填写这份问卷' />}
      {answerCount > 0 && questions.map((q, i) => <QuestionBlock key={q.id} q={q} i={i} />)}
    </PageRoot>
  )
}
