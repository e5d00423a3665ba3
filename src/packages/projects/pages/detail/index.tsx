/**
 * A service project: what it is for, who leads and who claimed it, its milestones with evidence,
 * progress, hours, and the moves the caller may make (movesOpen from the project's machine).
 */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, useReloadOnReturn } from '@/api/hooks'
import type { ProjectDetail } from '@/domain/contracts/projects'
import { Chips } from '@/components/Chips'
import { Gallery, Photos } from '@/components/Photos'
import { PageRoot } from '@/components/PageRoot'
import { StateView } from '@/components/StateView'
import { ProgressBar } from '../../components/ProjectCard'
import { ACTION_NAMES, day, MOVE_NAMES, STATE_TAGS, teamUrl } from '../../labels'
import './index.scss'

export default function ProjectDetailPage() {
  const id = useRouter().params.id ?? ''
  const res = useApi('projects', 'get', { id })
  useReloadOnReturn(res.reload)
  const p = res.data
  if (!p) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  const reload = () => void res.reload()
  const can = (m: string) => p.movesOpen.includes(m)
  return (
    <PageRoot>
      <View className='card' id='project-head'>
        <View className='row'>
          <Text className='card-title grow'>{p.title}</Text>
          <Text className={`tag ${STATE_TAGS[p.state]}`} id='project-state'>
            {p.stateName}
          </Text>
        </View>
        <Text className='project-line'>{p.goal}</Text>
        <Text className='muted project-line'>
          {p.unitName} · 领办书记 {p.leaderName}
        </Text>
        <Text className='muted project-line'>服务 {p.communityNames.join('、')}</Text>
        <Text className='muted project-line'>
          {p.startDate} 至 {p.endDate}
          {p.doneAt ? ` · ${day(p.doneAt)} 完成` : ''}
        </Text>
        <ProgressBar percent={p.progress} label={`节点 ${p.milestonesDone}/${p.milestonesTotal}`} />
        <Moves p={p} onDone={reload} />
      </View>

      {p.completion && (
        <View className='card' id='project-completion'>
          <Text className='card-title'>完成成效</Text>
          <Text className='project-line'>{p.completion.note}</Text>
          <Gallery images={p.completion.photos} />
        </View>
      )}
      {can('complete') && p.milestonesDone === p.milestonesTotal && <CompleteForm id={p.id} onDone={reload} />}
      {can('complete') && p.milestonesDone < p.milestonesTotal && <Text className='muted project-line'>所有节点完成后，可以在这里写明成效、上传照片，完成项目。</Text>}

      <Text className='section-title'>项目节点</Text>
      <StateView empty={p.milestones.length === 0} emptyText='这个项目没有设节点' />
      {p.milestones.map((m) => (
        <Milestone key={m.id} projectId={p.id} m={m} canMark={can('milestone')} onDone={reload} />
      ))}

      <Text className='section-title'>认领</Text>
      <StateView empty={p.claims.length === 0} emptyText='还没有单位或服务队认领' />
      {p.claims.map((c) => (
        <View key={c.id} className='card project-claim' id={`claim-${c.claimantId}`} onClick={() => c.kind === 'team' && void Taro.navigateTo({ url: teamUrl(c.claimantId) })}>
          <View className='row'>
            <Text className='grow'>
              {c.kind === 'team' ? '服务队' : '大党委成员单位'} · {c.claimantName}
            </Text>
            <Text className={`tag ${c.state === 'active' ? 'tag-green' : 'tag-gray'}`}>{c.stateName}</Text>
          </View>
          {c.note && <Text className='muted project-line'>{c.note}</Text>}
          <Text className='muted project-line'>
            {day(c.at)} · {c.byName} 登记
          </Text>
        </View>
      ))}
      {can('claim') && p.teamsToClaim.length > 0 && <ClaimButtons p={p} onDone={reload} />}
      {can('claim') && p.unitsToClaim.length > 0 && <UnitClaimForm p={p} onDone={reload} />}

      <Text className='section-title'>服务时长</Text>
      {can('logHours') && (
        <Button id='project-log-hours' className='btn btn-primary' onClick={() => void Taro.navigateTo({ url: `/packages/projects/pages/log/index?id=${encodeURIComponent(p.id)}` })}>
          登记服务时长
        </Button>
      )}
      <StateView empty={p.hours.length === 0} emptyText={p.canLead ? '还没有人登记服务时长' : '您还没有在这个项目登记服务时长'} />
      {p.hours.map((w) => (
        <Hours key={w.id} w={w} canDecide={p.canLead} onDone={reload} />
      ))}

      <Text className='section-title'>项目进展</Text>
      {can('progress') && <ProgressForm projectId={p.id} onDone={reload} />}
      <StateView empty={p.updates.length === 0} emptyText='还没有进展记录' />
      {p.updates.map((u) => (
        <View key={u.id} className='card project-update'>
          <View className='row'>
            <Text className='grow project-strong'>{u.byName}</Text>
            <Text className='muted'>{day(u.at)}</Text>
          </View>
          <Text className='project-line'>{u.note}</Text>
          <Gallery images={u.photos} />
        </View>
      ))}

      <Text className='section-title'>办理记录</Text>
      <View className='card'>
        {p.timeline.map((e, i) => (
          <Text key={i} className='muted project-line'>
            {day(e.at)} {e.byName ?? ''} {ACTION_NAMES[e.action] ?? e.action}
            {e.note ? `：${e.note}` : ''}
          </Text>
        ))}
      </View>
    </PageRoot>
  )
}

function Moves({ p, onDone }: { p: ProjectDetail; onDone(): void }) {
  const { busy, run } = useAction()
  const moves = (['publish', 'start', 'cancel'] as const).filter((m) => p.movesOpen.includes(m))
  if (!moves.length && !p.movesOpen.includes('edit')) return null
  return (
    <View className='row project-moves'>
      {p.movesOpen.includes('edit') && (
        <Button id='project-edit' className='btn btn-plain' size='mini' onClick={() => void Taro.navigateTo({ url: `/packages/projects/pages/edit/index?id=${encodeURIComponent(p.id)}` })}>
          修改
        </Button>
      )}
      {moves.map((m) => (
        <Button
          key={m}
          id={`project-move-${m}`}
          className={`btn ${m === 'cancel' ? 'btn-plain' : 'btn-primary'}`}
          size='mini'
          disabled={busy}
          onClick={() =>
            void run(() => call('projects', 'move', { id: p.id, move: m }), {
              ...(m === 'cancel' ? { confirm: { title: '取消项目', content: '取消后不能再认领、记录进展，确定吗？' } } : {}),
              ok: m === 'publish' ? '已发布，等待认领' : m === 'start' ? '项目开始推进' : '项目已取消',
              then: onDone,
              failed: onDone,
            })
          }
        >
          {MOVE_NAMES[m]}
        </Button>
      ))}
    </View>
  )
}

function Milestone({ projectId, m, canMark, onDone }: { projectId: string; m: ProjectDetail['milestones'][number]; canMark: boolean; onDone(): void }) {
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const { busy, run } = useAction()
  return (
    <View className='card project-milestone' id={`milestone-${m.id}`}>
      <View className='row'>
        <Text className='grow project-strong'>{m.title}</Text>
        <Text className={`tag ${m.doneAt ? 'tag-green' : 'tag-gray'}`}>{m.doneAt ? `${day(m.doneAt)} 完成` : `${m.due} 前`}</Text>
      </View>
      {m.evidence && (
        <View>
          <Text className='project-line'>{m.evidence.note}</Text>
          <Gallery images={m.evidence.photos} />
        </View>
      )}
      {!m.doneAt && canMark && !open && (
        <Button id={`milestone-${m.id}-open`} className='btn btn-plain project-line' size='mini' onClick={() => setOpen(true)}>
          标记完成
        </Button>
      )}
      {open && (
        <View className='project-line'>
          <Textarea id={`milestone-${m.id}-note`} className='input textarea' value={note} maxlength={500} placeholder='完成情况（必填）：做了什么、成效如何' onInput={(e) => setNote(e.detail.value)} />
          <Photos id={`milestone-${m.id}-photo`} images={photos} onChange={setPhotos} />
          <Button
            id={`milestone-${m.id}-submit`}
            className='btn btn-primary'
            disabled={busy || !note.trim()}
            loading={busy}
            onClick={() => void run(() => call('projects', 'milestone', { id: projectId, milestoneId: m.id, note, ...(photos.length ? { photos } : {}) }), { ok: '节点已完成', then: onDone, failed: onDone })}
          >
            确认节点完成
          </Button>
        </View>
      )}
    </View>
  )
}

function CompleteForm({ id, onDone }: { id: string; onDone(): void }) {
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const { busy, run } = useAction()
  return (
    <View className='card' id='project-complete-form'>
      <Text className='card-title'>项目完成</Text>
      <Text className='muted project-line'>所有节点完成后，写明成效并上传至少一张照片。</Text>
      <Textarea id='project-complete-note' className='input textarea project-line' value={note} maxlength={500} placeholder='服务了多少人次、解决了什么问题' onInput={(e) => setNote(e.detail.value)} />
      <Photos id='project-complete-photo' images={photos} onChange={setPhotos} />
      <Button
        id='project-complete'
        className='btn btn-primary'
        disabled={busy || !note.trim() || photos.length === 0}
        loading={busy}
        onClick={() => void run(() => call('projects', 'complete', { id, note, photos }), { confirm: { title: '项目完成', content: '完成后项目不能再修改，确定吗？' }, ok: '项目已完成', then: onDone })}
      >
        确认项目完成
      </Button>
    </View>
  )
}

function ClaimButtons({ p, onDone }: { p: ProjectDetail; onDone(): void }) {
  const { busy, run } = useAction()
  return (
    <View className='row project-moves'>
      {p.teamsToClaim.map((t) => (
        <Button
          key={t.id}
          id={`project-claim-${t.id}`}
          className='btn btn-primary'
          disabled={busy}
          onClick={() => void run(() => call('projects', 'claim', { projectId: p.id, claimant: { kind: 'team', teamId: t.id } }), { ok: '认领成功', then: onDone, failed: onDone })}
        >
          以「{t.name}」认领
        </Button>
      ))}
    </View>
  )
}

/** The project's side records that a 大党委 member unit has claimed the project: pick one of the units the caller sees. */
function UnitClaimForm({ p, onDone }: { p: ProjectDetail; onDone(): void }) {
  const [unitId, setUnitId] = useState('')
  const [note, setNote] = useState('')
  const { busy, run } = useAction()
  const picked = p.unitsToClaim.find((u) => u.id === unitId)
  return (
    <View className='card' id='project-unit-claim'>
      <Text className='card-title'>登记成员单位认领</Text>
      <Text className='muted project-line'>大党委成员单位认领了这个项目？选择单位后登记，认领会显示在上方的认领列表里。</Text>
      <Chips name='project-unit' options={p.unitsToClaim.map((u) => ({ key: u.id, label: u.name }))} selected={unitId ? [unitId] : []} onToggle={(k) => setUnitId(k === unitId ? '' : k)} />
      <Textarea id='project-unit-note' className='input textarea project-line' value={note} maxlength={200} placeholder='认领内容（选填）：出人、出场地或出资源' onInput={(e) => setNote(e.detail.value)} />
      <Button
        id='project-unit-claim-submit'
        className='btn btn-primary'
        disabled={busy || !picked}
        loading={busy}
        onClick={() =>
          void run(() => call('projects', 'claim', { projectId: p.id, claimant: { kind: 'unit', unitId }, ...(note.trim() ? { note: note.trim() } : {}) }), {
            ok: '已登记认领',
            then: () => {
              setUnitId('')
              setNote('')
              onDone()
            },
            failed: onDone,
          })
        }
      >
        {picked ? `登记「${picked.name}」认领` : '请先选择成员单位'}
      </Button>
    </View>
  )
}

function Hours({ w, canDecide, onDone }: { w: ProjectDetail['hours'][number]; canDecide: boolean; onDone(): void }) {
  const { busy, run } = useAction()
  const decide = (accept: boolean) =>
    run(() => call('projects', 'decideHours', { id: w.id, accept }), {
      ...(accept ? {} : { confirm: { title: '不通过', content: `${w.name} 的这条服务时长将不计入双报到，确定吗？` } }),
      ok: accept ? '已确认，积分已发放' : '已退回',
      then: onDone,
      failed: onDone,
    })
  return (
    <View className='card project-hours' id={`hours-${w.id}`}>
      <View className='row'>
        <Text className='grow project-strong'>
          {w.name} · {w.date} · {w.hours} 小时
        </Text>
        <Text className={`tag ${w.state === 'confirmed' ? 'tag-green' : w.state === 'pending' ? 'tag-red' : 'tag-gray'}`}>
          {w.stateName}
          {w.points !== undefined ? ` +${w.points} 分` : ''}
        </Text>
      </View>
      <Text className='muted project-line'>{w.note}</Text>
      {canDecide && w.state === 'pending' && (
        <View className='row project-moves'>
          <Button id={`hours-${w.id}-confirm`} className='btn btn-primary' size='mini' disabled={busy} onClick={() => void decide(true)}>
            确认
          </Button>
          <Button id={`hours-${w.id}-reject`} className='btn btn-plain' size='mini' disabled={busy} onClick={() => void decide(false)}>
            不通过
          </Button>
        </View>
      )}
    </View>
  )
}

function ProgressForm({ projectId, onDone }: { projectId: string; onDone(): void }) {
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const { busy, run } = useAction()
  return (
    <View className='card' id='project-progress-form'>
      <Textarea id='project-progress-note' className='input textarea' value={note} maxlength={500} placeholder='今天做了什么、服务了谁' onInput={(e) => setNote(e.detail.value)} />
      <Photos id='project-progress-photo' images={photos} onChange={setPhotos} />
      <Button
        id='project-progress-submit'
        className='btn btn-primary'
        disabled={busy || !note.trim()}
        loading={busy}
        onClick={() =>
          void run(() => call('projects', 'progress', { projectId, note, ...(photos.length ? { photos } : {}) }), {
            ok: '进展已记录',
            then: () => {
              setNote('')
              setPhotos([])
              onDone()
            },
          })
        }
      >
        记录进展
      </Button>
    </View>
  )
}
