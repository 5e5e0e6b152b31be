import type { patientEnIntake } from './en-intake';
import type { SameKeys } from './shape';

/** Spanish strings for onboarding and the intake wizard. */
export const patientEsIntake: SameKeys<typeof patientEnIntake> = {
  welcome: {
    title: 'Bienvenido a BackPlan',
    lead: 'Un plan paso a paso para el dolor de espalda que dura más de 12 semanas.',
    isTitle: 'Qué es BackPlan',
    is1: 'Un plan diario de ejercicio y autocuidado que hace en casa, unos 20 a 30 minutos al día.',
    is2: 'Un registro diario rápido, para que usted y su equipo de atención vean cómo está de verdad.',
    is3: 'Una forma de compartir su progreso con su médico o fisioterapeuta, si usted quiere.',
    isNotTitle: 'Qué no es BackPlan',
    isNot1: 'No es un médico. No diagnostica y no le dice qué medicamentos tomar.',
    isNot2: 'No es para emergencias. No puede pedir ayuda por usted.',
    isNot3: 'No sustituye a su equipo de atención. Ellos toman las decisiones con usted.',
    dataTitle: 'Su información, en palabras sencillas',
    data1:
      'Lo que usted anota se guarda en este servidor de BackPlan para llevar su plan. Nunca se vende ni se usa para publicidad.',
    data2:
      'Si se une a una clínica, solo el equipo de esa clínica puede abrir su historial. Puede dejar de compartir cuando quiera desde Mi cuenta.',
    data3: 'Puede descargar todos sus datos o borrar su cuenta cuando quiera.',
    joinTitle: 'Únase a su clínica o use BackPlan por su cuenta',
    joinText:
      'Si su clínica le dio un código de invitación, escríbalo aquí para compartir su historial con ellos.',
    code: 'Código de invitación',
    codeHint: 'Letras y números de su clínica. También puede hacerlo más tarde.',
    codeTooShort: 'El código es demasiado corto. Revíselo e inténtelo de nuevo.',
    codeRejected:
      'Ese código no funcionó. Puede tener un error o estar caducado. Pida uno nuevo a su clínica.',
    joinButton: 'Unirme a mi clínica',
    joined: 'Hecho. Su historial ahora se comparte con {{clinic}}.',
    ownText:
      '¿No tiene código? No pasa nada. Puede usar BackPlan por su cuenta y unirse a una clínica más tarde.',
    start: 'Empezar mi revisión',
  },
  intake: {
    title: 'Su revisión',
    reassessmentTitle: 'Su revisión de progreso',
    progress: 'Pregunta {{current}} de {{total}}',
    begin: 'Empezar',
    submit: 'Enviar mis respuestas',
    saveLater: 'Sus respuestas se guardan sobre la marcha. Puede parar y volver más tarde.',
    resumed: 'Bienvenido de nuevo. Puede seguir donde lo dejó.',
    intro1: 'Estas preguntas ayudan a hacer un plan a su medida. Llevan unos 10 minutos.',
    intro2: 'Hay una pregunta en cada pantalla. Puede volver atrás para cambiar una respuesta.',
    intro3:
      'Empezamos con unas preguntas de seguridad. Si alguna respuesta es sí, le diremos qué hacer enseguida.',
    redFlagHint: 'Responda sobre ahora o las últimas semanas.',
    englishWording:
      'Este cuestionario se muestra con su texto original en inglés, porque las respuestas deben coincidir con la versión validada.',
    age: '¿Cuántos años tiene?',
    ageHint: 'En años.',
    tooYoung: 'BackPlan es para personas de 16 años o más. Hable con su médico sobre ayuda para su espalda.',
    sex: '¿Qué sexo le asignaron al nacer?',
    sexHint: 'Solo se usa para informes. Ningún consejo depende de esto.',
    sexes: { female: 'Femenino', male: 'Masculino', other: 'Otro', unknown: 'Prefiero no decirlo' },
    duration: '¿Cuánto tiempo lleva con este dolor de espalda?',
    durations: {
      'under-6-weeks': 'Menos de 6 semanas',
      '6-to-12-weeks': 'De 6 a 12 semanas',
      '3-to-6-months': 'De 3 a 6 meses',
      '6-to-12-months': 'De 6 a 12 meses',
      '1-to-2-years': 'De 1 a 2 años',
      'over-2-years': 'Más de 2 años',
    },
    workStatus: '¿Qué describe mejor su trabajo ahora?',
    workStatuses: {
      working: 'Estoy trabajando',
      'off-work-because-of-back-pain': 'Estoy de baja por la espalda',
      'not-working-for-other-reasons': 'No trabajo por otros motivos',
      retired: 'Estoy jubilado',
      student: 'Soy estudiante',
    },
    flags: {
      newDifficultyPassingUrine: '¿Le cuesta de forma nueva empezar a orinar, o nota distinto el chorro?',
      newUrinaryRetention: '¿De forma nueva no puede vaciar la vejiga?',
      newUrinaryIncontinence: '¿Ha perdido de forma nueva el control de la vejiga (escapes de orina)?',
      newSaddleNumbness:
        '¿Tiene adormecimiento nuevo o una sensación rara entre las piernas, alrededor del trasero o en los genitales?',
      newBowelIncontinenceOrLossOfRectalSensation:
        '¿Ha perdido de forma nueva el control de los intestinos, o la sensación de necesitar ir al baño?',
      newSexualDysfunction:
        '¿Ha perdido de forma nueva la función sexual o la sensibilidad en los genitales?',
      bilateralLegPain:
        '¿Tiene dolor de nervio en las dos piernas, o el dolor de una pierna ha pasado a las dos?',
      weaknessInBothLegs: '¿Tiene debilidad fuerte o que empeora en las dos piernas?',
      progressiveLegWeakness: '¿Tiene debilidad en una pierna que va a peor?',
      footDrop: '¿La punta del pie se engancha o golpea el suelo al caminar?',
      gaitDisturbance: '¿Está inestable o le cuesta caminar, de una forma nueva que el dolor no explica?',
      historyOfCancer: '¿Ha tenido cáncer alguna vez?',
      unexplainedWeightLoss: '¿Ha perdido peso sin intentarlo?',
      nightPainUnrelievedByPosition: '¿Tiene dolor por la noche que no se alivia al cambiar de postura?',
      thoracicPain: '¿Tiene dolor en la parte alta o media de la espalda?',
      feverOrChills: '¿Ha tenido fiebre, escalofríos o temblores?',
      feelsSystemicallyUnwell: '¿Se siente mal en general, no solo de la espalda?',
      intravenousDrugUse: '¿Se inyecta drogas?',
      immunosuppression:
        '¿Tiene las defensas bajas, por ejemplo por pastillas de corticoides, un trasplante, VIH, medicamentos biológicos o diabetes?',
      recentBacterialInfectionOrPenetratingWound:
        '¿Ha tenido hace poco una infección (como una infección de orina) o una herida profunda?',
      spinalSurgeryInPastYear: '¿Le han operado de la columna en los últimos 12 meses?',
      majorTrauma:
        '¿Empezó el dolor después de un golpe fuerte, como un accidente de coche o una caída desde altura?',
      minorTraumaOrStrenuousLifting:
        '¿Empezó justo después de una caída o golpe pequeño, o de levantar mucho peso?',
      knownOsteoporosis: '¿Le han dicho que tiene osteoporosis (huesos débiles)?',
      prolongedCorticosteroidUse: '¿Ha tomado pastillas de corticoides, como prednisona, durante meses?',
      atheroscleroticDisease:
        '¿Ha tenido un infarto, angina de pecho, un ictus o mala circulación en las piernas?',
      painAtRestOrAtNight: '¿El dolor sigue cuando descansa, o aparece por la noche?',
      legPainBelowKneeWorseThanBackPain:
        '¿Tiene dolor por debajo de la rodilla que es peor que el de la espalda?',
      dermatomalLegPain:
        '¿El dolor de la pierna baja en una línea estrecha, a menudo hasta el pie o los dedos?',
      legNumbnessOrPinsAndNeedles: '¿Tiene adormecimiento u hormigueo en la pierna o el pie?',
      legWeakness: '¿Tiene debilidad en la pierna o el pie?',
      onsetBeforeAge40: '¿Empezó su dolor de espalda antes de los 40 años?',
      insidiousOnset: '¿El dolor apareció poco a poco, sin una lesión?',
      improvesWithExercise: '¿El dolor de espalda mejora cuando hace ejercicio?',
      noImprovementWithRest: '¿Descansar no le mejora el dolor de espalda?',
      nightPainImprovesOnGettingUp: '¿Tiene dolor por la noche que mejora al levantarse?',
      uveitis: '¿Le han dicho que tiene uveítis o iritis (un ojo rojo y doloroso)?',
      psoriasis: '¿Tiene psoriasis?',
      inflammatoryBowelDisease: '¿Tiene enfermedad de Crohn o colitis ulcerosa?',
      familyHistoryOfSpondyloarthritis:
        '¿Su padre, madre, hermano, hermana o hijo tiene espondilitis anquilosante, psoriasis, uveítis, Crohn o colitis?',
      fearOfMovement: '¿Evita moverse por miedo a hacerse daño en la espalda?',
      believesPainMeansHarm: '¿Cree que el dolor significa que su espalda se está dañando?',
      catastrophising: '¿Siente que el dolor es terrible y que nunca va a mejorar?',
      avoidingActivityOrProlongedRest: '¿Descansa mucho o hace mucho menos que antes?',
      poorSleep: '¿Duerme mal por el dolor?',
      moreAlcoholOrDrugsSinceOnset: '¿Bebe más alcohol o consume más drogas desde que empezó el dolor?',
      socialWithdrawal: '¿Ve menos a sus amigos y familia por el dolor?',
      expectsPassiveTreatmentOnly:
        '¿Espera sobre todo un tratamiento que otra persona le haga, más que cosas que haga usted?',
      noOneToTalkTo: '¿Siente que no tiene a nadie con quien hablar de sus problemas?',
      heavyOrMonotonousWork:
        '¿Su trabajo es físicamente duro, o repite los mismos movimientos una y otra vez?',
      lowJobSatisfaction: '¿Está descontento en su trabajo?',
      unsupportiveEmployer: '¿Su empresa le apoya poco con su dolor de espalda?',
      compensationClaim:
        '¿Tiene abierta una reclamación de indemnización, seguro o prestación por su espalda?',
      disputeOrLitigation: '¿Hay un conflicto o un juicio relacionado con su dolor de espalda?',
    },
    crisisContinue:
      'Cuando esté listo, puede seguir con la revisión. Su equipo de atención será avisado cuando envíe sus respuestas.',
    continue: 'Seguir con la revisión',
    review1: 'Esas son todas las preguntas. Gracias por su tiempo.',
    review2:
      'Cuando envíe sus respuestas, BackPlan hará su plan. Si algo necesita un médico, se lo diremos enseguida.',
    doneTitle: 'Su revisión está hecha',
    planReady: 'Su plan está listo',
    planMinutes: 'Unos {{minutes}} minutos al día. Empieza con suavidad y crece con usted.',
    noPlanYet: 'Su equipo de atención revisará sus respuestas antes de que empiece su plan.',
    referralsTitle: 'Su equipo de atención también hablará con usted sobre',
    toToday: 'Ver el plan de hoy',
  },
};
