import type { Patient, Provenance, ProvenanceAgent, Reference, Resource } from '@medplum/fhirtypes';
import { reference, resourceId } from './references';
import { HL7_SYSTEMS } from './systems';

/**
 * Who the exported data came from. One Provenance per origin, each listing its resources:
 * what the patient reported, what a clinician recorded, what was imported from another system,
 * and what BackPlan derived (conditions, flags and care plans from the assessment and the
 * stepped-care engine). Individual users are not named: the export stays pseudonymous.
 */
export type DataOrigin = 'patient' | 'clinician' | 'import' | 'backplan';

function agentType(code: string): ProvenanceAgent['type'] {
  return { coding: [{ system: HL7_SYSTEMS.provenanceParticipantType, code }] };
}

function agentFor(origin: DataOrigin, subject: Reference<Patient>): ProvenanceAgent {
  switch (origin) {
    case 'patient':
      return { type: agentType('author'), who: subject };
    case 'clinician':
      return { type: agentType('author'), who: { display: 'A clinician of the care team' } };
    case 'import':
      return { type: agentType('informant'), who: { display: 'Another system (imported into BackPlan)' } };
    case 'backplan':
      return { type: agentType('assembler'), who: { display: 'BackPlan' } };
  }
}

export function provenanceForOrigins(
  patientId: string,
  subject: Reference<Patient>,
  recorded: string,
  targetsByOrigin: ReadonlyMap<DataOrigin, readonly Resource[]>,
): Provenance[] {
  return [...targetsByOrigin.entries()]
    .filter(([, targets]) => targets.length > 0)
    .map(([origin, targets]) => ({
      resourceType: 'Provenance',
      id: resourceId(patientId, `provenance-${origin}`),
      target: targets.map((target) => reference(target)),
      recorded,
      activity: { coding: [{ system: HL7_SYSTEMS.dataOperation, code: 'CREATE', display: 'create' }] },
      agent: [agentFor(origin, subject)],
    }));
}
