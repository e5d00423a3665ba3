/** One 服务队: its members, the projects it claimed, and joining or leaving it. */
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, useReloadOnReturn } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { PageRoot } from '@/components/PageRoot'
import { StateView } from '@/components/StateView'
import { day, projectUrl } from '../../labels'
import './index.scss'

export default function TeamPage() {
  const id = useRouter().params.id ?? ''
  const { me } = useMe()
  const res = useApi('projects', 'team', { id })
  useReloadOnReturn(res.reload)
  const { busy, run } = useAction()
  const t = res.data
  if (!t) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  const isLeader = me?.openid === t.leader
  return (
    <PageRoot>
      <View className='card' id='team-head'>
        <Text className='card-title'>{t.name}</Text>
        <Text className='muted team-line'>
          {t.unitName} · 队长 {t.leaderName} · {t.memberCount} 名队员
        </Text>
        {t.intro && <Text className='team-line'>{t.intro}</Text>}
        {hasRole(me, 'member') && !isLeader && (
          <Button
            id={t.joined ? 'team-leave' : 'team-join'}
            className={`btn ${t.joined ? 'btn-plain' : 'btn-primary'} team-line`}
            disabled={busy}
            onClick={() =>
              void run(() => call('projects', t.joined ? 'leaveTeam' : 'joinTeam', { teamId: t.id }), {
                ...(t.joined ? { confirm: { title: '退出服务队', content: `确定退出「${t.name}」吗？` } } : {}),
                ok: t.joined ? '已退出服务队' : '已加入服务队',
                then: () => void res.reload(),
                failed: () => void res.reload(),
              })
            }
          >
            {t.joined ? '退出服务队' : '加入服务队'}
          </Button>
        )}
      </View>
      <Text className='section-title'>队员</Text>
      <View className='card row team-members'>
        {t.members.map((m) => (
          <Text key={m.openid} className={`tag ${m.openid === t.leader ? 'tag-red' : 'tag-gray'}`}>
            {m.name}
            {m.openid === t.leader ? '（队长）' : ''}
          </Text>
        ))}
      </View>
      <Text className='section-title'>认领的项目</Text>
      <StateView empty={t.claims.length === 0} emptyText='还没有认领项目，去书记领航看看吧' />
      {t.claims.map((c) => (
        <View key={c.id} className='card' id={`team-claim-${c.projectId}`} onClick={() => void Taro.navigateTo({ url: projectUrl(c.projectId) })}>
          <View className='row'>
            <Text className='grow'>{c.projectTitle}</Text>
            <Text className={`tag ${c.state === 'active' ? 'tag-green' : 'tag-gray'}`}>{c.stateName}</Text>
          </View>
          <Text className='muted team-line'>{day(c.at)} 认领</Text>
        </View>
      ))}
    </PageRoot>
  )
}
