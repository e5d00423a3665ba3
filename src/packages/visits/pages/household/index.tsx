/** A household (联系户): who lives there, its visits, and the 记录走访 form for those who may log. */
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, useReloadOnReturn } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { Gallery } from '@/components/Photos'
import { PageRoot } from '@/components/PageRoot'
import { lastVisitLabel, PACE_NAMES, PACE_TAGS, TAG_NAMES, visitDayLabel } from '../../labels'
import { VisitForm } from './VisitForm'
import './index.scss'

export default function HouseholdPage() {
  const id = useRouter().params.id ?? ''
  const res = useApi('visits', 'get', { id })
  useReloadOnReturn(res.reload)
  const { busy, run } = useAction()
  const h = res.data
  if (!h) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />

  /** After either answer the household is shown afresh (someone else may have changed it). */
  const release = (memberOpenid: string, memberName: string) =>
    run(() => call('visits', 'release', { householdId: id, expected: memberOpenid }), {
      confirm: { title: '取消分配', content: `${memberName} 将不再联系这一户，确定吗？` },
      ok: '已取消分配',
      then: () => void res.reload(),
      failed: () => void res.reload(),
    })

  return (
    <PageRoot>
      <View className='card' id='household-head'>
        <View className='row'>
          <Text className='card-title grow'>{h.address}</Text>
          <Text className={`tag ${PACE_TAGS[h.pace]}`}>{PACE_NAMES[h.pace]}</Text>
        </View>
        <Text className='household-line'>户主 {h.headName}</Text>
        {h.phone && (
          <Text className='household-line household-phone' id='household-phone' onClick={() => void Taro.makePhoneCall({ phoneNumber: h.phone! }).catch(() => undefined)}>
            电话 {h.phone}
          </Text>
        )}
        <View className='row household-line'>
          {h.tags.map((t) => (
            <Text key={t} className='tag tag-gray'>
              {TAG_NAMES[t]}
            </Text>
          ))}
        </View>
        <Text className='muted household-line'>
          {h.gridName ?? ''} · {h.memberName ? `联系党员 ${h.memberName}` : '未分配联系党员'} · {lastVisitLabel(h.lastVisitAt)} · 今年已走访 {h.visitsThisYear} 次
        </Text>
        <Text className='muted household-line'>户主电话只给联系党员和网格、社区工作人员，每次查看都记入审计日志。</Text>
        {h.canAssign && h.memberOpenid && (
          <Button id='household-release' className='btn btn-plain household-line' size='mini' disabled={busy} onClick={() => void release(h.memberOpenid!, h.memberName ?? '联系党员')}>
            取消分配
          </Button>
        )}
      </View>

      {h.canLog && <VisitForm householdId={h.id} onLogged={() => void res.reload()} />}

      <Text className='section-title'>走访记录</Text>
      <StateView empty={h.visits.length === 0} emptyText='还没有走访记录' />
      {h.visits.map((v) => (
        <View key={v.id} className='card visit-item'>
          <View className='row'>
            <Text className='grow visit-day'>{visitDayLabel(v.visitedAt)}</Text>
            <Text className='muted'>{v.byName}</Text>
          </View>
          <Text className='household-line'>{v.found}</Text>
          <Gallery images={v.photos} />
          {v.followUp && (
            <Text
              className='household-line visit-follow'
              onClick={() =>
                void Taro.navigateTo({ url: v.followUp!.kind === 'ticket' ? `/packages/tickets/pages/detail/index?id=${v.followUp!.id}` : `/packages/wishes/pages/detail/index?id=${v.followUp!.id}` })
              }
            >
              {v.followUp.kind === 'ticket' ? '已反映诉求' : '已发布微心愿'}：{v.followUp.title} ›
            </Text>
          )}
        </View>
      ))}
    </PageRoot>
  )
}
