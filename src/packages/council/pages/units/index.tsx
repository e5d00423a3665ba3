/** 大党委: the member units of the caller's community and street (驻区单位、两新组织、学校、机关事业单位、物业) with their 兼职委员, and the 结对共建 of the community. */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useApi, useReloadOnReturn } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { unitUrl } from '../../labels'
import '../../components/council.scss'
import './index.scss'

export default function CouncilUnits() {
  const res = useApi('council', 'units', {})
  useReloadOnReturn(res.reload)
  const data = res.data
  if (!data) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  return (
    <PageRoot>
      <Text className='muted council-intro'>驻区单位、两新组织、学校、机关事业单位和物业的党组织加入社区“大党委”，由单位党员担任兼职委员，共驻共建、资源共享。</Text>
      <View className='row council-tabs'>
        <Button id='council-open-lists' className='btn btn-primary grow' onClick={() => Taro.navigateTo({ url: '/packages/council/pages/lists/index' })}>
          三张清单
        </Button>
        <Button id='council-open-review' className='btn btn-plain grow' onClick={() => Taro.navigateTo({ url: '/packages/council/pages/review/index' })}>
          年度回头看
        </Button>
      </View>
      {data.canEditIn.length > 0 && (
        <Button id='unit-new' className='btn btn-plain' onClick={() => Taro.navigateTo({ url: '/packages/council/pages/edit/index' })}>
          登记成员单位
        </Button>
      )}
      <Text className='section-title'>成员单位（{data.items.length}）</Text>
      <StateView empty={data.items.length === 0} emptyText='还没有登记成员单位' />
      {data.items.map((u) => (
        <View key={u.id} id={`unit-${u.id}`} className='card' onClick={() => Taro.navigateTo({ url: unitUrl(u.id) })}>
          <View className='row'>
            <Text className='tag'>{u.kindName}</Text>
            <Text className='muted grow council-level'>{u.unitName}</Text>
          </View>
          <Text className='card-title'>{u.name}</Text>
          <Text className='muted'>{u.partyOrg}</Text>
          {u.committee.length > 0 && <Text className='muted council-line'>兼职委员：{u.committee.map((c) => c.name).join('、')}</Text>}
          {u.pairedWith.length > 0 && <Text className='muted council-line'>结对社区：{u.pairedWith.join('、')}</Text>}
        </View>
      ))}
      <Text className='section-title'>结对共建（{data.pairings.length}）</Text>
      <StateView empty={data.pairings.length === 0} emptyText='还没有结对共建协议' />
      {data.pairings.map((p) => (
        <View key={p.id} id={`pairing-${p.id}`} className='card' onClick={() => Taro.navigateTo({ url: unitUrl(p.memberUnitId) })}>
          <View className='row'>
            <Text className='card-title grow'>
              {p.memberUnitName} × {p.communityName}
            </Text>
            <Text className={`tag ${p.active ? 'tag-green' : 'tag-gray'}`}>{p.active ? '协议期内' : '不在协议期'}</Text>
          </View>
          <Text className='muted'>{p.what}</Text>
          <Text className='muted council-line'>
            协议期 {p.from} 至 {p.to}
          </Text>
        </View>
      ))}
    </PageRoot>
  )
}
