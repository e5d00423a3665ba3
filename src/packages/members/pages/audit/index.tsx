/** 审计日志 (admin): role grants, staff reads of residents' contacts, data exports and deletions. */
import { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { ROLE_NAMES, type Role } from '@/domain/roles'
import { formatTime } from '@/components/format'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'

export default function Audit() {
  const log = usePaged('members', 'auditLog', { limit: 30 })
  useReachBottom(log.loadMore)
  return (
    <PageRoot>
      <PagedState list={log} emptyText='还没有审计记录' />
      {log.items.map((e) => (
        <View key={e.id} className='card' data-testid='audit-entry'>
          <View className='row'>
            <Text className='tag'>{e.actionText}</Text>
            <Text className='muted'>{formatTime(e.at, true)}</Text>
          </View>
          <Text>
            {e.byName ?? e.by} → {e.targetName ?? e.target}
          </Text>
          {typeof e.details.reason === 'string' && <Text className='muted'> 原因：{e.details.reason}</Text>}
          {typeof e.details.role === 'string' && <Text className='muted'> 角色：{ROLE_NAMES[e.details.role as Role] ?? e.details.role}</Text>}
        </View>
      ))}
      <ListEnd loading={log.loading} done={log.done} count={log.items.length} />
    </PageRoot>
  )
}
