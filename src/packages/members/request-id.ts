/** A client request id (8–64 of [A-Za-z0-9_-]) made once per confirmation, so a repeated send is the same request. */
export function requestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}
