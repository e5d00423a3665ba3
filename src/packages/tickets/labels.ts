/** Choices the ticket pages offer, from the domain's names (no zod: plain constants). */
import { CATEGORIES, CATEGORY_KEYS, PRIORITIES, PRIORITY_NAMES, type Category, type Priority } from '@/domain/tickets/model'

export const CATEGORY_OPTIONS = CATEGORY_KEYS.map((key) => ({ key, label: CATEGORIES[key] }))
export type CategoryKey = Category

export const PRIORITY_OPTIONS = PRIORITIES.map((key) => ({ key, label: PRIORITY_NAMES[key] }))
export type PriorityKey = Priority
