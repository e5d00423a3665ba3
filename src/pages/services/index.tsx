/** 服务: the services residents can book. */
import { Text, View } from '@tarojs/components'
import { RoleSwitcher } from '@/components/RoleSwitcher'
import { StateView } from '@/components/StateView'
import './index.scss'

export default function Services() {
  return (
    <View className='page'>
      <RoleSwitcher />
      <Text className='section-title'>预约服务</Text>
      <StateView empty emptyText='服务项目正在上架中' />
    </View>
  )
}
