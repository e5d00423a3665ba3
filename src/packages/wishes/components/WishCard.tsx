/** One wish on a list: title, state, the beneficiary as the viewer may see them, who claimed it. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { WishCard as Card } from '@/domain/contracts/wishes'
import { formatTime } from '@/components/format'
import './WishCard.scss'

export function WishCard({ wish }: { wish: Card }) {
  return (
    <View
      className='card wish-card'
      id={`wish-${wish.id}`}
      data-testid='wish-card'
      onClick={() => Taro.navigateTo({ url: `/packages/wishes/pages/detail/index?id=${wish.id}` })}
    >
      <View className='row'>
        <Text className='wish-card-title grow'>{wish.title}</Text>
        <Text className={`tag ${wish.state === 'listed' ? 'tag-red' : wish.state === 'confirmed' ? 'tag-green' : ''}`}>{wish.stateName}</Text>
      </View>
      <View className='wish-card-meta'>
        {wish.category && <Text className='tag tag-gray'>{wish.category}</Text>}
        {wish.flagged && <Text className='tag'>超 30 天未认领</Text>}
        <Text className='muted'>{wish.beneficiary.display}</Text>
      </View>
      <Text className='muted'>
        {wish.claimerName ? `${wish.claimerName} 认领 · ` : ''}
        {formatTime(wish.listedAt ?? wish.postedAt)}
      </Text>
    </View>
  )
}
