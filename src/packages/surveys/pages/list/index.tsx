/** 问卷调查: residents see the surveys open to them (已填写 marked); staff see every survey with its state and count. */
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { SurveyCard } from '../../components/SurveyCard'
import './index.scss'

export default function SurveyList() {
  const { me } = useMe()
  const staff = hasRole(me, 'secretary', 'staff')
  const list = usePaged('surveys', 'list', {})
  useReachBottom(() => list.loadMore())
  useDidShow(() => {
    if (list.items.length) void list.reload()
  })

  return (
    <PageRoot>
      <Text className='muted surveys-hint'>
        {staff ? '年初需求调研、年中回头看、年底满意度：新建问卷，发布后居民在截止前填写' : '社区想听听您的意见：截止前填写的内容都可以修改'}
      </Text>
      {staff && (
        <Button id='survey-new' className='btn btn-primary' onClick={() => Taro.navigateTo({ url: '/packages/surveys/pages/edit/index' })}>
          新建问卷
        </Button>
      )}
      <PagedState list={list} emptyText={staff ? '还没有问卷，点“新建问卷”开始' : '现在没有需要填写的问卷'} />
      {list.items.map((s) => (
        <SurveyCard key={s.id} s={s} staff={staff} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
