/** 编辑问卷 (staff): title, type, audience, closing date and questions of four kinds; save a draft or publish. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import type { Survey } from '@/domain/contracts/surveys'
import { KIND_NAMES, LIMITS, QUESTION_KIND_NAMES, QUESTION_KINDS, SURVEY_KINDS, type QuestionKind, type SurveyKind } from '@/domain/surveys/rules'
import { addDays, localDate } from '@/domain/time'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

interface DraftQ {
  key: number
  kind: QuestionKind
  title: string
  required: boolean
  /** one option per line */
  options: string
  /** kept from the draft being edited */
  maxPicks?: number
}

let nextKey = 1
const blank = (kind: QuestionKind): DraftQ => ({ key: nextKey++, kind, title: '', required: kind !== 'text', options: '' })
const choice = (k: QuestionKind) => k === 'single' || k === 'multi'

/** The form, empty for a new survey or filled from the draft being edited. */
function Form({ id, initial }: { id?: string; initial?: Survey }) {
  const grids = useApi('bulletin', 'grids', {})
  const [form, setForm] = useState({ title: initial?.title ?? '', intro: initial?.intro ?? '' })
  const [kind, setKind] = useState<SurveyKind>(initial?.kind ?? 'needs')
  const [gridId, setGridId] = useState(initial?.gridId ?? '')
  const [closesOn, setClosesOn] = useState(initial?.closesOn ?? addDays(localDate(Date.now()), 14))
  const [questions, setQuestions] = useState<DraftQ[]>(
    initial?.questions.map((q) => ({ key: nextKey++, kind: q.kind, title: q.title, required: q.required, options: (q.options ?? []).map((o) => o.label).join('\n'), maxPicks: q.maxPicks })) ?? [blank('single')],
  )
  const { busy: saving, run } = useAction()
  const audiences = [{ id: '', name: '全社区' }, ...(grids.data?.items ?? [])]

  const change = (key: number, patch: Partial<DraftQ>) => setQuestions(questions.map((q) => (q.key === key ? { ...q, ...patch } : q)))

  /** Saves the draft, then publishes it when asked; a refusal at either step is shown. */
  function save(thenPublish: boolean) {
    const step = async () => {
      const r = await call('surveys', 'save', {
        ...(id ? { id } : {}),
        title: form.title,
        intro: form.intro,
        kind,
        closesOn,
        ...(gridId ? { gridId } : {}),
        questions: questions.map((q) => ({
          kind: q.kind,
          title: q.title,
          required: q.required,
          ...(choice(q.kind) ? { options: q.options.split('\n').map((o) => o.trim()).filter(Boolean) } : {}),
          ...(q.kind === 'multi' && q.maxPicks ? { maxPicks: q.maxPicks } : {}),
        })),
      })
      if (thenPublish) await call('surveys', 'publish', { id: r.id })
      return r
    }
    return run(step, {
      ok: thenPublish ? '已发布' : '草稿已保存',
      then: async (r) => {
        if (thenPublish) await Taro.redirectTo({ url: `/packages/surveys/pages/results/index?id=${encodeURIComponent(r.id)}` })
        else if (!id) await Taro.redirectTo({ url: `/packages/surveys/pages/edit/index?id=${encodeURIComponent(r.id)}` })
      },
    })
  }

  return (
    <PageRoot>
      <View className='card'>
        <View className='field'>
          <Text className='field-label'>问卷标题</Text>
          <Input id='edit-title' className='input' maxlength={LIMITS.title} value={form.title} placeholder={`不超过 ${LIMITS.title} 个字`} onInput={(e) => setForm({ ...form, title: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>说明（选填）</Text>
          <Textarea id='edit-intro' className='input textarea' maxlength={LIMITS.intro} value={form.intro} placeholder='为什么做这次调查、结果怎么用' onInput={(e) => setForm({ ...form, intro: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>类型</Text>
          <View className='edit-tags'>
            {SURVEY_KINDS.map((k) => (
              <Text key={k} id={`edit-kind-${k}`} className={`tag ${kind === k ? 'tag-red' : 'tag-gray'} edit-tag`} onClick={() => setKind(k)}>
                {KIND_NAMES[k]}
              </Text>
            ))}
          </View>
        </View>
        <View className='field'>
          <Text className='field-label'>发给谁</Text>
          <View className='edit-tags'>
            {audiences.map((a) => (
              <Text key={a.id || 'all'} id={`edit-aud-${a.id || 'all'}`} className={`tag ${gridId === a.id ? 'tag-red' : 'tag-gray'} edit-tag`} onClick={() => setGridId(a.id)}>
                {a.name}
              </Text>
            ))}
          </View>
        </View>
        <View className='field'>
          <Text className='field-label'>截止日期（当天 24 点截止）</Text>
          <Picker mode='date' value={closesOn} start={localDate(Date.now())} onChange={(e) => setClosesOn(String(e.detail.value))}>
            <View id='edit-closes' className='input'>{closesOn}</View>
          </Picker>
        </View>
      </View>

      {questions.map((q, i) => (
        <View key={q.key} className='card' data-testid='edit-question'>
          <View className='row'>
            <Text className='grow edit-q-head'>第 {i + 1} 题 · {QUESTION_KIND_NAMES[q.kind]}</Text>
            {questions.length > 1 && <Text className='muted' onClick={() => setQuestions(questions.filter((x) => x.key !== q.key))}>删除</Text>}
          </View>
          <Input className='input edit-q-title' maxlength={LIMITS.prompt} value={q.title} placeholder='题目' onInput={(e) => change(q.key, { title: e.detail.value })} />
          {choice(q.kind) && (
            <Textarea className='input textarea edit-q-options' value={q.options} placeholder={`选项，每行一个（2–${LIMITS.options} 个）`} onInput={(e) => change(q.key, { options: e.detail.value })} />
          )}
          <Text className='muted edit-required' onClick={() => change(q.key, { required: !q.required })}>{q.required ? '☑ 必答' : '☐ 必答（现在是选填）'}</Text>
        </View>
      ))}
      {questions.length < LIMITS.questions && (
        <View className='row edit-add'>
          {QUESTION_KINDS.map((k) => (
            <Button key={k} id={`edit-add-${k}`} className='btn btn-plain' size='mini' onClick={() => setQuestions([...questions, blank(k)])}>
              + {QUESTION_KIND_NAMES[k]}
            </Button>
          ))}
        </View>
      )}
      <Button id='edit-save' className='btn btn-plain' disabled={saving} onClick={() => save(false)}>保存草稿</Button>
      <Button id='edit-publish' className='btn btn-primary' loading={saving} disabled={saving} onClick={() => save(true)}>发布问卷</Button>
    </PageRoot>
  )
}

function EditDraft({ id }: { id: string }) {
  const s = useApi('surveys', 'get', { id })
  if (!s.data) return <StateView loading={s.loading} error={s.error} onRetry={s.reload} />
  if (s.data.status !== 'draft') return <StateView empty emptyText='问卷发布后题目不能再改' />
  return <Form id={id} initial={s.data} />
}

export default function Edit() {
  const id = useRouter().params.id
  const { me, error } = useMe()
  if (!me) return <StateView loading={!error} error={error} />
  if (!hasRole(me, 'secretary', 'staff')) return <StateView empty emptyText='只有社区书记和社工可以编辑问卷' />
  return id ? <EditDraft id={id} /> : <Form />
}
