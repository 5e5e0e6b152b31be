/**
 * The one place where generic drug names are mapped to a class and to the safety
 * properties the interaction rules ask about (clinical.md §7.8). Documented in
 * docs/clinical-rules/medications.md. Names are lower-case generic (INN/USAN) names;
 * common alternative names are aliases. A drug missing from this table is reported as
 * "not recognised" rather than silently passed as safe.
 */

export const DRUG_CLASSES = [
  'nsaid',
  'paracetamol',
  'snri',
  'ssri',
  'tca',
  'maoi',
  'triptan',
  'tramadol',
  'opioid',
  'gabapentinoid',
  'benzodiazepine',
  'z-drug',
  'muscle-relaxant',
  'sedating-antihistamine',
  'antipsychotic',
  'anticoagulant',
  'antiplatelet',
  'ace-inhibitor',
  'arb',
  'diuretic',
  'systemic-corticosteroid',
  'antiepileptic',
  'other',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export interface DrugInfo {
  readonly generic: string;
  readonly drugClass: DrugClass;
  /** Can contribute to serotonin syndrome (clinical.md §7.2, §7.6). */
  readonly serotonergic: boolean;
  /** Adds to sedation and respiratory depression with opioids (CDC Rec 11; FDA 2019; clinical.md §7.8). */
  readonly cnsDepressant: boolean;
  /** Lowers the seizure threshold with tramadol (clinical.md §7.6). */
  readonly lowersSeizureThreshold: boolean;
  /** Inhibits monoamine oxidase: MAOIs, linezolid, IV methylene blue (clinical.md §7.2). */
  readonly inhibitsMonoamineOxidase: boolean;
}

/** Default safety properties of each class; individual drugs may add to them below. */
const CLASS_PROPERTIES: Readonly<Record<DrugClass, Omit<DrugInfo, 'generic' | 'drugClass'>>> = {
  nsaid: flags(),
  paracetamol: flags(),
  snri: flags({ serotonergic: true }),
  ssri: flags({ serotonergic: true, lowersSeizureThreshold: true }),
  tca: flags({ serotonergic: true, lowersSeizureThreshold: true }),
  maoi: flags({ serotonergic: true, lowersSeizureThreshold: true, inhibitsMonoamineOxidase: true }),
  triptan: flags({ serotonergic: true }),
  tramadol: flags({ serotonergic: true, cnsDepressant: true }),
  opioid: flags({ cnsDepressant: true, lowersSeizureThreshold: true }),
  gabapentinoid: flags({ cnsDepressant: true }),
  benzodiazepine: flags({ cnsDepressant: true }),
  'z-drug': flags({ cnsDepressant: true }),
  'muscle-relaxant': flags({ cnsDepressant: true }),
  'sedating-antihistamine': flags({ cnsDepressant: true }),
  antipsychotic: flags({ lowersSeizureThreshold: true }),
  anticoagulant: flags(),
  antiplatelet: flags(),
  'ace-inhibitor': flags(),
  arb: flags(),
  diuretic: flags(),
  'systemic-corticosteroid': flags(),
  antiepileptic: flags(),
  other: flags(),
};

function flags(overrides: Partial<Omit<DrugInfo, 'generic' | 'drugClass'>> = {}) {
  return {
    serotonergic: false,
    cnsDepressant: false,
    lowersSeizureThreshold: false,
    inhibitsMonoamineOxidase: false,
    ...overrides,
  };
}

const CLASS_MEMBERS: Readonly<Record<DrugClass, readonly string[]>> = {
  nsaid: [
    'ibuprofen',
    'naproxen',
    'diclofenac',
    'celecoxib',
    'etoricoxib',
    'meloxicam',
    'etodolac',
    'ketoprofen',
    'dexketoprofen',
    'indomethacin',
    'ketorolac',
    'nabumetone',
    'piroxicam',
    'mefenamic acid',
  ],
  paracetamol: ['paracetamol'],
  snri: ['duloxetine', 'venlafaxine', 'desvenlafaxine', 'milnacipran', 'levomilnacipran'],
  ssri: ['sertraline', 'fluoxetine', 'citalopram', 'escitalopram', 'paroxetine', 'fluvoxamine'],
  tca: [
    'amitriptyline',
    'nortriptyline',
    'imipramine',
    'desipramine',
    'clomipramine',
    'doxepin',
    'dosulepin',
  ],
  maoi: ['phenelzine', 'tranylcypromine', 'isocarboxazid', 'selegiline', 'rasagiline', 'moclobemide'],
  triptan: [
    'sumatriptan',
    'rizatriptan',
    'zolmitriptan',
    'naratriptan',
    'eletriptan',
    'almotriptan',
    'frovatriptan',
  ],
  tramadol: ['tramadol'],
  opioid: [
    'morphine',
    'oxycodone',
    'hydrocodone',
    'hydromorphone',
    'oxymorphone',
    'codeine',
    'dihydrocodeine',
    'fentanyl',
    'methadone',
    'tapentadol',
    'buprenorphine',
    'meperidine',
    'levorphanol',
    'pentazocine',
    'butorphanol',
  ],
  gabapentinoid: ['gabapentin', 'pregabalin', 'gabapentin enacarbil'],
  benzodiazepine: [
    'diazepam',
    'alprazolam',
    'lorazepam',
    'clonazepam',
    'temazepam',
    'chlordiazepoxide',
    'oxazepam',
    'midazolam',
    'clobazam',
    'nitrazepam',
  ],
  'z-drug': ['zolpidem', 'zopiclone', 'eszopiclone', 'zaleplon'],
  'muscle-relaxant': [
    'cyclobenzaprine',
    'methocarbamol',
    'tizanidine',
    'baclofen',
    'carisoprodol',
    'metaxalone',
    'orphenadrine',
    'chlorzoxazone',
  ],
  'sedating-antihistamine': [
    'diphenhydramine',
    'promethazine',
    'hydroxyzine',
    'chlorphenamine',
    'doxylamine',
  ],
  antipsychotic: ['quetiapine', 'olanzapine', 'risperidone', 'haloperidol', 'chlorpromazine', 'aripiprazole'],
  anticoagulant: ['warfarin', 'apixaban', 'rivaroxaban', 'dabigatran', 'edoxaban', 'heparin', 'enoxaparin'],
  antiplatelet: ['aspirin', 'clopidogrel', 'prasugrel', 'ticagrelor'],
  'ace-inhibitor': ['lisinopril', 'ramipril', 'enalapril', 'perindopril', 'captopril'],
  arb: ['losartan', 'valsartan', 'candesartan', 'irbesartan', 'olmesartan', 'telmisartan'],
  diuretic: [
    'furosemide',
    'bumetanide',
    'hydrochlorothiazide',
    'chlorthalidone',
    'indapamide',
    'bendroflumethiazide',
    'spironolactone',
  ],
  'systemic-corticosteroid': [
    'prednisone',
    'prednisolone',
    'methylprednisolone',
    'dexamethasone',
    'hydrocortisone',
  ],
  antiepileptic: ['carbamazepine', 'topiramate', 'valproate', 'lamotrigine', 'levetiracetam'],
  other: ['linezolid', 'methylene blue', 'lithium', 'buspirone', 'tryptophan', "st john's wort"],
};

/** Per-drug additions to the class defaults, each with its reason in clinical.md. */
const DRUG_OVERRIDES: Readonly<Record<string, Partial<Omit<DrugInfo, 'generic' | 'drugClass'>>>> = {
  // §7.2: fentanyl is listed among serotonergic drugs that interact with duloxetine.
  fentanyl: { serotonergic: true },
  // §7.2: linezolid and IV methylene blue act as MAOIs; do not start duloxetine with them.
  linezolid: { serotonergic: true, inhibitsMonoamineOxidase: true },
  'methylene blue': { serotonergic: true, inhibitsMonoamineOxidase: true },
  // §7.2: lithium, buspirone, tryptophan and St John's wort are serotonergic.
  lithium: { serotonergic: true },
  buspirone: { serotonergic: true },
  tryptophan: { serotonergic: true },
  "st john's wort": { serotonergic: true },
};

/** Alternative names (US/UK naming, salts) mapped to the generic name used in the table. */
const ALIASES: Readonly<Record<string, string>> = {
  acetaminophen: 'paracetamol',
  apap: 'paracetamol',
  pethidine: 'meperidine',
  chlorpheniramine: 'chlorphenamine',
  'st johns wort': "st john's wort",
  hypericum: "st john's wort",
  'valproic acid': 'valproate',
  'sodium valproate': 'valproate',
  frusemide: 'furosemide',
};

/** Words that describe the product rather than the drug, dropped before lookup. */
const PRODUCT_WORDS = new Set([
  'er',
  'ir',
  'sr',
  'cr',
  'xr',
  'xl',
  'la',
  'mr',
  'extended-release',
  'immediate-release',
  'modified-release',
  'hydrochloride',
  'hcl',
  'sodium',
  'potassium',
  'sulfate',
  'sulphate',
  'tartrate',
  'bitartrate',
  'citrate',
  'phosphate',
  'patch',
  'tablet',
  'tablets',
  'capsule',
  'capsules',
  'transdermal',
]);

export const DRUG_TABLE: ReadonlyMap<string, DrugInfo> = new Map(
  (Object.entries(CLASS_MEMBERS) as [DrugClass, readonly string[]][]).flatMap(([drugClass, generics]) =>
    generics.map((generic): [string, DrugInfo] => [
      generic,
      { generic, drugClass, ...CLASS_PROPERTIES[drugClass], ...DRUG_OVERRIDES[generic] },
    ]),
  ),
);

/**
 * Normalised names already worked out, by name as entered. The engine looks the same
 * few names up many times per evaluation; the result depends on the name only, so a
 * cache returns exactly what normalising again would. Bounded: cleared when full.
 */
const NORMALISED_NAMES = new Map<string, string>();
const NORMALISED_NAMES_LIMIT = 2_000;

/** Normalise a drug name as entered ("Oxycodone HCl ER") to a table key ("oxycodone"). */
export function normaliseDrugName(name: string): string {
  const known = typeof name === 'string' ? NORMALISED_NAMES.get(name) : undefined;
  if (known !== undefined) return known;
  const normalised = normaliseDrugNameUncached(name);
  if (NORMALISED_NAMES.size >= NORMALISED_NAMES_LIMIT) NORMALISED_NAMES.clear();
  NORMALISED_NAMES.set(name, normalised);
  return normalised;
}

/** The normalisation itself, without the cache (internal; tests compare the two). */
export function normaliseDrugNameUncached(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[(),]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !PRODUCT_WORDS.has(word));
  const joined = words.join(' ');
  // Own keys only: a name such as "constructor" must not find Object.prototype's members.
  return Object.hasOwn(ALIASES, joined) ? (ALIASES[joined] as string) : joined;
}

/** The class and safety properties of a drug, or null when the name is not in the table. */
export function lookupDrug(name: string): DrugInfo | null {
  return DRUG_TABLE.get(normaliseDrugName(name)) ?? null;
}

/** The generic names that belong to a class, e.g. for documentation and pickers. */
export function drugsInClass(drugClass: DrugClass): readonly string[] {
  return CLASS_MEMBERS[drugClass];
}
