/** 填写问卷: single and multiple choice, 1–5 stars, short text; the answer can be changed until the survey closes. */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import type { Survey } from '@/domain/contracts/surveys'
import { KIND_NAMES, LIMITS, type AnswerValue } from '@/domain/surveys/rules'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

type Q = Survey['questions'][number]
const RATING_WORDS = ['很不满意', '不满意', '一般', '满意', '很满意']

function Choice({ q, value, set, locked }: { q: Q; value: AnswerValue | undefined; set: (v: AnswerValue | undefined) => void; locked: boolean }) {
  const picked = q.kind === 'multi' ? ((value as string[] | undefined) ?? []) : []
  return (
    <View>
      {(q.options ?? []).map((o) => {
        const on = q.kind === 'multi' ? picked.includes(o.id) : value === o.id
        const toggle = () => {
          if (locked) return
          if (q.kind === 'single') return set(o.id)
          set(on ? picked.filter((p) => p !== o.id) : [...picked, o.id])
        }
        return (
          <View key={o.id} id={`${q.id}-${o.id}`} className={`answer-option ${on ? 'is-on' : ''}`} onClick={toggle}>
            <Text>{q.kind === 'multi' ? (on ? '☑' : '☐') : on ? '◉' : '○'} {o.label}</Text>
          </View>
        )
      })}
      {q.kind === 'multi' && q.maxPicks && <Text className='muted'>最多选 {q.maxPicks} 项</Text>}
    </View>
  )
}

function Rating({ q, value, set, locked }: { q: Q; value: number | undefined; set: (v: number) => void; locked: boolean }) {
  return (
    <View>
      <View className='row answer-stars'>
        {[1, 2, 3, 4, 5].map((s) => (
          <Text key={s} id={`${q.id}-star-${s}`} className={`answer-star ${value && s <= value ? 'is-on' : ''}`} onClick={() => !locked && set(s)}>
            ★
          </Text>
        ))}
      </View>
      <Text className='muted'>{value ? `${value} 分 · ${RATING_WORDS[value - 1]}` : '点星星打分（1–5 分）'}</Text>
    </View>
  )
}

export default function Answer() {
  const id = useRouter().params.id ?? ''
  const s = useApi('surveys', 'get', { id })
  const [answers, setAnswers] = useState<Record<string, AnswerValue | undefined>>({})
  const { busy: saving, run } = useAction()
  const [done, setDone] = useState(false)
  useEffect(() => {
    if (s.data?.mine) setAnswers(s.data.mine)
  }, [s.data])

  if (!s.data) return <StateView loading={s.loading} error={s.error} onRetry={s.reload} />
  const survey = s.data
  const locked = !survey.open

  function submit() {
    const clean = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Record<string, AnswerValue>
    return run(() => call('surveys', 'answer', { id, answers: clean }), {
      ok: (r) => (r.first ? '已提交，谢谢您' : '已修改'),
      then: () => {
        setDone(true)
        void s.reload()
      },
    })
  }

  if (done) {
    return (
      <PageRoot>
        <View className='card answer-done' id='answer-done'>
          <Text className='card-title'>已提交，谢谢您的意见</Text>
          <Text className='muted'>截止（{survey.closesOn}）前可以回来修改</Text>
          <Button className='btn btn-plain' onClick={() => setDone(false)}>查看或修改我的答卷</Button>
          <Button className='btn btn-primary' onClick={() => Taro.navigateBack()}>返回</Button>
        </View>
      </PageRoot>
    )
  }

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title' id='survey-title'>{survey.title}</Text>
        <Text className='muted'>{KIND_NAMES[survey.kind]} · {survey.gridName ?? '全社区'} · {survey.closesOn} 截止</Text>
        {survey.intro && <Text className='answer-intro'>{survey.intro}</Text>}
        {locked && <Text className='tag tag-gray' id='answer-closed'>{survey.status === 'closed' ? '问卷已截止，不能再填写或修改' : '问卷已过截止时间'}</Text>}
        {!locked && survey.answered && <Text className='tag tag-green'>您已填写，可修改后重新提交</Text>}
      </View>
      {survey.questions.map((q, i) => (
        <View key={q.id} className='card' id={`question-${q.id}`}>
          <Text className='answer-q'>
            {i + 1}. {q.title}
            {q.required ? <Text className='answer-required'> *</Text> : <Text className='muted'>（选填）</Text>}
          </Text>
          {(q.kind === 'single' || q.kind === 'multi') && (
            <Choice q={q} value={answers[q.id]} locked={locked} set={(v) => setAnswers({ ...answers, [q.id]: v })} />
          )}
          {q.kind === 'rating' && <Rating q={q} value={answers[q.id] as number | undefined} locked={locked} set={(v) => setAnswers({ ...answers, [q.id]: v })} />}
          {q.kind === 'text' && (
            <Textarea
              id={`${q.id}-text`}
              className='input textarea'
              maxlength={LIMITS.text}
              disabled={locked}
              value={(answers[q.id] as string | undefined) ?? ''}
              placeholder={`不超过 ${LIMITS.text} 个字`}
              onInput={(e) => setAnswers({ ...answers, [q.id]: e.detail.value })}
            />
          )}
        </View>
      ))}
      {!locked && (
        <Button id='answer-submit' className='btn btn-primary' loading={saving} disabled={saving} onClick={submit}>
          {survey.answered ? '提交修改' : '提交问卷'}
        </Button>
      )}
    </PageRoot>
  )
}
