/**
 * The exercise and training log (TryggOvningar), 2025 and 2026: what the units exercised and were
 * trained in, what they learned and the follow-up actions they decided. Most units exercise once a
 * year; Vårdcentralen Åsen, the psychiatric emergency unit and the bus depot let a year pass
 * without an exercise, so they are overdue at the reference time.
 */
import { ExerciseKind } from '../../../src/domain/pdsa/vocabulary';
import { SecurityArea } from '../../../src/domain/securityAreas';
import { addDays, dayIso, instantAfter, IPdsaUnits, notAfter } from './pdsaContext';
import { ISeedItem } from './types';

interface IExerciseTemplate {
  readonly title: string;
  readonly kind: ExerciseKind;
  readonly scenario: string;
  readonly areas: readonly SecurityArea[];
  readonly lessonsLearned: string;
  /** Follow-up actions decided: title and days after the exercise they are due. */
  readonly followUps: readonly (readonly [string, number])[];
}

const TEMPLATES: Readonly<Record<string, IExerciseTemplate>> = {
  evacuationEmergency: {
    title: 'Utrymningsövning akutmottagningen',
    kind: 'Övning',
    scenario: 'Brand i ett förråd intill väntrummet en kväll med full belastning. Väntande patienter och anhöriga ska utrymmas till återsamlingsplatsen och patienter på brits flyttas till intilliggande brandcell.',
    areas: ['Brandsäkerhet'],
    lessonsLearned: 'Utrymningen tog längre tid än planerat eftersom sängar stod i korridoren. Alla visste var återsamlingsplatsen låg, men ingen hade ansvar för att räkna in patienterna i väntrummet.',
    followUps: [['Märk upp uppställningsplatser för sängar utanför utrymningsvägarna', 30], ['Utse ansvarig för inräkning på återsamlingsplatsen i varje pass', 14]]
  },
  evacuationWard: {
    title: 'Utrymningsövning vårdavdelning',
    kind: 'Övning',
    scenario: 'Brand i ett patientrum nattetid med ordinarie nattbemanning. Sängliggande patienter ska flyttas horisontellt till nästa brandcell och räddningstjänsten tas emot vid entrén.',
    areas: ['Brandsäkerhet'],
    lessonsLearned: 'Personalen hittade brandsläckare och larmknappar men evakueringsmadrasserna var svåra att få fram. Rapporteringen till räddningstjänsten fungerade bra.',
    followUps: [['Flytta evakueringsmadrasserna till korridorens förråd', 21], ['Genomgång av utrymningsplanen för nyanställda nattpersonal', 45]]
  },
  evacuationClinic: {
    title: 'Utrymningsövning vårdcentral',
    kind: 'Övning',
    scenario: 'Brandlarmet går under förmiddagens mottagning. Patienter i väntrum och behandlingsrum ska utrymmas och personalen räkna in alla på återsamlingsplatsen.',
    areas: ['Brandsäkerhet'],
    lessonsLearned: 'Utrymningen gick snabbt men listan över dagens bokade patienter fanns bara i journalsystemet, som inte gick att nå utanför huset.',
    followUps: [['Skriv ut dagens bokningslista till receptionens utrymningspärm', 14]]
  },
  violenceEmergency: {
    title: 'Övning: hotfull anhörig i väntrummet',
    kind: 'Övning',
    scenario: 'En anhörig blir allt mer upprörd över väntetiden, hotar en sjuksköterska och vägrar lämna väntrummet. Personalen larmar väktare och polis och tar hand om övriga patienter.',
    areas: ['Hot och våld'],
    lessonsLearned: 'Överfallslarmet i receptionen fungerade, men i behandlingsrummen saknas larm. Väktarna kom inom tre minuter. Efter övningen efterfrågade personalen stöd i hur man avslutar ett samtal som eskalerar.',
    followUps: [['Beställ överfallslarm till behandlingsrummen', 30], ['Kollegialt samtalsstöd efter hot- och våldshändelser', 60]]
  },
  violenceWard: {
    title: 'Övning: våldsam patient på avdelningen',
    kind: 'Övning',
    scenario: 'En patient i akut psykos angriper en skötare i dagrummet nattetid. Personalen larmar, skyddar andra patienter och tar emot förstärkning från grannavdelningen.',
    areas: ['Hot och våld'],
    lessonsLearned: 'Förstärkningen kom snabbt men visste inte vilken dörr de skulle gå in genom. Nattbemanningen räcker inte till både säkerhet och omvårdnad under en sådan händelse.',
    followUps: [['Skylta förstärkningsväg och samlingsplats för larm', 14], ['Underlag till budget om två sjuksköterskor nattetid', 90]]
  },
  violenceTraining: {
    title: 'Utbildning i bemötande av hot och våld',
    kind: 'Utbildning',
    scenario: 'Halvdagsutbildning: varningssignaler, lågaffektivt bemötande, att larma och att ta hand om varandra efteråt.',
    areas: ['Hot och våld'],
    lessonsLearned: 'Deltagarna önskade fler praktiska övningar och en tydligare rutin för vad som händer efter en händelse.',
    followUps: [['Lägg in rutinen för efterarbete i enhetens handbok', 30]]
  },
  phoneThreats: {
    title: 'Övning: hotfulla samtal till receptionen',
    kind: 'Övning',
    scenario: 'En patient som fått avslag på sjukskrivning ringer upprepade gånger och hotar personalen. Receptionen dokumenterar, avslutar samtalet och anmäler.',
    areas: ['Hot och våld'],
    lessonsLearned: 'Personalen visste inte om samtal fick spelas in eller hur hotet skulle dokumenteras för en polisanmälan.',
    followUps: [['Mall för dokumentation av hotfulla samtal', 21]]
  },
  fireTraining: {
    title: 'Brandskyddsutbildning med praktisk släckövning',
    kind: 'Utbildning',
    scenario: 'Grundläggande brandskydd: larma, släcka, utrymma. Praktisk släckning med handbrandsläckare och brandfilt.',
    areas: ['Brandsäkerhet'],
    lessonsLearned: 'Flera deltagare hade aldrig använt en handbrandsläckare. Utbildningen bör ingå i introduktionen.',
    followUps: [['Brandskyddsutbildning i introduktionen för nyanställda', 60]]
  },
  infoManagers: {
    title: 'Informationssäkerhetsutbildning för chefer',
    kind: 'Utbildning',
    scenario: 'Chefens ansvar för informationssäkerhet: klassning av information, behörigheter, loggkontroller och att rapportera personuppgiftsincidenter.',
    areas: ['Informationssäkerhet'],
    lessonsLearned: 'Många chefer visste inte att de ansvarar för att behörigheter tas bort när en medarbetare slutar.',
    followUps: [['Checklista för behörigheter vid avslutad anställning', 45]]
  },
  infoStaff: {
    title: 'Informationssäkerhetsutbildning på arbetsplatsträff',
    kind: 'Utbildning',
    scenario: 'Patientuppgifter i vardagen: utskrifter, skärmar i publika utrymmen, samtal i korridoren och sekretessbehållare.',
    areas: ['Informationssäkerhet'],
    lessonsLearned: 'Sekretessbehållare saknas nära två av skrivarna.',
    followUps: [['Beställ sekretessbehållare till skrivarna', 30]]
  },
  phishing: {
    title: 'Nätfiskeövning: falskt lönebesked',
    kind: 'Övning',
    scenario: 'Ett mejl som liknar ett meddelande från lönecentrum ber mottagaren logga in för att se ett ändrat lönebesked.',
    areas: ['IT-säkerhet', 'Informationssäkerhet'],
    lessonsLearned: 'Färre klickade än förra gången och fler rapporterade mejlet med knappen i Outlook. Nyanställda klickade oftare.',
    followUps: [['Nätfiske i introduktionen för nyanställda', 45]]
  },
  journalOutage: {
    title: 'Övning: avbrott i journalsystemet',
    kind: 'Övning',
    scenario: 'Journalsystemet är otillgängligt i åtta timmar efter ett fel i lagringen. Vården ska fortsätta med reservrutiner och IT-drift återställa från säkerhetskopia.',
    areas: ['Driftsäkerhet', 'IT-säkerhet'],
    lessonsLearned: 'Återställningen tog längre tid än avtalat eftersom kontaktlistan till leverantören var inaktuell. Reservrutinerna på papper fanns men var inte kända på alla enheter.',
    followUps: [['Uppdatera kontaktlistan till leverantörerna', 14], ['Återställningstest från säkerhetskopia varje kvartal', 90]]
  },
  powerOutage: {
    title: 'Reservkraftsprov och övning vid elavbrott',
    kind: 'Övning',
    scenario: 'Elavbrott i hela sjukhusområdet i ett dygn under vintern. Reservkraften startas och serverhallens kyla och UPS prövas under last.',
    areas: ['Driftsäkerhet'],
    lessonsLearned: 'Reservkraften startade som planerat men kylan i serverrummet räckte bara i två timmar under last.',
    followUps: [['Upphandla reservkyla till serverrummet', 60]]
  },
  dispatchPhones: {
    title: 'Övning: telefonin till trafikledningen faller bort',
    kind: 'Övning',
    scenario: 'Operatörens telefoni ligger nere under eftermiddagens rusning. Förare och trafikledare ska nå varandra via radio och reservtelefoner.',
    areas: ['Driftsäkerhet'],
    lessonsLearned: 'Reservtelefonerna fungerade men numren fanns inte i förarnas telefonlista.',
    followUps: [['Lägg in reservnumren i förarnas telefonlista', 7]]
  },
  ambulancePower: {
    title: 'Övning: ambulans utan reservkraft under lång transport',
    kind: 'Övning',
    scenario: 'Under en transport på över två timmar laddar inte omformaren och den medicintekniska utrustningen går på batteri.',
    areas: ['Driftsäkerhet', 'Transportsäkerhet'],
    lessonsLearned: 'Batterierna räckte i 70 minuter. Besättningen saknade rutin för att byta batteri under färd.',
    followUps: [['Extra batterier till defibrillator och sug i alla bilar', 30]]
  },
  loadSecuring: {
    title: 'Utbildning i lastsäkring och säker körning',
    kind: 'Utbildning',
    scenario: 'Lastsäkring av rullburar och gasflaskor, kontroll av spännband och körning med tung last.',
    areas: ['Transportsäkerhet'],
    lessonsLearned: 'Spännbanden i flera bilar var slitna och ingen visste vem som ansvarar för att byta dem.',
    followUps: [['Kontroll av lastsäkringsutrustning vid varje fordonsbyte', 30]]
  },
  dieselSpill: {
    title: 'Övning: dieselspill vid tankning',
    kind: 'Övning',
    scenario: 'Vid tankning på depån rinner diesel ut mot en dagvattenbrunn. Personalen stoppar läckan, täcker brunnen och larmar räddningstjänsten.',
    areas: ['Yttre miljösäkerhet'],
    lessonsLearned: 'Brunnstätningen låg inlåst i verkstaden och tog för lång tid att hämta.',
    followUps: [['Placera saneringsutrustning vid tankstationen', 14]]
  },
  depotPerimeter: {
    title: 'Utbildning i skalskydd för depåns personal',
    kind: 'Utbildning',
    scenario: 'Grind, staket och larm på depån: vad personalen ska kontrollera vid stängning och hur obehöriga bemöts.',
    areas: ['Skalskydd', 'Tillträdesskydd'],
    lessonsLearned: 'Personalen visste inte att grinden ska kontrolleras vid varje skiftbyte.',
    followUps: [['Kontroll av grinden i checklistan vid skiftbyte', 14]]
  },
  storePerimeter: {
    title: 'Övning: obehörig på lastkajen kvällstid',
    kind: 'Övning',
    scenario: 'En okänd person följer med en sen leverans in på lastkajen och försvinner in i förrådet. Personalen larmar väktare och kontrollerar lokalerna.',
    areas: ['Skalskydd'],
    lessonsLearned: 'Porten stod öppen i 40 minuter under leveransen. Ingen ansvarade för att stänga den.',
    followUps: [['Rutin för sena leveranser med ansvarig för porten', 21]]
  },
  supplierFraud: {
    title: 'Utbildning: bedrägeriförsök vid ändrade kontouppgifter',
    kind: 'Utbildning',
    scenario: 'Genomgång av verkliga bedrägeriförsök där en leverantörs bankuppgifter ändras via mejl, och hur kontobyten verifieras per telefon.',
    areas: ['Ekonomisk säkerhet'],
    lessonsLearned: 'Rutinen för verifiering per telefon var känd men följdes inte vid hög arbetsbelastning.',
    followUps: [['Spärr i attestflödet tills kontobytet är verifierat', 45]]
  },
  staffExercise: {
    title: 'Stabsövning: särskild händelse med många skadade',
    kind: 'Övning',
    scenario: 'En bussolycka med 25 skadade. Regionens krisledning aktiveras, sjukhuset går upp i förstärkningsläge och kommunikationen med kommunen och polisen prövas.',
    areas: ['Driftsäkerhet', 'Transportsäkerhet'],
    lessonsLearned: 'Lägesbilden nådde inte alla förvaltningar samtidigt. Kontaktvägarna till kollektivtrafiken behöver ses över.',
    followUps: [['Uppdatera sambandsplanen med kollektivtrafikens jour', 30], ['Utbilda stabsfunktionerna i lägesbild', 120]]
  }
};

/** Unit code, template, day held, participants, months to the next exercise (absent: none set), follow-ups left undone. */
type PlanEntry = readonly [string, keyof typeof TEMPLATES, string, number, number | undefined, ('lagging' | undefined)?];

const PLAN: readonly PlanEntry[] = [
  // 2025
  ['RE-RK-RED', 'supplierFraud', '2025-02-04', 9, 24],
  ['RE-PSY-AVD3', 'violenceWard', '2025-02-26', 14, 12],
  ['RE-RS-ITS', 'phishing', '2025-03-03', 320, 12],
  ['RE-SJH-AKU', 'evacuationEmergency', '2025-03-12', 18, 12],
  ['RE-PV-ASE', 'evacuationClinic', '2025-03-18', 8, 12],
  ['RE-PV-NBY', 'phoneThreats', '2025-03-25', 6, 12],
  ['RE-PV-STR', 'fireTraining', '2025-04-02', 8, 24],
  ['RE-SJH-IVA', 'evacuationWard', '2025-04-09', 15, 12],
  ['RE-PSY-PAM', 'violenceWard', '2025-04-15', 9, 12],
  ['RE-RS-TRP', 'loadSecuring', '2025-04-15', 8, 24],
  ['RE-SJH-OP', 'fireTraining', '2025-05-07', 14, 24],
  ['RE-SJH-M21', 'evacuationWard', '2025-05-14', 12, 12],
  ['RE-RS-ITD', 'journalOutage', '2025-05-21', 11, 12],
  ['RE-KT-TLC', 'dispatchPhones', '2025-06-10', 8, 12],
  ['RE-SJH-AMB', 'ambulancePower', '2025-08-20', 9, 12],
  ['RE-SJH-AKU', 'violenceTraining', '2025-09-10', 16, 24],
  ['RE-KT-DEP', 'dieselSpill', '2025-09-10', 7, 12],
  ['RE-SJH-ORT', 'evacuationWard', '2025-10-01', 11, 12],
  ['RE-RK-SOB', 'staffExercise', '2025-10-15', 24, 12],
  ['RE-RS-FOR', 'storePerimeter', '2025-10-21', 6, 12],
  ['RE-SJH', 'infoManagers', '2025-11-05', 21, 24],
  // 2026
  ['RE-RK-RED', 'supplierFraud', '2026-01-28', 8, 24],
  ['RE-SJH', 'infoManagers', '2026-02-10', 17, 24],
  ['RE-SJH-OP', 'infoStaff', '2026-02-18', 13, 24],
  ['RE-PSY-AVD3', 'violenceWard', '2026-02-25', 13, 12, 'lagging'],
  ['RE-RS-ITS', 'phishing', '2026-03-02', 335, 12],
  ['RE-SJH-AKU', 'evacuationEmergency', '2026-03-11', 17, 12],
  ['RE-PV-STR', 'evacuationClinic', '2026-03-17', 9, 12],
  ['RE-RS-TRP', 'loadSecuring', '2026-04-14', 7, 24],
  ['RE-SJH-IVA', 'evacuationWard', '2026-04-22', 16, 12],
  ['RE-SJH-M21', 'evacuationWard', '2026-05-13', 13, 12],
  ['RE-RS-ITD', 'journalOutage', '2026-05-20', 12, 12],
  ['RE-KT-DEP', 'depotPerimeter', '2026-06-03', 9, 24],
  ['RE-KT-TLC', 'dispatchPhones', '2026-06-09', 8, 12],
  ['RE-SJH-AMB', 'ambulancePower', '2026-08-19', 10, 12],
  ['RE-PV-NBY', 'violenceTraining', '2026-09-22', 7, 24],
  ['RE-SJH-ORT', 'evacuationWard', '2026-09-30', 10, 12, 'lagging'],
  ['RE-RK-SOB', 'staffExercise', '2026-10-01', 26, 12],
  ['RE-SJH-AKU', 'violenceEmergency', '2026-10-08', 14, 12, 'lagging'],
  ['RE-RS-ITD', 'powerOutage', '2026-10-14', 9, 12],
  ['RE-RS-FOR', 'storePerimeter', '2026-10-20', 6, 12]
];

/** Months after a `YYYY-MM-DD` day (the 31st of a shorter month does not occur in the plan). */
function monthsAfter(day: string, months: number): string {
  const date = new Date(Date.parse(dayIso(day)));
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

export function buildExercises(units: IPdsaUnits): ISeedItem[] {
  const reference = units.referenceTime.slice(0, 10);
  return PLAN.map(([code, templateKey, day, participants, nextMonths, lagging], index): ISeedItem => {
    const template = TEMPLATES[templateKey];
    const id = index + 1;
    const followUps = template.followUps.map(([title, days]) => {
      const dueDate = addDays(day, days);
      // Actions a fortnight past their due day are done, unless the unit is lagging behind.
      return { title, dueDate, done: !lagging && addDays(dueDate, 14) <= reference };
    });
    const author = units.actingManagerOf(code);
    return {
      Id: id,
      Author: author,
      Created: notAfter(instantAfter(day, 2, 13), units),
      values: {
        Title: template.title,
        ClientRequestId: `seed-exercise-${id}`,
        ExerciseDate: dayIso(day),
        UnitId: units.unitIdOf(code),
        ExerciseKind: template.kind,
        Scenario: template.scenario,
        SecurityAreas: [...template.areas],
        Participants: participants,
        LessonsLearned: template.lessonsLearned,
        FollowUpActions: JSON.stringify(followUps),
        NextDueDate: nextMonths === undefined ? undefined : dayIso(monthsAfter(day, nextMonths))
      }
    };
  });
}
