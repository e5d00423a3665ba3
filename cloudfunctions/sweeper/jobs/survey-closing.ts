import { isDue } from '../../../src/domain/surveys/rules'
import { AppError } from '../../../src/domain/errors'
import { moveSurveyAsSystem, type SurveyDoc } from '../../surveys/survey'
import type { SweepJob } from '../jobs'

/** Closes each published survey whose closing date has passed, through the survey machine; a second run finds none. */
export const surveyClosing: SweepJob = {
  name: 'survey-closing',
  async run({ store, clock, log, services }) {
    const now = clock.now()
    const page = await store.query<SurveyDoc>('surveys', {
      where: { status: 'published', closesAt: { $lte: now.toISOString() } },
      orderBy: [['closesAt', 'asc']],
      limit: 100,
    })
    let closed = 0
    for (const s of page.items.filter((x) => isDue(x, now))) {
      try {
        await moveSurveyAsSystem({ store, clock, log, services }, s._id, 'expire', { note: '截止日期已到，自动截止', extra: () => ({ closedAt: now.toISOString() }) })
        closed++
      } catch (e) {
        // staff closed it in the meantime
        if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
      }
    }
    return closed
  },
}
