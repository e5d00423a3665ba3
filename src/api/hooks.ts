/** Data hooks over call(): loading / error / data for one call, cursor pagination for lists, and a button's action. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { confirm, showError, showOk } from '@/components/toast'
import { actionRunner, type RunAction } from './action'
import { ApiError, call, type Act, type Fn, type In, type Out } from './index'

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('INTERNAL', '出了点问题，请稍后重试')
}

/** Calls once on mount and again whenever `data` (by value) or `deps` change; `reload()` re-runs it. */
export function useApi<F extends Fn, A extends Act<F>>(fn: F, action: A, data: In<F, A>, deps: unknown[] = []) {
  const [state, setState] = useState<{ data?: Out<F, A>; error?: ApiError; loading: boolean }>({ loading: true })
  const key = JSON.stringify(data ?? {})
  const seq = useRef(0)
  const run = useCallback(async () => {
    const mine = ++seq.current
    setState((s) => ({ ...s, loading: true, error: undefined }))
    try {
      const out = await call(fn, action, JSON.parse(key))
      if (mine === seq.current) setState({ data: out, loading: false })
    } catch (e) {
      if (mine === seq.current) setState({ error: asApiError(e), loading: false })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fn, action, key, ...deps])
  useEffect(() => {
    void run()
  }, [run])
  return { ...state, reload: run }
}

type Page<T> = { items: T[]; next?: string }
type ItemOf<O> = O extends Page<infer T> ? T : never

/** Cursor pagination: first page on mount, `loadMore()` (from useReachBottom) appends the next one. */
export function usePaged<F extends Fn, A extends Act<F>>(fn: F, action: A, data: In<F, A>, deps: unknown[] = []) {
  type Item = ItemOf<Out<F, A>>
  const key = JSON.stringify(data ?? {})
  const [items, setItems] = useState<Item[]>([])
  const [next, setNext] = useState<string | undefined>()
  const [done, setDone] = useState(false)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError | undefined>()
  const seq = useRef(0)
  const busy = useRef(false)

  const fetchPage = useCallback(
    async (after: string | undefined, replace: boolean) => {
      const mine = replace ? ++seq.current : seq.current
      busy.current = true
      setLoading(true)
      setError(undefined)
      try {
        const page = (await call(fn, action, { ...JSON.parse(key), ...(after ? { after } : {}) })) as unknown as Page<Item>
        if (mine !== seq.current) return
        setItems((old) => (replace ? page.items : [...old, ...page.items]))
        setNext(page.next)
        setDone(!page.next)
      } catch (e) {
        if (mine === seq.current) setError(asApiError(e))
      } finally {
        if (mine === seq.current) {
          busy.current = false
          setLoading(false)
        }
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fn, action, key, ...deps],
  )

  useEffect(() => {
    setItems([])
    setDone(false)
    void fetchPage(undefined, true)
  }, [fetchPage])

  const loadMore = useCallback(() => {
    if (busy.current || done || !next) return
    void fetchPage(next, false)
  }, [fetchPage, done, next])

  return { items, loading, error, done, loadMore, reload: () => fetchPage(undefined, true) }
}

/**
 * A button's action: `run(() => call(…), { ok, confirm, then, failed })` asks first if told to, runs
 * once at a time (double taps do nothing), shows the toast or the error, then reloads or moves on.
 * `busy` is true while the call runs: disable the page's action buttons with it.
 */
export function useAction(): { busy: boolean; run: RunAction } {
  const [busy, setBusy] = useState(false)
  const [run] = useState(() => actionRunner({ busy: setBusy, confirm, ok: showOk, error: showError }))
  return { busy, run }
}

/** Reloads when the page shows again (back from a page that changed its data), not on its first show, when the hook's own call runs. */
export function useReloadOnReturn(reload: () => Promise<unknown> | void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
}
