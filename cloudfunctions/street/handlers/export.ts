import { street } from '../../../src/domain/contracts/street'
import { streetCsv } from '../../../src/domain/street/csv'
import { action } from '../../_runtime/types'
import { dashboardView } from '../view'

/** The dashboard's numbers as CSV for Excel (UTF-8 with BOM, CRLF), named after the street and the period. */
export const exportCsv = action({
  input: street.export.input,
  roles: ['secretary', 'staff', 'admin'],
  handler: async (input, ctx) => {
    const v = await dashboardView(input, ctx)
    const title = `${v.street.name} ${v.period.label} 街道工作台`
    const csv = streetCsv(
      title,
      v.rows.map((r) => ({ name: r.name, summary: r.summary })),
      { name: '街道合计', summary: v.total },
      v.departments,
    )
    return { filename: `${v.street.name}-${v.period.key}.csv`, csv }
  },
})
