import type { PainPhenotype, StartBackRiskGroup } from '@backplan/clinical/core/vocabulary';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/**
 * Reads what responder analytics needs from a clinic's stored record, in three set-based queries
 * (not one per patient): each consenting patient's intake phenotype, STarT Back group and pain
 * score; the care-plan version in force at week 12 of care (step and components); and the diary
 * around week 12 (days 78–91, for the 7-day means the rule reads). Only patients who share their
 * record with the clinic count (docs/security.md: consent governs every use of the record).
 */
export interface StoredPatientProfile {
  readonly patientId: string;
  readonly phenotype: PainPhenotype;
  readonly riskGroup: StartBackRiskGroup | null;
  readonly baselinePain: number | null;
  readonly careStartedOn: string;
  readonly stepAtWeek12: number | null;
  readonly componentsAtWeek12: readonly string[];
}

const consenting = (orgIds: readonly string[]) => sql`
  p.org_id IN (${sql.join(
    orgIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})
  AND p.sharing_consented_at IS NOT NULL AND p.sharing_revoked_at IS NULL`;

interface ProfileRow extends Record<string, unknown> {
  patient_id: string;
  phenotype: string | null;
  risk_group: string | null;
  baseline_pain: number | string | null;
  care_started_on: string;
  step: number | null;
  components: unknown;
}

export async function storedProfiles(
  db: Executor,
  orgIds: readonly string[],
  today: string,
): Promise<StoredPatientProfile[]> {
  if (orgIds.length === 0) return [];
  const result = await db.execute<ProfileRow>(sql`
    WITH scope AS (
      SELECT p.org_id, p.id FROM patients p WHERE ${consenting(orgIds)}
    ), starts AS (
      SELECT cp.org_id, cp.patient_id, min(cp.effective_from) AS start
      FROM care_plans cp JOIN scope s ON s.org_id = cp.org_id AND s.id = cp.patient_id
      GROUP BY cp.org_id, cp.patient_id
    ), plan12 AS (
      SELECT DISTINCT ON (cp.org_id, cp.patient_id) cp.org_id, cp.patient_id, cp.step, cp.components
      FROM care_plans cp JOIN starts st ON st.org_id = cp.org_id AND st.patient_id = cp.patient_id
      WHERE cp.effective_from <= st.start + 84
      ORDER BY cp.org_id, cp.patient_id, cp.version DESC
    ), intake AS (
      SELECT DISTINCT ON (a.org_id, a.patient_id) a.org_id, a.patient_id, a.result
      FROM assessments a JOIN scope s ON s.org_id = a.org_id AND s.id = a.patient_id
      WHERE a.kind = 'intake'
      ORDER BY a.org_id, a.patient_id, a.assessed_on DESC, a.created_at DESC
    )
    SELECT st.patient_id, i.result->>'phenotype' AS phenotype, i.result->>'riskGroup' AS risk_group,
      i.result->'baseline'->>'painNrs' AS baseline_pain, to_char(st.start, 'YYYY-MM-DD') AS care_started_on,
      p12.step, p12.components
    FROM starts st
    JOIN intake i ON i.org_id = st.org_id AND i.patient_id = st.patient_id
    LEFT JOIN plan12 p12 ON p12.org_id = st.org_id AND p12.patient_id = st.patient_id
    WHERE st.start + 84 <= ${today}::date
  `);
  return result.rows.flatMap((row) => {
    if (row.phenotype === null) return [];
    const components = Array.isArray(row.components)
      ? row.components.flatMap((c: unknown) =>
          typeof c === 'string'
            ? [c]
            : typeof c === 'object' && c !== null && 'kind' in c
              ? [String((c as { kind: unknown }).kind)]
              : [],
        )
      : [];
    return [
      {
        patientId: row.patient_id,
        phenotype: row.phenotype as PainPhenotype,
        riskGroup: (row.risk_group as StartBackRiskGroup | null) ?? null,
        baselinePain: row.baseline_pain === null ? null : Number(row.baseline_pain),
        careStartedOn: row.care_started_on,
        stepAtWeek12: row.step,
        componentsAtWeek12: components,
      },
    ];
  });
}

interface DiaryRow extends Record<string, unknown> {
  patient_id: string;
  day: string;
  pain: number;
}

/** Check-ins from day 78 to day 91 of care for the given patients (the week-12 window and the week after). */
export async function week12Diaries(
  db: Executor,
  orgIds: readonly string[],
  profiles: readonly StoredPatientProfile[],
): Promise<Map<string, { date: string; pain: number }[]>> {
  const diaries = new Map<string, { date: string; pain: number }[]>();
  if (profiles.length === 0) return diaries;
  const result = await db.execute<DiaryRow>(sql`
    WITH starts AS (
      SELECT cp.org_id, cp.patient_id, min(cp.effective_from) AS start
      FROM care_plans cp JOIN patients p ON p.org_id = cp.org_id AND p.id = cp.patient_id
      WHERE ${consenting(orgIds)}
      GROUP BY cp.org_id, cp.patient_id
    )
    SELECT ci.patient_id, to_char(ci.day, 'YYYY-MM-DD') AS day, ci.pain
    FROM check_ins ci JOIN starts st ON st.org_id = ci.org_id AND st.patient_id = ci.patient_id
    WHERE ci.day BETWEEN st.start + 78 AND st.start + 91
  `);
  for (const row of result.rows) {
    const list = diaries.get(row.patient_id) ?? [];
    list.push({ date: row.day, pain: row.pain });
    diaries.set(row.patient_id, list);
  }
  return diaries;
}
