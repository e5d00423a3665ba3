/** Error codes shared by every cloud function, the local emulator and the app (DESIGN.md). */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'FULL',
  'ALREADY_DONE',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOO_EARLY',
  'TOO_LATE',
  'RATE_LIMITED',
  'CONTENT_REJECTED',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorBody {
  code: ErrorCode
  message: string
  details?: unknown
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/** A failure a person can act on: a code for programs and a Chinese message for people. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details?: unknown
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

/** HTTP status the local emulator answers for each code (DESIGN.md: emulator contract). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FULL: 409,
  ALREADY_DONE: 409,
  TOKEN_INVALID: 400,
  TOKEN_EXPIRED: 400,
  TOO_EARLY: 409,
  TOO_LATE: 409,
  RATE_LIMITED: 429,
  CONTENT_REJECTED: 400,
  INTERNAL: 500,
}

/** Default messages shown to people when a handler gives none. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '提交的内容不完整或格式不对，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容，可能已被删除',
  CONFLICT: '操作冲突，请刷新后重试',
  FULL: '名额已满',
  ALREADY_DONE: '已经办理过了',
  TOKEN_INVALID: '二维码无效，请重新扫码',
  TOKEN_EXPIRED: '二维码已过期，请扫描最新的二维码',
  TOO_EARLY: '还没到办理时间',
  TOO_LATE: '已过办理时间',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_REJECTED: '内容含有不适宜发布的信息，请修改后再提交',
  INTERNAL: '系统开小差了，请稍后再试',
}

export function fail(code: ErrorCode, message?: string, details?: unknown): never {
  throw new AppError(code, message ?? DEFAULT_MESSAGES[code], details)
}
