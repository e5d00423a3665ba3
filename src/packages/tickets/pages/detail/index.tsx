/** 工单详情: the problem, the departments and their deadlines, the timeline in plain words, and the next step. */
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ApiError, call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { StateView } from '@/components/StateView'
import { ActionPanel } from '../../components/ActionPanel'
import { Gallery } from '@/components/Photos'
import { PRIORITY_NAMES } from '@/domain/tickets/model'
import { PageRoot } from '@/components/PageRoot'
import { TakeNeed } from '@/components/TakeNeed'
import './index.scss'

/** A ticket the caller may not see, or that does not exist: say so plainly; trying again would not help. */
function Unavailable({ error }: { error: ApiError }) {
  const forbidden = error.code === 'FORBIDDEN'
  return (
    <PageRoot>
      <View className='state' data-testid={forbidden ? 'ticket-forbidden' : 'ticket-missing'}>
        <Text className='unavailable-title'>{forbidden ? '无权查看这张工单' : '没有找到这张工单'}</Text>
        <Text className='muted'>{forbidden ? `${error.message}。只有反映人、关注人、本社区的书记和社工、被派单部门的联络员可以查看。` : '它可能已被删除，或链接有误。'}</Text>
        <Button className='btn btn-plain' onClick={() => Taro.redirectTo({ url: '/packages/tickets/pages/list/index' })}>
          查看我的工单
        </Button>
      </View>
    </PageRoot>
  )
}

export default function Detail() {
  const id = useRouter().params.id ?? ''
  const q = useApi('tickets', 'get', { id })
  const { busy, run } = useAction()
  const t = q.data
  if (!t && q.error instanceof ApiError && (q.error.code === 'FORBIDDEN' || q.error.code === 'NOT_FOUND')) return <Unavailable error={q.error} />
  if (!t) return <PageRoot><StateView loading={q.loading} error={q.error} onRetry={q.reload} /></PageRoot>

  const toggleFollow = () => run(() => call('tickets', t.following ? 'unfollow' : 'follow', { id }), { ok: t.following ? '已取消关注' : '已关注', then: q.reload })

  /** The resident's phone for whoever handles the ticket: asked for on purpose, and audited. */
  const contactSubmitter = () =>
    run(() => call('members', 'contact', { openid: t.submitterId!, reason: `办理工单：${t.title}`.slice(0, 60) }), {
      confirm: { title: '联系反映人', content: '查看居民的联系方式会记入审计日志，只用于办理这个问题。确定查看吗？' },
      then: async (c) => {
        const r = await Taro.showModal({
          title: c.name ?? '反映人',
          content: [c.phone ?? '没有留手机号', c.building].filter(Boolean).join('\n'),
          confirmText: c.phone ? '拨打' : '知道了',
          showCancel: !!c.phone,
          cancelText: '关闭',
        })
        if (r.confirm && c.phone) await Taro.makePhoneCall({ phoneNumber: c.phone })
      },
    })

  return (
    <PageRoot>
      <View className='card'>
        <View className='row'>
          <Text className='tag' id='ticket-state'>
            {t.stateName}
          </Text>
          {t.reopenCount > 0 && <Text className='tag tag-gray'>退回重办 {t.reopenCount} 次</Text>}
        </View>
        <Text className='ticket-head'>{t.title}</Text>
        <Text className='muted'>{[t.categoryName, t.priority ? PRIORITY_NAMES[t.priority] : '', t.location?.address].filter(Boolean).join(' · ')}</Text>
        <Text className='ticket-desc'>{t.description}</Text>
        <Gallery images={t.images} />
        <Text className='muted'>
          {t.submitterName ?? '居民'} 反映于 {formatTime(t.createdAt)}
        </Text>
        {t.submitterId && (
          <View>
            <Button className='btn btn-plain' size='mini' id='ticket-contact' onClick={contactSubmitter}>
              联系反映人
            </Button>
          </View>
        )}
        {t.source && (
          <Text id='ticket-source' className='ticket-source' onClick={() => Taro.navigateTo({ url: `/packages/meetings/pages/detail/index?id=${encodeURIComponent(t.source!.id)}` })}>
            {`来自会议决议：${t.source.title} ›`}
          </Text>
        )}
        {t.reason && <Text className='muted'>{`\n说明：${t.reason}`}</Text>}
        {t.rating && <Text className='muted'>{`\n评价：${'★'.repeat(t.rating.score)}${t.rating.comment ? ` ${t.rating.comment}` : ''}`}</Text>}
        {t.satisfiedByDefault && <Text className='muted'>{'\n到期未评价，按默认满意关闭'}</Text>}
        {!t.mine && (
          <View>
            <Button className='btn btn-plain' size='mini' id='ticket-follow' disabled={busy} onClick={toggleFollow}>
              {t.following ? '取消关注' : '关注进展'}
            </Button>
          </View>
        )}
      </View>
      {t.departments.length > 0 && (
        <View className='card'>
          <Text className='card-title'>责任部门</Text>
          {t.departments.map((d) => (
            <View key={d.departmentId} className='dept-row row' data-testid={`dept-${d.departmentId}`}>
              <Text className='grow'>
                {d.name}
                {d.role === 'lead' ? '（牵头）' : '（协同）'}
              </Text>
              {d.acknowledgedAt ? (
                <Text className='muted'>已报到 {formatTime(d.acknowledgedAt)}</Text>
              ) : (
                <Text className={d.overdue ? 'overdue' : 'muted'}>
                  {d.overdue ? '报到已超时' : `${formatTime(d.ackDeadline)}前报到`}
                </Text>
              )}
            </View>
          ))}
          {t.resolveDeadline && (
            <Text className={t.resolveOverdue ? 'overdue' : 'muted'}>
              {t.resolveOverdue ? '办结已超时：' : '办结时限：'}
              {formatTime(t.resolveDeadline)}
            </Text>
          )}
        </View>
      )}
      <ActionPanel t={t} onDone={() => void q.reload()} />
      <TakeNeed kind='ticket' id={id} />
      <View className='card'>
        <Text className='card-title'>办理经过</Text>
        {t.timeline.map((e, i) => (
          <View key={i} className='timeline-item' data-testid='timeline-item'>
            <Text className='timeline-text'>{e.text}</Text>
            <Gallery images={e.images} />
            <Text className='muted'>
              {formatTime(e.at)}
              {e.byName && e.role !== 'resident' ? ` · ${e.byName}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </PageRoot>
  )
}
