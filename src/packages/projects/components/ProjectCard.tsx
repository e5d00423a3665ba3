/** A project in a list: title, state, who leads it, whom it serves and how far it is. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ProjectCard as Card } from '@/domain/contracts/projects'
import { projectUrl, STATE_TAGS } from '../labels'
import './ProjectCard.scss'

export function ProjectCard({ p }: { p: Card }) {
  return (
    <View className='card project-card' id={`project-${p.id}`} onClick={() => void Taro.navigateTo({ url: projectUrl(p.id) })}>
      <View className='row'>
        <Text className='card-title grow'>{p.title}</Text>
        <Text className={`tag ${STATE_TAGS[p.state]}`}>{p.stateName}</Text>
      </View>
      <Text className='muted project-line'>
        {p.unitName} · 领办 {p.leaderName} · 服务 {p.communityNames.join('、')}
      </Text>
      <Text className='muted project-line'>
        {p.startDate} 至 {p.endDate}
      </Text>
      <ProgressBar percent={p.progress} label={`节点 ${p.milestonesDone}/${p.milestonesTotal}`} />
    </View>
  )
}

export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <View className='row project-progress'>
      <View className='project-bar grow'>
        <View className='project-bar-fill' style={{ width: `${percent}%` }} />
      </View>
      <Text className='muted project-progress-label'>{label}</Text>
    </View>
  )
}
