/** 双报到: register workplace and skills, take service posts, log hours and see them confirmed. */
import { useEffect, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, usePaged } from '@/api/hooks'
import { useMe } from '@/api/me'
import { localDate } from '@/domain/time'
import { ListEnd, StateView } from '@/components/StateView'
import { showError } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Report() {
  const { me, reload: reloadMe } = useMe()
  const posts = useApi('wishes', 'posts', {})
  const mine = usePaged('wishes', 'hours', { scope: 'mine' })
  useReachBottom(() => mine.loadMore())
  const [form, setForm] = useState({ workplace: '', skills: '' })
  const [log, setLog] = useState({ postIndex: 0, date: localDate(new Date()), hours: '2', note: '' })
  const { busy, run: act } = useAction()
  useEffect(() => {
    if (me) setForm({ workplace: me.workplace ?? '', skills: (me.skills ?? []).join('、') })
  }, [me])
  const joined = (posts.data?.items ?? []).filter((p) => p.joined)

  const run = (fn: () => Promise<unknown>, ok: string) => act(fn, { ok })

  const saveReport = () =>
    run(async () => {
      const skills = form.skills.split(/[、,，\s]+/).map((s) => s.trim()).filter(Boolean)
      await call('members', 'report', { workplace: form.workplace, skills })
      await reloadMe()
    }, '已报到')

  const join = (postId: string) => run(() => call('wishes', 'joinPost', { postId }).then(() => posts.reload()), '已认领岗位')

  const submitHours = () =>
    run(async () => {
      await call('wishes', 'logHours', { postId: joined[log.postIndex].id, date: log.date, hours: Number(log.hours), note: log.note })
      setLog({ ...log, note: '' })
      await mine.reload()
    }, '已提交，等待社工确认')

  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>到居住社区报到</Text>
        <Text className='muted report-hint'>在职党员向居住地社区报到，亮身份、领岗位、做服务。</Text>
        <View className='field'>
          <Text className='field-label'>工作单位党组织</Text>
          <Input id='report-workplace' className='input' value={form.workplace} maxlength={60} placeholder='例如：区发改局机关第二党支部' onInput={(e) => setForm({ ...form, workplace: e.detail.value })} />
        </View>
        <View className='field'>
          <Text className='field-label'>特长（用顿号分隔）</Text>
          <Input id='report-skills' className='input' value={form.skills} maxlength={120} placeholder='例如：法律咨询、电脑维修' onInput={(e) => setForm({ ...form, skills: e.detail.value })} />
        </View>
        <Button id='report-save' className='btn btn-primary' disabled={busy || !form.workplace.trim()} onClick={saveReport}>
          {me?.workplace ? '更新报到信息' : '报到'}
        </Button>
      </View>

      <Text className='section-title'>服务岗位</Text>
      <StateView loading={posts.loading} error={posts.error} empty={posts.data?.items.length === 0} emptyText='社区还没有设置服务岗位' onRetry={() => void posts.reload()} />
      {posts.data?.items.map((p) => (
        <View key={p.id} className='card row'>
          <View className='grow'>
            <Text className='report-post'>{p.name}</Text>
            <Text className='muted'>{p.description}</Text>
          </View>
          {p.joined ? (
            <Text className='tag tag-green'>已认领</Text>
          ) : (
            <Text id={`join-${p.id}`} className={`tag report-join ${me?.workplace ? 'tag-red' : 'tag-gray'}`} onClick={() => (me?.workplace ? !busy && join(p.id) : showError({ message: '请先填写工作单位完成报到' }))}>
              认领
            </Text>
          )}
        </View>
      ))}

      {joined.length > 0 && (
        <View className='card'>
          <Text className='card-title'>登记服务时长</Text>
          <Picker mode='selector' range={joined.map((p) => p.name)} onChange={(e) => setLog({ ...log, postIndex: Number(e.detail.value) })}>
            <View className='input field'>岗位：{joined[log.postIndex]?.name}</View>
          </Picker>
          <Picker mode='date' value={log.date} end={localDate(new Date())} onChange={(e) => setLog({ ...log, date: e.detail.value })}>
            <View className='input field'>日期：{log.date}</View>
          </Picker>
          <View className='field'>
            <Text className='field-label'>时长（小时）</Text>
            <Input id='hours-hours' className='input' type='digit' value={log.hours} onInput={(e) => setLog({ ...log, hours: e.detail.value })} />
          </View>
          <Textarea id='hours-note' className='input textarea' value={log.note} maxlength={200} placeholder='做了什么' onInput={(e) => setLog({ ...log, note: e.detail.value })} />
          <Button id='hours-submit' className='btn btn-primary' disabled={busy || !log.note.trim() || !(Number(log.hours) > 0)} onClick={submitHours}>
            提交
          </Button>
        </View>
      )}

      <Text className='section-title'>我的服务记录</Text>
      <StateView loading={mine.loading && mine.items.length === 0} error={mine.error} empty={mine.done && mine.items.length === 0} emptyText='还没有服务记录' onRetry={() => void mine.reload()} />
      {mine.items.map((l) => (
        <View key={l.id} className='card row'>
          <View className='grow'>
            <Text>
              {l.date} · {l.postName} · {l.hours} 小时
            </Text>
            <Text className='muted report-note'>{l.note}</Text>
          </View>
          <Text className={`tag ${l.state === 'confirmed' ? 'tag-green' : l.state === 'rejected' ? 'tag-gray' : ''}`}>
            {l.stateName}
            {l.points ? ` +${l.points}` : ''}
          </Text>
        </View>
      ))}
      <ListEnd loading={mine.loading} done={mine.done} count={mine.items.length} />
    </PageRoot>
  )
}
