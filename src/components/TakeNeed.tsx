/** 列入群众服务需求清单: a secretary's or staff's button on a wish, a ticket or a survey; taking it twice opens the same need. */
import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { call } from '@/api'
import { useAction } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'

export function TakeNeed({ kind, id }: { kind: 'wish' | 'ticket' | 'survey'; id: string }) {
  const { me } = useMe()
  const { busy, run } = useAction()
  if (!hasRole(me, 'secretary', 'staff')) return null
  const take = () =>
    run(() => call('council', 'takeNeed', { source: { kind, id } }), {
      ok: (r) => (r.deduped ? '已在需求清单中' : '已列入需求清单'),
      then: (r) => void Taro.navigateTo({ url: `/packages/council/pages/item/index?id=${encodeURIComponent(r.item.id)}` }),
    })
  return (
    <Button id='take-need' className='btn btn-plain' size='mini' disabled={busy} onClick={take}>
      列入群众服务需求清单
    </Button>
  )
}
