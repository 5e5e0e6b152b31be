import { describe, expect, it } from 'vitest';
import { findDrugInstructionsInPatientText } from './patient-language';

describe('patient-text checker: no instruction to take, start, stop or change a drug', () => {
  it.each([
    'Take ibuprofen 400 mg three times a day.',
    'Stop your oxycodone.',
    'You should increase the dose.',
    'Switch to duloxetine next week.',
    'Do not stop taking tramadol suddenly.',
    'Start pregabalin at night.',
    'Try a muscle relaxant for a few days.',
    'Cut down your painkillers slowly.',
    'Keep using the patch.',
    'Continue your medication as before.',
    'It may help to reduce your opioids.',
    'Halve the tablets if you feel drowsy.',
    'Acetaminophen can be taken with food.',
    "St John's wort should be stopped.",
    'Please add naproxen.',
  ])('flags: %s', (text) => {
    expect(findDrugInstructionsInPatientText(text)).not.toEqual([]);
  });

  it.each([
    'Keep going with your exercise programme.',
    'Start your walking plan with 10 minutes a day.',
    'Your care team will go through your medicines with you at your next review.',
    'Together, these medicines can cause deep sleepiness and slow or shallow breathing.',
    'If someone cannot wake you, or your breathing becomes slow or shallow, call emergency services.',
    'Studies have found that paracetamol on its own does little for back pain.',
    'Reduce the number of repetitions if pain lasts into the next morning.',
    'Your care team will talk with you about naloxone, an emergency medicine that can reverse an overdose.',
  ])('passes: %s', (text) => {
    expect(findDrugInstructionsInPatientText(text)).toEqual([]);
  });

  it('reports the sentence, verb and drug word it found', () => {
    expect(findDrugInstructionsInPatientText('Walk daily. Stop the diazepam.')).toEqual([
      { sentence: 'Stop the diazepam.', verb: 'Stop', drugWord: 'diazepam' },
    ]);
  });
});
