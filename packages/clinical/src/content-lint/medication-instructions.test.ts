import { describe, expect, it } from 'vitest';
import { findMedicationInstructions } from './medication-instructions';

describe('findMedicationInstructions catches instructions about medicines', () => {
  it.each([
    ['Take two ibuprofen tablets every four hours.', 'take'],
    ['Stop your gabapentin if you feel dizzy.', 'stop'],
    ['If the pain is bad, double your dose.', 'double'],
    ["Don't change your medication without asking.", 'change'],
    ['You should increase the dose of duloxetine.', 'increase'],
    ['Try to cut down on your opioid pills.', 'cut'],
    ['It is best to switch to paracetamol.', 'switch'],
    ['Always take your NSAID with food.', 'take'],
    ['Never skip a dose of your medicine.', 'skip'],
    ['Then start the new tablets on Monday.', 'start'],
    ['You can lower your pregabalin dose yourself.', 'lower'],
    ['Decrease the tramadol slowly over two weeks.', 'decrease'],
  ])('flags: %s', (text, verb) => {
    const findings = findMedicationInstructions(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((finding) => finding.verb)).toContain(verb);
  });
});

describe('findMedicationInstructions lets facts and safe advice through', () => {
  it.each([
    'Talk with your doctor or pharmacist about your medicines.',
    'Take a short walk after lunch.',
    'Stop and rest if the pain spreads down your leg.',
    'If you take an opioid, tell your doctor if you snore loudly.',
    'Some people feel sick when they start duloxetine.',
    'Trials found that gabapentin and pregabalin did not ease back pain.',
    'Bring a list of all your medicines to the visit.',
    'NICE says do not offer opioids for long-term back pain.',
    'Stopping some medicines suddenly can cause withdrawal problems.',
    'Change one thing at a time in your exercise plan.',
    'Use a heat pack for 20 minutes.',
  ])('passes: %s', (text) => {
    expect(findMedicationInstructions(text)).toEqual([]);
  });

  it('reports the sentence, verb and medicine word', () => {
    const [finding] = findMedicationInstructions('Rest well. Then double your dose tonight.');
    expect(finding).toEqual({
      sentence: 'Then double your dose tonight.',
      verb: 'double',
      medicineTerm: 'dose',
    });
  });

  it('ignores a medicine word that is too far from the verb to be its object', () => {
    expect(
      findMedicationInstructions(
        'Start each morning with a slow walk around the block and then later think about medicines.',
      ),
    ).toEqual([]);
  });
});
