/** 服务队: the volunteer teams of the community, which I am in, and the way into each. */
import { useState } from 'react'
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { showError } from '@/components/toast'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { teamUrl } from '../../labels'
import './index.scss'

export default function Teams() {
  const { me } = useMe()
  const list = usePaged('projects', 'teams', {})
  useReachBottom(() => list.loadMore())
  useDidShow(() => void list.reload())
  return (
    <PageRoot>
      <Text className='muted teams-intro'>党员就近加入服务队，服务队认领书记领航项目，服务时长经领办书记确认后计入双报到并记积分。</Text>
      {hasRole(me, 'secretary', 'staff') && <NewTeam onCreated={(id) => void Taro.navigateTo({ url: teamUrl(id) })} />}
      <PagedState list={list} emptyText='社区还没有服务队' />
      {list.items.map((t) => (
        <View key={t.id} id={`team-${t.id}`} className='card' onClick={() => void Taro.navigateTo({ url: teamUrl(t.id) })}>
          <View className='row'>
            <Text className='card-title grow'>{t.name}</Text>
            {t.joined && <Text className='tag tag-green'>已加入</Text>}
          </View>
          <Text className='muted teams-line'>
            {t.unitName} · 队长 {t.leaderName} · {t.memberCount} 名队员
          </Text>
          {t.intro && <Text className='teams-line'>{t.intro}</Text>}
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}

/** 建立服务队 (secretary, staff): in one of the communities they serve, led by themselves at first. */
function NewTeam({ onCreated }: { onCreated(id: string): void }) {
  const [communities, setCommunities] = useState<{ id: string; name: string }[] | undefined>()
  const [unitId, setUnitId] = useState('')
  const [name, setName] = useState('')
  const [intro, setIntro] = useState('')
  const { busy, run } = useAction()
  const open = async () => {
    try {
      const form = await call('projects', 'form', {})
      const list = form.units.filter((u) => u.level === 'community').map((u) => ({ id: u.id, name: u.name }))
      setCommunities(list)
      setUnitId(list[0]?.id ?? '')
    } catch (e) {
      showError(e)
    }
  }
  if (!communities) {
    return (
      <Button id='teams-new' className='btn btn-plain' onClick={() => void open()}>
        建立服务队
      </Button>
    )
  }
  return (
    <View className='card' id='teams-new-form'>
      <Text className='card-title'>建立服务队</Text>
      <View className='row teams-choices'>
        {communities.map((c) => (
          <Text key={c.id} id={`teams-new-unit-${c.id}`} className={`tag ${unitId === c.id ? 'tag-red' : 'tag-gray'}`} onClick={() => setUnitId(c.id)}>
            {c.name}
          </Text>
        ))}
      </View>
      <Input id='teams-new-name' className='input teams-line' value={name} maxlength={30} placeholder='服务队名称，例如：望湖助老服务队' onInput={(e) => setName(e.detail.value)} />
      <Textarea id='teams-new-intro' className='input textarea teams-line' value={intro} maxlength={300} placeholder='做什么、什么时候服务（选填）' onInput={(e) => setIntro(e.detail.value)} />
      <Button
        id='teams-new-submit'
        className='btn btn-primary teams-line'
        disabled={busy || !name.trim() || !unitId}
        loading={busy}
        onClick={() => void run(() => call('projects', 'createTeam', { unitId, name, ...(intro.trim() ? { intro } : {}) }), { ok: '服务队已建立，您是队长', then: (t) => onCreated(t.id) })}
      >
        建立
      </Button>
    </View>
  )
}
