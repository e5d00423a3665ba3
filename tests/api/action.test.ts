import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { actionRunner, type ActionEffects } from '../../src/api/action'

/** Records what a person would see: busy flag changes, questions, toasts and error dialogs. */
function world(answer = true) {
  const seen: string[] = []
  const fx: ActionEffects = {
    busy: (on) => seen.push(on ? 'busy' : 'idle'),
    confirm: async (title) => {
      seen.push(`ask ${title}`)
      return answer
    },
    ok: (title) => seen.push(`ok ${title}`),
    error: (e) => seen.push(`error ${(e as Error).message}`),
  }
  return { fx, seen }
}

function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('a button action (useAction)', () => {
  it('runs the call, shows the toast, then reloads, and the button is busy only while the call runs', async () => {
    const { fx, seen } = world()
    const run = actionRunner(fx)
    const done = await run(async () => 'x', { ok: '已归档', then: () => void seen.push('reload') })
    assert.equal(done, true)
    assert.deepEqual(seen, ['busy', 'ok 已归档', 'reload', 'idle'])
  })

  it('the toast can name what the server answered', async () => {
    const { fx, seen } = world()
    await actionRunner(fx)(async () => ({ position: 3 }), { ok: (r) => `已候补，第 ${r.position} 位` })
    assert.ok(seen.includes('ok 已候补，第 3 位'))
  })

  it('a second tap while the first call runs does not call again', async () => {
    const { fx } = world()
    const run = actionRunner(fx)
    const gate = deferred<void>()
    let calls = 0
    const first = run(async () => {
      calls++
      await gate.promise
    })
    const second = await run(async () => void calls++)
    assert.equal(second, false)
    gate.resolve()
    assert.equal(await first, true)
    assert.equal(calls, 1)
    assert.equal(await run(async () => void calls++), true, 'after it finished, the button works again')
    assert.equal(calls, 2)
  })

  it('a failed call shows the error, skips the toast and the reload, and frees the button', async () => {
    const { fx, seen } = world()
    const run = actionRunner(fx)
    const done = await run(
      async () => {
        throw new Error('名额已满')
      },
      { ok: '报名成功', then: () => void seen.push('reload') },
    )
    assert.equal(done, false)
    assert.deepEqual(seen, ['busy', 'error 名额已满', 'idle'])
    assert.equal(await run(async () => 1), true)
  })

  it('an error the page handles itself shows no dialog; one it only notes still does', async () => {
    const { fx, seen } = world()
    const run = actionRunner(fx)
    await run(async () => Promise.reject(new Error('已签到')), { failed: () => true })
    await run(async () => Promise.reject(new Error('已被认领')), { failed: () => void seen.push('reload') })
    assert.deepEqual(seen, ['busy', 'idle', 'busy', 'reload', 'error 已被认领', 'idle'])
  })

  it('asks first: declining runs nothing; while the question is open a second tap is ignored', async () => {
    const no = world(false)
    let calls = 0
    assert.equal(await actionRunner(no.fx)(async () => void calls++, { confirm: { title: '归档公告', content: '确定归档吗？' } }), false)
    assert.equal(calls, 0)
    assert.deepEqual(no.seen, ['ask 归档公告'], 'not even busy')

    const answer = deferred<boolean>()
    const seen: string[] = []
    const run = actionRunner({ ...world().fx, confirm: () => answer.promise, busy: (on) => seen.push(on ? 'busy' : 'idle') })
    const first = run(async () => void calls++, { confirm: { title: '取消报名', content: '确定吗？' } })
    assert.equal(await run(async () => void calls++), false)
    answer.resolve(true)
    assert.equal(await first, true)
    assert.equal(calls, 1)
    assert.deepEqual(seen, ['busy', 'idle'])
  })
})
