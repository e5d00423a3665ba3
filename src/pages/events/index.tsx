/** 活动: the open organization-life menu. */
import { Text, View } from '@tarojs/components'
import { RoleSwitcher } from '@/components/RoleSwitcher'
import { StateView } from '@/components/StateView'
import './index.scss'

export default function Events() {
  return (
    <View className='page'>
      <RoleSwitcher />
      <Text className='section-title'>开放式组织生活菜单</Text>
      <StateView empty emptyText='本月活动菜单正在编排中' />
    </View>
  )
}
