/** A row of tappable choices (single or multiple), easier than a picker for short lists. */
import { Text, View } from '@tarojs/components'
import './Chips.scss'

interface Props<K extends string> {
  name: string
  options: readonly { key: K; label: string }[]
  selected: K[]
  onToggle(key: K): void
}

export function Chips<K extends string>({ name, options, selected, onToggle }: Props<K>) {
  return (
    <View className='chips'>
      {options.map((o) => (
        <Text key={o.key} id={`${name}-${o.key}`} className={`chip ${selected.includes(o.key) ? 'chip-on' : ''}`} onClick={() => onToggle(o.key)}>
          {o.label}
        </Text>
      ))}
    </View>
  )
}
