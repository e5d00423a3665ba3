/** Every cloud function the emulator and the tests host, by name. */
import type { FunctionModule } from './_runtime/types'
import { members } from './members'

export const FUNCTIONS: Record<string, FunctionModule> = { members }
