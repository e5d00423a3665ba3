/** Loading / error / empty states for a page or a list; renders nothing when there is content. */
import { Button, Text, View } from '@tarojs/components'

interface Props {
  loading?: boolean
  error?: { message: string } | unknown
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
}

export function StateView({ loading, error, empty, emptyText = '这里还没有内容', onRetry }: Props) {
  if (error) {
    const message = (error as { message?: string }).message || '加载失败'
    return (
      <View className='state state-error' data-testid='state-error'>
        <Text>{message}</Text>
        {onRetry && (
          <Button className='btn btn-plain' size='mini' onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (loading) {
    return (
      <View className='state' data-testid='state-loading'>
        <Text>加载中…</Text>
      </View>
    )
  }
  if (empty) {
    return (
      <View className='state' data-testid='state-empty'>
        <Text>{emptyText}</Text>
      </View>
    )
  }
  return null
}

/** The foot of a paged list: loading more, the end, or nothing. */
export function ListEnd({ loading, done, count }: { loading: boolean; done: boolean; count: number }) {
  if (loading && count > 0) return <Text className='list-end'>加载中…</Text>
  if (done && count > 0) return <Text className='list-end'>— 没有更多了 —</Text>
  return null
}

/** The states of a usePaged list: loading its first page, its error, or empty once it has ended. */
export function PagedState({
  list,
  emptyText,
}: {
  list: { loading: boolean; error?: unknown; done: boolean; items: unknown[]; reload: () => unknown }
  emptyText?: string
}) {
  const empty = list.done && list.items.length === 0
  return <StateView loading={list.loading && list.items.length === 0} error={list.error} empty={empty} emptyText={emptyText} onRetry={() => void list.reload()} />
}
