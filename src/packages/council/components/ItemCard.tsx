/** One item of 三张清单 in a list: state, title, who and when; tapping opens it. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ListItemView } from '@/domain/contracts/council'
import { itemMeta, itemUrl, STATE_TAGS } from '../labels'

export function ItemCard({ i, onClick }: { i: ListItemView; onClick?: () => void }) {
  return (
    <View id={`item-${i.id}`} className='card' onClick={onClick ?? (() => Taro.navigateTo({ url: itemUrl(i.id) }))}>
      <View className='row'>
        <Text className={`tag ${STATE_TAGS[i.state]}`}>{i.stateName}</Text>
        {i.overdue && <Text className='tag tag-red'>已逾期</Text>}
        <Text className='muted grow council-level'>{i.unitName}</Text>
      </View>
      <Text className='card-title'>{i.title}</Text>
      <Text className='muted'>{itemMeta(i)}</Text>
      {i.matchedTo && (
        <Text className='muted'>
          已对接：{i.matchedTo.title}（{i.matchedTo.unitName}）
        </Text>
      )}
    </View>
  )
}
