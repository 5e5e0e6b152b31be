import { intakeSchema, patientStateSchema } from '@backplan/clinical';
import {
  asMmeRequest,
  evaluateAssessment,
  evaluateMme,
  evaluateRecommendations,
  mmeRequestSchema,
} from '@backplan/server/modules/clinical-api/evaluate';
import { parseWith, printJson, readJsonInput } from '../json-input';

/** `backplan assess [file|-]`: intake JSON in, assessment JSON out. */
export async function assessCommand(source: string | undefined): Promise<void> {
  const intake = parseWith(intakeSchema, await readJsonInput(source), 'intake');
  printJson(evaluateAssessment(intake));
}

/** `backplan recommend [file|-]`: patient state JSON in, decision cards JSON out. */
export async function recommendCommand(source: string | undefined): Promise<void> {
  const state = parseWith(patientStateSchema, await readJsonInput(source), 'patient state');
  printJson(evaluateRecommendations(state));
}

/** `backplan mme [file|-]`: medication list (or {medications, profile, today}) in, MME report out. */
export async function mmeCommand(source: string | undefined): Promise<void> {
  const request = parseWith(mmeRequestSchema, asMmeRequest(await readJsonInput(source)), 'medication list');
  printJson(evaluateMme(request));
}
