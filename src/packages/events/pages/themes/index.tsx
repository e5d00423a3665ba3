/** 主题共商: members propose next month's themes and vote (one vote each per theme); ranked by votes. */
import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { monthOf } from '@/domain/events/rules'
import { local } from '@/domain/time'
import './index.scss'

export default function Themes() {
  const { me } = useMe()
  const member = hasRole(me, 'member')
  const months = [0, 1, 2].map((n) => monthOf(local(Date.now()).add(n, 'month').valueOf()))
  const [month, setMonth] = useState(months[1])
  const list = useApi('events', 'themes', { month })
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const { busy, run } = useAction()

  const act = (f: () => Promise<unknown>, ok: string) => run(f, { ok, then: list.reload })
  const propose = () =>
    act(async () => {
      await call('events', 'proposeTheme', { month, title, description })
      setTitle('')
      setDescription('')
    }, '已提交提议')

  return (
    <PageRoot>
      <View className='row'>
        {months.map((m) => (
          <Text key={m} className={`tag ${m === month ? 'tag-red' : 'tag-gray'}`} onClick={() => setMonth(m)}>
            {local(`${m}-15`).format('M月')}
          </Text>
        ))}
      </View>
      <Text className='section-title'>大家提议的主题（按票数）</Text>
      <StateView loading={list.loading && !list.data} error={list.error} empty={list.data?.items.length === 0} emptyText='还没有人提议，来当第一个吧' onRetry={list.reload} />
      {list.data?.items.map((t) => (
        <View key={t.id} className='card' id={`theme-${t.id}`}>
          <View className='row'>
            <Text className='card-title grow'>{t.rank}. {t.title}</Text>
            <Text className='badge'>{t.votes} 票</Text>
          </View>
          <Text className='th-desc'>{t.description}</Text>
          <View className='row'>
            <Text className='muted'>提议人：{t.byName}</Text>
            {t.voted ? <Text className='tag tag-gray'>已投票</Text> : member ? <Text className='th-vote' onClick={() => act(() => call('events', 'voteTheme', { themeId: t.id }), '已投票')}>投一票</Text> : null}
          </View>
        </View>
      ))}
      {me && !member && <View className='muted' id='themes-members-only'>提议和投票由党员参与，工作人员可在此参考排行编排活动。</View>}
      {member && (
        <View className='card'>
          <Text className='card-title'>我来提议</Text>
          <View className='field'>
            <Text className='field-label'>主题（30 字内）</Text>
            <Input className='input' id='theme-title' value={title} maxlength={30} onInput={(v) => setTitle(v.detail.value)} />
          </View>
          <View className='field'>
            <Text className='field-label'>想怎么开展（300 字内）</Text>
            <Textarea className='input' id='theme-desc' value={description} maxlength={300} onInput={(v) => setDescription(v.detail.value)} />
          </View>
          <Button className='btn btn-primary' id='theme-submit' disabled={busy || !title.trim() || !description.trim()} onClick={propose}>提交提议</Button>
        </View>
      )}
    </PageRoot>
  )
}
