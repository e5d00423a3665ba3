/**
 * What a button's action does, apart from React and Taro: ask first if asked to, run the call once
 * at a time (a second tap while it runs or while the question is open does nothing), show the
 * success toast or the error, then reload or move on. `useAction` (hooks.ts) wires it to the page.
 */

export interface ActionOptions<T> {
  /** asked first; the call runs only when the person confirms */
  confirm?: { title: string; content: string }
  /** the success toast; a function gets the call's answer */
  ok?: string | ((out: T) => string)
  /** after success: reload, clear a form, navigate (a failure here is shown like the call's) */
  then?: (out: T) => unknown
  /** on failure, before the error dialog; answer true when the error is handled here (no dialog) */
  failed?: (e: unknown) => boolean | void
}

/** The outside world of an action: the page's busy flag and the dialogs. */
export interface ActionEffects {
  busy(on: boolean): void
  confirm(title: string, content: string): Promise<boolean>
  ok(title: string): void
  error(e: unknown): void
}

export type RunAction = <T>(call: () => Promise<T>, options?: ActionOptions<T>) => Promise<boolean>

/** One runner per page: it answers true when the call succeeded, false when refused, cancelled or failed. */
export function actionRunner(fx: ActionEffects): RunAction {
  let running = false
  return async function run<T>(call: () => Promise<T>, o: ActionOptions<T> = {}): Promise<boolean> {
    if (running) return false
    running = true
    try {
      if (o.confirm && !(await fx.confirm(o.confirm.title, o.confirm.content).catch(() => false))) return false
      fx.busy(true)
      try {
        const out = await call()
        if (o.ok) fx.ok(typeof o.ok === 'function' ? o.ok(out) : o.ok)
        await o.then?.(out)
        return true
      } catch (e) {
        if (!o.failed?.(e)) fx.error(e)
        return false
      } finally {
        fx.busy(false)
      }
    } finally {
      running = false
    }
  }
}
