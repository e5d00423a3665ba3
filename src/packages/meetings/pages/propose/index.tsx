/** 提议题: a resident proposes a topic for a meeting before it starts. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Propose() {
  const id = useRouter().params.id ?? ''
  const q = useApi('meetings', 'get', { id })
  const [form, setForm] = useState({ title: '', detail: '' })
  const { busy: saving, run } = useAction()
  const m = q.data
  if (!m) return <StateView loading={q.loading} error={q.error} onRetry={q.reload} />
  if (!m.topicsOpen) return <StateView empty emptyText='这次会议已停止征集议题' />

  const submit = () =>
    run(() => call('meetings', 'propose', { meetingId: id, title: form.title, ...(form.detail.trim() ? { detail: form.detail } : {}) }), {
      ok: '议题已提交',
      then: () => Taro.navigateBack(),
    })

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>为「{m.title}」提议题</Text>
        <View className='field'>
          <Text className='field-label'>议题</Text>
          <Input id='topic-title' className='input' maxlength={40} value={form.title} placeholder='一句话说清想商量的事，如：东门增设充电棚' onInput={(e) => setForm({ ...form, title: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>具体情况（可不填）</Text>
          <Textarea id='topic-detail' className='input textarea' maxlength={500} value={form.detail} placeholder='现在是什么情况、影响了谁、您的建议' onInput={(e) => setForm({ ...form, detail: e.detail.value })} />
        </View>
        <Text className='muted propose-hint'>议题会公开给本社区居民，其他人可以附议；您的姓名只显示姓氏。</Text>
        <Button id='topic-submit' className='btn btn-primary' loading={saving} disabled={saving || !form.title.trim()} onClick={submit}>
          提交议题
        </Button>
      </View>
    </PageRoot>
  )
}
