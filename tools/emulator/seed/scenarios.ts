import { SecurityArea } from '../../../src/domain/securityAreas';
import { IMtoCause } from '../../../src/domain/deviations/types';
import { ConsequenceLevel, DeviationType, MsbIncidentCategory } from '../../../src/domain/deviations/vocabulary';
import { UnitKind } from './organisationSpec';

/** Where a scenario can happen: a unit kind, or a group of kinds. */
export type KindSpec = UnitKind | 'vard' | 'sjukhus' | 'alla';

/** Who is given an action: resolved against the organisation when a case is generated. */
export type OwnerKind = 'handler' | 'staff' | 'fastighet' | 'sakerhetsteknik' | 'it' | 'transport' | 'infosak' | 'sakerhet';

export interface IScenarioAction {
  readonly title: string;
  readonly owner: OwnerKind;
}

/** One kind of event as a reporter describes it, and what handling it typically leads to. */
export interface IScenario {
  readonly id: string;
  readonly area: SecurityArea;
  readonly type: DeviationType;
  readonly title: string;
  /** What happened, without naming who. */
  readonly description: string;
  readonly kinds: readonly KindSpec[];
  /**
   * Where: a lower-case place is within the unit's site ('trapphus B' → 'Sjukhuset …, trapphus B'),
   * a capitalised one is complete ('E-post'), and '' is the site itself.
   */
  readonly places: readonly string[];
  /** Local hours [from, to) the event can occur in; default office hours. */
  readonly hours?: readonly [number, number];
  readonly immediate?: string;
  readonly personalData?: boolean;
  readonly crime?: boolean;
  readonly actual: ConsequenceLevel;
  readonly potential: ConsequenceLevel;
  /** Required for information and IT security, absent otherwise. */
  readonly msb?: MsbIncidentCategory;
  readonly causes: readonly IMtoCause[];
  readonly actions: readonly IScenarioAction[];
  readonly feedback: string;
  /** A reason to reject that fits this kind of report, besides the generic ones. */
  readonly rejection?: string;
  /** Seen by anyone passing by: staff of other units (fastighet, IT …) may report it. */
  readonly visible?: boolean;
}

export const KIND_GROUPS: Readonly<Record<'vard' | 'sjukhus', readonly UnitKind[]>> = {
  vard: ['akut', 'iva', 'op', 'amb', 'avd', 'vc', 'psyk'],
  sjukhus: ['akut', 'iva', 'op', 'avd']
};

const DAY_AND_NIGHT = [0, 24] as const;
const EVENING = [15, 23] as const;

/** Reports that belong in another reporting system. */
const PATIENT_SAFETY =
  'Händelsen gäller patientsäkerhet och ska rapporteras i vårdens avvikelsesystem. Rapportören har fått hjälp att göra det.';
const WORK_ENVIRONMENT = 'Händelsen gäller arbetsmiljö och hanteras i arbetsmiljörapporteringen. Rapportören har fått hjälp att göra det.';

const m = (text: string): IMtoCause => ({ category: 'Människa', text });
const t = (text: string): IMtoCause => ({ category: 'Teknik', text });
const o = (text: string): IMtoCause => ({ category: 'Organisation', text });

const brand: readonly IScenario[] = [
  {
    id: 'brand-dorr-kil', visible: true, area: 'Brandsäkerhet', type: 'Avvikelse',
    title: 'Branddörr uppställd med kil',
    description: 'Branddörren mellan korridoren och trapphuset var uppställd med en träkil under större delen av passet. Dörren ska vara stängd eller hållas öppen med magnetuppställning kopplad till brandlarmet, så att brandgaser inte sprids vid brand.',
    kinds: ['sjukhus', 'psyk', 'forrad', 'ekonomi'], places: ['trapphus B', 'korridoren vid hissarna', 'trapphus A'],
    hours: DAY_AND_NIGHT,
    immediate: 'Kilen togs bort och dörren stängdes.',
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [
      m('Dörren ställs upp för att det ska gå smidigare att transportera sängar och vagnar.'),
      t('Dörren saknar magnetuppställning kopplad till brandlarmet.'),
      o('Rutinen för branddörrar är inte känd av all personal, särskilt inte av vikarier.')
    ],
    actions: [
      { title: 'Installera magnetuppställning kopplad till brandlarmet på branddörren', owner: 'fastighet' },
      { title: 'Gå igenom rutinen för branddörrar på arbetsplatsträff', owner: 'handler' }
    ],
    feedback: 'Tack för din rapport. Dörren har fått magnetuppställning som släpper vid brandlarm, och rutinen för branddörrar har gåtts igenom på arbetsplatsträffen.'
  },
  {
    id: 'brand-utrymning-blockerad', visible: true, area: 'Brandsäkerhet', type: 'Riskobservation',
    title: 'Utrymningsväg blockerad av sängar och vagnar',
    description: 'Utrymningsvägen i korridorens norra ände var blockerad av två sängar och en förrådsvagn. Vid en utrymning hade vägen inte gått att använda utan att först flytta utrustningen.',
    kinds: ['sjukhus'], places: ['korridorens norra ände', 'utrymningsvägen mot trapphus C'],
    hours: DAY_AND_NIGHT,
    immediate: 'Sängarna och vagnen flyttades till förrådet.',
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [
      o('Förrådsutrymmet räcker inte till för enhetens sängar och vagnar.'),
      m('Utrustning ställs tillfälligt i korridoren när det är hög belastning.')
    ],
    actions: [
      { title: 'Anvisa uppställningsplats för sängar och vagnar', owner: 'handler' },
      { title: 'Märka ut utrymningsvägen med golvmarkering och skylt', owner: 'fastighet' }
    ],
    feedback: 'Tack för att du uppmärksammade detta. Enheten har fått en anvisad uppställningsplats och utrymningsvägen är markerad på golvet.'
  },
  {
    id: 'brand-larm-personalrum', area: 'Brandsäkerhet', type: 'Tillbud',
    title: 'Brandlarm utlöst av matos i personalrummet',
    description: 'Brandlarmet löste ut av os från en brödrost i personalrummet. Räddningstjänsten kom till platsen och konstaterade att det inte fanns någon brand. Larmet återställdes efter cirka 20 minuter.',
    kinds: ['alla'], places: ['personalrummet', 'pentryt'],
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [
      m('Brödrosten lämnades utan uppsikt.'),
      t('Rökdetektorn sitter nära pentryt och reagerar på matos.')
    ],
    actions: [
      { title: 'Flytta brödrosten från detektorn och sätta upp informationsskylt', owner: 'handler' },
      { title: 'Utreda byte till värmedetektor i pentryt', owner: 'fastighet' }
    ],
    feedback: 'Brödrosten är flyttad och fastighetsdriften har bytt detektorn i pentryt till en värmedetektor. Tack för rapporten.'
  },
  {
    id: 'brand-laddare-rok', area: 'Brandsäkerhet', type: 'Tillbud',
    title: 'Rökutveckling från laddare till elrullstol',
    description: 'En laddare till en elrullstol blev mycket varm och började ryka i dagrummet. Laddaren drogs ur och rummet vädrades. Ingen brand uppstod.',
    kinds: ['avd', 'psyk'], places: ['dagrummet', 'patientrum 4'],
    hours: DAY_AND_NIGHT,
    immediate: 'Laddaren drogs ur uttaget och togs ur bruk.',
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      t('Laddaren var skadad och saknade CE-märkning.'),
      o('Det saknas rutin för kontroll av patienters egna laddare och hjälpmedel.')
    ],
    actions: [
      { title: 'Ta fram rutin för laddning av patienters hjälpmedel', owner: 'handler' },
      { title: 'Informera personalen om brandrisk vid laddning', owner: 'handler' }
    ],
    feedback: 'Enheten har nu en rutin för laddning av patienters hjälpmedel. Tack för att du agerade snabbt.'
  },
  {
    id: 'brand-slackare-saknas', visible: true, area: 'Brandsäkerhet', type: 'Riskobservation',
    title: 'Brandsläckare saknas på anvisad plats',
    description: 'Vid egenkontroll av brandskyddet saknades handbrandsläckaren vid trapphuset. Skylten satt kvar men släckaren var borttagen.',
    kinds: ['alla'], places: ['trapphuset', 'entréplanet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Egenkontrollen av brandskyddet har inte gjorts enligt plan.')],
    actions: [
      { title: 'Ersätta handbrandsläckaren', owner: 'fastighet' },
      { title: 'Genomföra egenkontroll av brandskyddet varje månad enligt checklista', owner: 'handler' }
    ],
    feedback: 'En ny brandsläckare är på plats och egenkontrollen är inlagd i enhetens årshjul.'
  },
  {
    id: 'brand-papperskorg', area: 'Brandsäkerhet', type: 'Olycka',
    title: 'Brand i papperskorg i väntrummet',
    description: 'En papperskorg i väntrummet började brinna, troligen av en slängd cigarett. Personal släckte branden med handbrandsläckare innan räddningstjänsten kom. Väntrummet utrymdes och vädrades.',
    kinds: ['akut', 'vc', 'kundservice'], places: ['väntrummet'],
    hours: DAY_AND_NIGHT,
    immediate: 'Branden släcktes, väntrummet utrymdes och räddningstjänsten kontrollerade platsen.',
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      m('En cigarett har troligen slängts i papperskorgen.'),
      t('Papperskorgen var av brännbar plast och saknade lock.')
    ],
    actions: [
      { title: 'Byta till papperskorgar i metall med självsläckande lock', owner: 'fastighet' },
      { title: 'Ersätta den använda brandsläckaren', owner: 'fastighet' }
    ],
    feedback: 'Papperskorgarna i väntrummet är utbytta mot brandsäkra modeller. Tack för en snabb och riktig insats.'
  },
  {
    id: 'brand-ovning-ej-genomford', area: 'Brandsäkerhet', type: 'Avvikelse',
    title: 'Utrymningsövning inte genomförd enligt plan',
    description: 'Den årliga utrymningsövningen har inte genomförts. Flera nyanställda har inte fått introduktion i enhetens brandskydd.',
    kinds: ['alla'], places: [''],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Övningen sköts upp på grund av hög arbetsbelastning och planerades inte om.')],
    actions: [
      { title: 'Genomföra utrymningsövning', owner: 'handler' },
      { title: 'Lägga in brandskyddsintroduktion i checklistan för nyanställda', owner: 'handler' }
    ],
    feedback: 'Utrymningsövningen är genomförd och brandskyddet ingår nu i introduktionen för nyanställda.'
  },
  {
    id: 'brand-forslag-sprak', area: 'Brandsäkerhet', type: 'Förbättringsförslag',
    title: 'Förslag: utrymningsplan med symboler och engelsk text',
    description: 'Besökare som inte läser svenska har svårt att förstå utrymningsplanen och skyltningen i väntrummet. Förslaget är att komplettera med symboler och engelsk text.',
    kinds: ['vc', 'akut', 'kundservice'], places: ['väntrummet', 'entrén'],
    actual: '1 Försumbar', potential: '2 Lindrig',
    causes: [o('Utrymningsplanerna är framtagna enbart på svenska.')],
    actions: [{ title: 'Ta fram utrymningsplan med symboler och engelsk text', owner: 'fastighet' }],
    feedback: 'Bra förslag! Nya utrymningsplaner med symboler och engelsk text är uppsatta.'
  }
];

const skal: readonly IScenario[] = [
  {
    id: 'skal-staket-godsmottagning', visible: true, area: 'Skalskydd', type: 'Riskobservation',
    title: 'Trasigt staket vid sjukhusets godsmottagning',
    description: 'Staketet runt lastgården vid godsmottagningen har en öppning på cirka två meter där en sektion lossnat från stolparna. Obehöriga kan ta sig in på lastgården utan att passera grinden.',
    kinds: ['forrad', 'transport', 'fastighet'], places: ['Sjukhuset i Exempelby, godsmottagningens lastgård'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      t('Staketsektionen har troligen skadats av en lastbil vid backning.'),
      o('Skalskyddet runt lastgården ingår inte i någon regelbunden rondering.')
    ],
    actions: [
      { title: 'Laga staketet vid lastgården', owner: 'fastighet' },
      { title: 'Sätta upp påkörningsskydd framför staketet', owner: 'fastighet' },
      { title: 'Lägga in lastgårdens skalskydd i ronderingsschemat', owner: 'sakerhetsteknik' }
    ],
    feedback: 'Staketet är lagat och har fått påkörningsskydd. Lastgården ingår nu i den regelbundna ronderingen.'
  },
  {
    id: 'skal-dorr-gar-ej-i-las', visible: true, area: 'Skalskydd', type: 'Avvikelse',
    title: 'Ytterdörr går inte i lås',
    description: 'Ytterdörren vid personalingången går inte i lås när den stängs. Dörren stod olåst under natten och upptäcktes på morgonen.',
    kinds: ['vc', 'psyk', 'ekonomi', 'kansli', 'amb'], places: ['personalingången', 'entrén mot gården'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [t('Dörrstängaren är för svag och dörren når inte fram till låskolven.')],
    actions: [{ title: 'Justera dörrstängare och lås', owner: 'sakerhetsteknik' }],
    feedback: 'Dörrstängaren är utbytt och dörren går i lås igen. Tack för rapporten.'
  },
  {
    id: 'skal-fonster-oppet', visible: true, area: 'Skalskydd', type: 'Avvikelse',
    title: 'Fönster i bottenplan öppet över natten',
    description: 'Ett fönster i bottenplan stod öppet när morgonpersonalen kom. Ingenting tycks saknas, men rummet innehåller dator och pärmar med arbetsmaterial.',
    kinds: ['vc', 'psyk'], places: ['mottagningsrum 2', 'kontoret i bottenplan'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      m('Fönstret öppnades för vädring och glömdes öppet.'),
      o('Det saknas stängningsrutin med kontroll av fönster.')
    ],
    actions: [{ title: 'Införa checklista för stängning med kontroll av fönster och dörrar', owner: 'handler' }],
    feedback: 'Enheten har infört en stängningsrutin med checklista. Tack för att du rapporterade.'
  },
  {
    id: 'skal-inbrott-forrad', area: 'Skalskydd', type: 'Säkerhetsincident',
    title: 'Inbrott i förråd',
    description: 'Dörren till förrådet har brutits upp under natten. Förbrukningsmaterial och två verktygslådor saknas. Polisanmälan är gjord.',
    kinds: ['forrad', 'depa', 'amb', 'fastighet'], places: ['förrådet i källarplan', 'förrådet vid garaget'],
    hours: [0, 6],
    crime: true,
    immediate: 'Polisanmälan gjordes och förrådet säkrades provisoriskt.',
    actual: '3 Betydande', potential: '3 Betydande',
    causes: [
      t('Förrådsdörren har ett enkelt lås och saknar inbrottslarm.'),
      o('Förrådet ligger utanför områdets kamerabevakning.')
    ],
    actions: [
      { title: 'Byta till inbrottsskyddad dörr och ansluta förrådet till larmet', owner: 'sakerhetsteknik' },
      { title: 'Utreda behov av kamerabevakning vid förrådet', owner: 'sakerhet' }
    ],
    feedback: 'Förrådet har fått en inbrottsskyddad dörr och är anslutet till larmet. Polisens förundersökning är nedlagd.'
  },
  {
    id: 'skal-grind-depa', area: 'Skalskydd', type: 'Säkerhetsincident',
    title: 'Skadegörelse på grinden till bussdepån',
    description: 'Grinden till bussdepån har skadats och låset har brutits upp. Två bussar som stod uppställda innanför har klotter. Polisanmälan är gjord.',
    kinds: ['depa'], places: ['infartsgrinden', 'uppställningsytan'],
    hours: [0, 6],
    crime: true,
    immediate: 'Polisanmälan gjordes och grinden låstes med kätting i väntan på reparation.',
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [
      t('Grindens lås är av äldre modell och lätt att bryta upp.'),
      o('Depån saknar bevakning nattetid.')
    ],
    actions: [
      { title: 'Reparera grinden och byta till säkrare lås', owner: 'handler' },
      { title: 'Begära offert på nattlig rondering av depån', owner: 'handler' }
    ],
    feedback: 'Grinden är reparerad med nytt lås och depån ronderas nattetid från och med nästa månad.'
  },
  {
    id: 'skal-belysning-parkering', visible: true, area: 'Skalskydd', type: 'Riskobservation',
    title: 'Trasig belysning vid personalparkeringen',
    description: 'Flera armaturer vid personalparkeringen är släckta. Personal som går till bilen efter kvällspasset upplever området som otryggt.',
    kinds: ['sjukhus', 'psyk', 'amb'], places: ['personalparkeringen', 'gångvägen mellan parkeringen och entrén'],
    hours: EVENING,
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      t('Armaturerna är gamla och flera har gått sönder samtidigt.'),
      o('Felanmälan om belysningen har inte följts upp.')
    ],
    actions: [
      { title: 'Byta trasiga armaturer vid personalparkeringen', owner: 'fastighet' },
      { title: 'Se över belysningen längs gångvägen till entrén', owner: 'fastighet' }
    ],
    feedback: 'Armaturerna är utbytta och gångvägen har fått ytterligare belysning.'
  },
  {
    id: 'skal-lastkaj-oppen', visible: true, area: 'Skalskydd', type: 'Avvikelse',
    title: 'Port vid lastkajen stod öppen utan bevakning',
    description: 'Porten vid lastkajen stod uppställd i över en timme under lunchen utan att någon fanns på plats. Obehöriga hade kunnat ta sig in i kulvertsystemet.',
    kinds: ['forrad', 'transport'], places: ['lastkajen', 'godsmottagningen'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      m('Porten lämnades öppen i väntan på en leverans.'),
      t('Porten saknar larm för lång öppethållning.')
    ],
    actions: [{ title: 'Installera larm vid lång öppethållning av lastkajsporten', owner: 'sakerhetsteknik' }],
    feedback: 'Porten har fått larm som utlöses om den står öppen längre än tio minuter.'
  }
];

const tilltrade: readonly IScenario[] = [
  {
    id: 'tilltrade-obehorig-foljde-med', visible: true, area: 'Tillträdesskydd', type: 'Säkerhetsincident',
    title: 'Okänd person följde med in genom personalingången',
    description: 'En person utan synligt id-kort följde tätt efter en anställd in genom personalingången när dörren öppnades med passerkort. När personen tillfrågades vart hen skulle lämnade hen byggnaden. Personens ärende gick inte att fastställa.',
    kinds: ['sjukhus', 'kansli', 'ekonomi'], places: ['personalingången', 'personalentrén vid omklädningsrummen'],
    hours: DAY_AND_NIGHT,
    immediate: 'Väktare larmades och gick igenom korridoren utan att hitta personen.',
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      m('Det upplevs som obekvämt att stoppa någon som följer efter in.'),
      t('Dörren stänger långsamt, vilket gör det lätt att följa efter.'),
      o('Regeln om att bära synligt id-kort följs inte fullt ut.')
    ],
    actions: [
      { title: 'Påminna om regeln att inte släppa in okända personer', owner: 'handler' },
      { title: 'Justera dörrstängaren så att dörren stänger snabbare', owner: 'sakerhetsteknik' }
    ],
    feedback: 'Dörren stänger nu snabbare och regeln om id-kort har påmints om på arbetsplatsträffen. Tack för att du agerade.'
  },
  {
    id: 'tilltrade-passerkort-borta', area: 'Tillträdesskydd', type: 'Avvikelse',
    title: 'Borttappat passerkort',
    description: 'Ett passerkort med behörighet till enheten och läkemedelsrummet har tappats bort, troligen på väg till eller från arbetet. Kortet spärrades samma dag.',
    kinds: ['alla'], places: ['Okänd plats'],
    immediate: 'Kortet spärrades via passerkortsadministrationen.',
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [m('Kortet förvarades löst i jackfickan.')],
    actions: [{ title: 'Ersätta passerkortet och kontrollera att det gamla är spärrat', owner: 'sakerhetsteknik' }],
    feedback: 'Kortet är spärrat och ett nytt är utfärdat. Tack för att du anmälde förlusten direkt.',
    rejection: 'Kortet har hittats och spärren är hävd; ingen säkerhetsbrist kvarstår.'
  },
  {
    id: 'tilltrade-lakemedelsrum', visible: true, area: 'Tillträdesskydd', type: 'Avvikelse',
    title: 'Läkemedelsrummet lämnat olåst',
    description: 'Dörren till läkemedelsrummet stod på glänt och var inte låst under cirka en timme. Ingenting tycks saknas vid kontroll.',
    kinds: ['avd', 'akut', 'iva', 'psyk'], places: ['läkemedelsrummet'],
    hours: DAY_AND_NIGHT,
    immediate: 'Dörren låstes och narkotikaförrådet kontrollräknades.',
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      m('Dörren stängdes i hast och gick inte i lås.'),
      t('Dörren saknar larm för öppen dörr.')
    ],
    actions: [
      { title: 'Installera dörrlarm på läkemedelsrummet', owner: 'sakerhetsteknik' },
      { title: 'Påminna om rutinen för läkemedelsrummet', owner: 'handler' }
    ],
    feedback: 'Läkemedelsrummet har fått dörrlarm. Tack för att du uppmärksammade detta.'
  },
  {
    id: 'tilltrade-behorighet-kvar', area: 'Tillträdesskydd', type: 'Avvikelse',
    title: 'Passerbehörigheter kvar efter avslutad anställning',
    description: 'Vid kontroll av passerbehörigheter upptäcktes att tre personer som slutat för mer än tre månader sedan fortfarande hade aktiva passerkort till enheten.',
    kinds: ['alla'], places: ['Passersystemet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Avslut i passersystemet är inte kopplat till avslut av anställning.')],
    actions: [
      { title: 'Spärra de tre passerkorten', owner: 'sakerhetsteknik' },
      { title: 'Införa månatlig avstämning av passerbehörigheter mot personalsystemet', owner: 'sakerhetsteknik' }
    ],
    feedback: 'Korten är spärrade och passerbehörigheter stäms nu av mot personalsystemet varje månad.'
  },
  {
    id: 'tilltrade-kod-uppskriven', visible: true, area: 'Tillträdesskydd', type: 'Riskobservation',
    title: 'Kod till kodlås uppskriven vid dörren',
    description: 'Koden till kodlåset vid personalingången stod skriven på en lapp på insidan av dörrkarmen och syntes när dörren stod öppen.',
    kinds: ['vc', 'depa', 'forrad', 'amb'], places: ['personalingången', 'dörren till omklädningsrummet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      m('Koden skrevs upp för att vikarier skulle komma ihåg den.'),
      o('Koden har inte bytts på flera år.')
    ],
    actions: [{ title: 'Byta kod och införa kodbyte två gånger per år', owner: 'sakerhetsteknik' }],
    feedback: 'Koden är bytt och byts nu regelbundet. Lappen är borttagen.'
  },
  {
    id: 'tilltrade-hantverkare-kulvert', area: 'Tillträdesskydd', type: 'Avvikelse',
    title: 'Hantverkare utan id-kort i kulverten',
    description: 'Två hantverkare från en entreprenör befann sig i kulverten utan id-kort eller tillfälligt passerkort. Dörren hade ställts upp åt dem av annan personal.',
    kinds: ['fastighet'], places: ['kulverten under hus 3', 'kulverten mellan hus 1 och hus 2'], 
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Entreprenörens arbetsledning hade inte fått information om rutinen för tillträde.')],
    actions: [{ title: 'Informera entreprenören om tillträdesrutin och besöksregistrering', owner: 'handler' }],
    feedback: 'Entreprenören har fått information om tillträdesrutinen och registrerar nu sina hantverkare.'
  },
  {
    id: 'tilltrade-passersystem-upplast', area: 'Tillträdesskydd', type: 'Tillbud',
    title: 'Dörrar upplåsta efter omstart av passersystemet',
    description: 'Efter ett kort strömavbrott startade passersystemets centralenhet om i ett läge där dörrarna i hus 3 stod upplåsta i cirka 40 minuter.',
    kinds: ['sakerhetsteknik'], places: ['Sjukhuset i Exempelby, hus 3'],
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      t('Centralenheten saknar reservkraft och återstartar i upplåst läge.'),
      o('Det saknas larm till driftcentralen när passersystemet startar om.')
    ],
    actions: [
      { title: 'Ansluta passersystemets centralenhet till reservkraft', owner: 'fastighet' },
      { title: 'Ändra centralenhetens återstartsläge till låst', owner: 'sakerhetsteknik' }
    ],
    feedback: 'Centralenheten är ansluten till reservkraft och startar nu om i låst läge.'
  },
  {
    id: 'tilltrade-forslag-vikarier', area: 'Tillträdesskydd', type: 'Förbättringsförslag',
    title: 'Förslag: tillfälliga passerkort för vikarier förbereds i förväg',
    description: 'Vikarier som börjar på kvällar och helger får ofta låna ordinarie personals kort. Förslaget är att tillfälliga kort förbereds och kvitteras ut i förväg.',
    kinds: ['sjukhus', 'psyk'], places: [''],
    actual: '1 Försumbar', potential: '2 Lindrig',
    causes: [o('Passerkort kan bara beställas under kontorstid.')],
    actions: [{ title: 'Införa förberedda tillfälliga passerkort för vikarier', owner: 'sakerhetsteknik' }],
    feedback: 'Förslaget är genomfört: enheten har nu förberedda tillfälliga kort som kvitteras ut.'
  }
];

const hotOchVald: readonly IScenario[] = [
  {
    id: 'hot-besokare-akut', area: 'Hot och våld', type: 'Säkerhetsincident',
    title: 'Hotfull besökare på akutmottagningen',
    description: 'En anhörig blev alltmer upprörd över väntetiden och hotade personalen i receptionen med att komma tillbaka och skada dem. Personen slog i disken och vägrade lämna receptionen. Väktare tillkallades och personen lämnade akutmottagningen. Ingen skadades fysiskt.',
    kinds: ['akut'], places: ['receptionen', 'väntrummet'],
    hours: [16, 24],
    crime: true,
    immediate: 'Väktare tillkallades. Personalen fick avlastning och ett samtal med chef samma kväll.',
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      o('Långa väntetider utan löpande information till anhöriga.'),
      t('Överfallslarmet i receptionen sitter utom räckhåll från arbetsplatsen.'),
      m('Receptionen var bemannad av en person.')
    ],
    actions: [
      { title: 'Flytta överfallslarmet till arbetsplatsen i receptionen', owner: 'sakerhetsteknik' },
      { title: 'Se över bemanningen i receptionen kvällstid', owner: 'handler' },
      { title: 'Erbjuda personalen utbildning i konflikthantering', owner: 'handler' }
    ],
    feedback: 'Tack för din rapport. Överfallslarmet är flyttat, receptionen är dubbelbemannad kvällstid och en utbildning i konflikthantering är inplanerad. Händelsen är polisanmäld.'
  },
  {
    id: 'hot-patient-slag', area: 'Hot och våld', type: 'Olycka',
    title: 'Patient slog medarbetare vid omvårdnad',
    description: 'En patient i förvirrat tillstånd slog en medarbetare i ansiktet under omvårdnad. Medarbetaren fick en lindrig svullnad och kunde fortsätta arbeta.',
    kinds: ['avd', 'psyk', 'akut', 'iva'], places: ['patientrum 6', 'patientrum 11', 'undersökningsrum 3'],
    hours: DAY_AND_NIGHT,
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [
      o('Riskbedömning för hot och våld var inte gjord för patienten.'),
      m('Omvårdnaden utfördes av en person ensam.')
    ],
    actions: [
      { title: 'Göra riskbedömning för hot och våld vid inskrivning', owner: 'handler' },
      { title: 'Utföra omvårdnad två och två vid känd risk', owner: 'handler' }
    ],
    feedback: 'Riskbedömning för hot och våld görs nu vid inskrivning. Hör av dig om du vill ha stödsamtal.',
    rejection: WORK_ENVIRONMENT
  },
  {
    id: 'hot-telefon-vc', area: 'Hot och våld', type: 'Säkerhetsincident',
    title: 'Hot per telefon mot personal i telefonrådgivningen',
    description: 'En person ringde till telefonrådgivningen och hotade att skada personalen om hen inte fick ett visst läkemedel förskrivet. Samtalet avbröts.',
    kinds: ['vc'], places: ['telefonrådgivningen'],
    crime: true,
    immediate: 'Samtalet avbröts och polisanmälan gjordes.',
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [o('Rutinen för hotfulla samtal är inte känd av all personal.')],
    actions: [
      { title: 'Gå igenom rutinen för hotfulla samtal med all personal', owner: 'handler' },
      { title: 'Följa upp polisanmälan', owner: 'handler' }
    ],
    feedback: 'Händelsen är polisanmäld och rutinen för hotfulla samtal har gåtts igenom. Tack för att du rapporterade.'
  },
  {
    id: 'hot-kundvard-resecentrum', area: 'Hot och våld', type: 'Säkerhetsincident',
    title: 'Resenär knuffade och hotade kundvärd',
    description: 'En resenär blev aggressiv vid biljettkontroll, knuffade kundvärden och hotade med våld. Polis tillkallades och tog hand om resenären.',
    kinds: ['kundservice'], places: ['vänthallen', 'plattform 2'],
    hours: [14, 24],
    crime: true,
    immediate: 'Polis tillkallades. Kundvärden fick avlösning och stödsamtal.',
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      o('Biljettkontroll görs ensam under kvällstid.'),
      t('Kundvärdarna saknar kroppsburna larm.')
    ],
    actions: [
      { title: 'Genomföra biljettkontroll två och två efter klockan 18', owner: 'handler' },
      { title: 'Köpa in personlarm till kundvärdarna', owner: 'handler' }
    ],
    feedback: 'Kontroller kvällstid görs nu två och två och personlarm är beställda. Händelsen är polisanmäld.'
  },
  {
    id: 'hot-kniv-psyk', area: 'Hot och våld', type: 'Säkerhetsincident',
    title: 'Patient bar kniv vid ankomst',
    description: 'Vid ankomst upptäcktes att en patient bar en kniv i jackfickan. Patienten lämnade över kniven utan motstånd. Kniven omhändertogs och polis kontaktades.',
    kinds: ['psyk', 'akut'], places: ['ankomstrummet', 'receptionen'],
    hours: DAY_AND_NIGHT,
    crime: true,
    immediate: 'Kniven omhändertogs och polis kontaktades.',
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [o('Rutinen för kontroll av medförda föremål vid ankomst tillämpas olika.')],
    actions: [{ title: 'Tydliggöra rutinen för kontroll av medförda föremål', owner: 'handler' }],
    feedback: 'Rutinen för kontroll av medförda föremål är tydliggjord. Tack för ett lugnt och riktigt omhändertagande.'
  },
  {
    id: 'hot-ensamarbete', area: 'Hot och våld', type: 'Riskobservation',
    title: 'Ensamarbete på kvällsmottagningen upplevs otryggt',
    description: 'Under kvällsmottagningen arbetar en sjuksköterska ensam i ena korridoren utan larm. Personalen upplever situationen som otrygg efter en tidigare incident.',
    kinds: ['vc', 'psyk'], places: ['kvällsmottagningen'],
    hours: EVENING,
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [
      o('Bemanningen kvällstid är inte riskbedömd.'),
      t('Korridoren saknar larm.')
    ],
    actions: [
      { title: 'Göra riskbedömning av ensamarbete kvällstid', owner: 'handler' },
      { title: 'Införa bärbara personlarm på kvällsmottagningen', owner: 'sakerhetsteknik' }
    ],
    feedback: 'Ensamarbetet är riskbedömt och personlarm är infört på kvällsmottagningen.',
    rejection: WORK_ENVIRONMENT
  },
  {
    id: 'hot-ambulans', area: 'Hot och våld', type: 'Säkerhetsincident',
    title: 'Hotfull patient under ambulanstransport',
    description: 'En berusad patient blev hotfull och försökte ta sig ur ambulansen under pågående transport. Ambulansen stannade och polis begärdes till platsen.',
    kinds: ['amb'], places: ['Väg 15 vid Åsen', 'Storgatan, Exempelby centrum'],
    hours: [18, 24],
    crime: true,
    immediate: 'Ambulansen stannade och polis begärdes. Transporten fortsatte med polis i följebil.',
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      o('Information om patientens tillstånd vid larmet var ofullständig.'),
      m('Patienten var kraftigt påverkad.')
    ],
    actions: [{ title: 'Ta upp händelsen i samverkansgruppen med polis och larmcentral', owner: 'handler' }],
    feedback: 'Händelsen är polisanmäld och har tagits upp i samverkansgruppen med polis och larmcentral.'
  },
  {
    id: 'hot-epost-leverantor', area: 'Hot och våld', type: 'Säkerhetsincident',
    title: 'Hotfull e-post till handläggare',
    description: 'En leverantör vars faktura bestridits skickade e-post med hotfulla formuleringar riktade mot handläggaren personligen.',
    kinds: ['ekonomi'], places: ['E-post'],
    crime: true,
    immediate: 'E-posten sparades och skickades till säkerhetsfunktionen.',
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [o('Handläggarens namn och direktadress står i alla fakturasvar.')],
    actions: [
      { title: 'Polisanmäla hotet', owner: 'handler' },
      { title: 'Svara leverantörer från funktionsbrevlåda i stället för personlig adress', owner: 'handler' }
    ],
    feedback: 'Hotet är polisanmält och svar till leverantörer skickas nu från en funktionsbrevlåda.'
  }
];

const information: readonly IScenario[] = [
  {
    id: 'info-usb-borttappat', area: 'Informationssäkerhet', type: 'Säkerhetsincident',
    title: 'USB-minne med patientuppgifter borttappat',
    description: 'Ett okrypterat USB-minne med en förteckning över patienter och deras personnummer har tappats bort. Minnet användes för att flytta en sammanställning mellan två datorer. Det är oklart var det försvann.',
    kinds: ['akut', 'avd', 'vc', 'psyk'], places: ['expeditionen'],
    personalData: true,
    immediate: 'Dataskyddsombudet informerades för bedömning av personuppgiftsincident.',
    actual: '3 Betydande', potential: '3 Betydande', msb: 'Handhavandefel',
    causes: [
      m('Ett okrypterat USB-minne användes trots att det inte är tillåtet.'),
      t('Datorerna tillåter okrypterade USB-minnen.'),
      o('Det saknas ett enkelt sätt att dela filer mellan enhetens datorer.')
    ],
    actions: [
      { title: 'Anmäla personuppgiftsincidenten till IMY', owner: 'infosak' },
      { title: 'Spärra okrypterade USB-minnen i klienterna', owner: 'it' },
      { title: 'Informera om säker fildelning på arbetsplatsträff', owner: 'handler' }
    ],
    feedback: 'Incidenten är anmäld till IMY. Okrypterade USB-minnen är nu spärrade och enheten har fått en gemensam lagringsyta.'
  },
  {
    id: 'info-epost-fel-mottagare', area: 'Informationssäkerhet', type: 'Avvikelse',
    title: 'E-post med patientuppgifter skickad till fel mottagare',
    description: 'Ett remissvar med känsliga personuppgifter skickades med e-post till en extern mottagare med liknande namn som den avsedda. Mottagaren har kontaktats och bekräftat att meddelandet är raderat.',
    kinds: ['vc', 'avd', 'psyk'], places: ['E-post'],
    personalData: true,
    immediate: 'Mottagaren kontaktades och bekräftade radering.',
    actual: '2 Lindrig', potential: '3 Betydande', msb: 'Handhavandefel',
    causes: [
      m('Fel mottagare valdes ur adresslistans förslag.'),
      t('E-postklienten varnar inte vid externa mottagare.')
    ],
    actions: [
      { title: 'Bedöma om incidenten ska anmälas till IMY', owner: 'infosak' },
      { title: 'Aktivera varning vid e-post till externa mottagare', owner: 'it' }
    ],
    feedback: 'Incidenten är bedömd och dokumenterad. E-posten varnar nu när ett meddelande går till en extern mottagare.'
  },
  {
    id: 'info-journal-papperskorg', area: 'Informationssäkerhet', type: 'Avvikelse',
    title: 'Journalutskrifter i vanlig papperskorg',
    description: 'Utskrivna journalanteckningar hittades i en vanlig papperskorg i stället för i sekretesskärlet. Upptäcktes av lokalvården.',
    kinds: ['vc', 'avd', 'akut'], places: ['expeditionen', 'läkarexpeditionen'],
    personalData: true,
    actual: '1 Försumbar', potential: '3 Betydande', msb: 'Handhavandefel',
    causes: [
      m('Utskrifterna slängdes av misstag i fel kärl.'),
      t('Sekretesskärlet står långt från skrivaren.')
    ],
    actions: [
      { title: 'Placera ett låst sekretesskärl vid skrivaren', owner: 'fastighet' },
      { title: 'Påminna om rutinen för sekretessmaterial', owner: 'handler' }
    ],
    feedback: 'Ett sekretesskärl står nu vid skrivaren och rutinen har påmints om.'
  },
  {
    id: 'info-obehorig-journalatkomst', area: 'Informationssäkerhet', type: 'Säkerhetsincident',
    title: 'Misstänkt obehörig åtkomst till journal',
    description: 'Vid loggkontroll upptäcktes att en journal hade öppnats av en användare utan vårdrelation till patienten. Ärendet utreds enligt rutinen för loggkontroll.',
    kinds: ['akut', 'avd', 'vc'], places: ['Journalsystemet'],
    personalData: true, crime: true,
    actual: '2 Lindrig', potential: '3 Betydande', msb: 'Annat',
    causes: [
      m('Åtkomsten saknade koppling till arbetsuppgifterna.'),
      o('Regelverket för åtkomst till journal har inte tagits upp på flera år.')
    ],
    actions: [
      { title: 'Genomföra utredning enligt rutinen för loggkontroll', owner: 'handler' },
      { title: 'Informera all personal om regler för åtkomst till journal', owner: 'handler' }
    ],
    feedback: 'Utredningen är genomförd och åtgärder är vidtagna enligt rutinen. Reglerna för åtkomst till journal har gåtts igenom med all personal.'
  },
  {
    id: 'info-skarm-vantrum', area: 'Informationssäkerhet', type: 'Riskobservation',
    title: 'Skärm med patientlista synlig från väntrummet',
    description: 'Skärmen i receptionen visar patientlistor med namn och besöksorsak och kan läsas från de närmaste stolarna i väntrummet.',
    kinds: ['akut', 'vc'], places: ['receptionen'],
    personalData: true,
    actual: '1 Försumbar', potential: '2 Lindrig', msb: 'Annat',
    causes: [t('Skärmen saknar insynsskydd och är vänd mot väntrummet.')],
    actions: [
      { title: 'Montera insynsskydd på skärmen', owner: 'it' },
      { title: 'Vrida arbetsplatsen så att skärmen inte syns från väntrummet', owner: 'handler' }
    ],
    feedback: 'Skärmen har fått insynsskydd och arbetsplatsen är ommöblerad.'
  },
  {
    id: 'info-utskrift-skrivare', area: 'Informationssäkerhet', type: 'Avvikelse',
    title: 'Utskrift med personuppgifter kvar i gemensam skrivare',
    description: 'Ett utskrivet underlag med personuppgifter om anställda låg kvar i den gemensamma skrivaren i korridoren under eftermiddagen.',
    kinds: ['ekonomi', 'kansli'], places: ['skrivarrummet'],
    personalData: true,
    actual: '1 Försumbar', potential: '2 Lindrig', msb: 'Handhavandefel',
    causes: [
      m('Utskriften glömdes i skrivaren.'),
      t('Skrivaren skriver ut direkt utan inloggning.')
    ],
    actions: [{ title: 'Införa säker utskrift med inloggning vid skrivaren', owner: 'it' }],
    feedback: 'Säker utskrift är införd: dokumenten skrivs nu ut först när du loggar in vid skrivaren.'
  },
  {
    id: 'info-dator-stulen', area: 'Informationssäkerhet', type: 'Säkerhetsincident',
    title: 'Bärbar dator stulen ur tjänstebil',
    description: 'En bärbar dator stals ur en låst tjänstebil under ett hembesök. Datorn är krypterad och lösenordsskyddad och innehöll inga lokalt sparade patientuppgifter. Polisanmälan är gjord.',
    kinds: ['vc', 'psyk', 'it'], places: ['Parkeringen vid Åsens centrum', 'Gatuparkering på Kyrkogatan, Exempelby'],
    crime: true,
    immediate: 'Datorn spärrades och fjärrensades av IT-servicedesk. Polisanmälan gjordes.',
    actual: '2 Lindrig', potential: '3 Betydande', msb: 'Angrepp',
    causes: [
      m('Datorväskan låg synlig i baksätet.'),
      o('Det saknas anvisning om hur utrustning ska förvaras i bil.')
    ],
    actions: [
      { title: 'Spärra och fjärrensa datorn', owner: 'it' },
      { title: 'Ta fram anvisning om förvaring av utrustning i tjänstebil', owner: 'infosak' }
    ],
    feedback: 'Datorn är spärrad och fjärrensad; ingen information har röjts. En anvisning om förvaring i tjänstebil är framtagen.'
  },
  {
    id: 'info-forslag-klassning', area: 'Informationssäkerhet', type: 'Förbättringsförslag',
    title: 'Förslag: mallar med förvald informationsklassning i Teams',
    description: 'Många dokument delas i Teams utan informationsklassning. Förslaget är mallar med förvald klassning och en kort guide för hur klassningen väljs.',
    kinds: ['kansli', 'ekonomi', 'it'], places: ['Teams'],
    actual: '1 Försumbar', potential: '2 Lindrig', msb: 'Annat',
    causes: [o('Det saknas stöd för att klassa information i samarbetsytorna.')],
    actions: [{ title: 'Ta fram dokumentmallar med förvald informationsklassning', owner: 'infosak' }],
    feedback: 'Tack för förslaget. Mallar med förvald klassning finns nu i Teams tillsammans med en kort guide.'
  }
];

const itSecurity: readonly IScenario[] = [
  {
    id: 'it-natfiske', area: 'IT-säkerhet', type: 'Säkerhetsincident',
    title: 'Klick på länk i nätfiskemejl',
    description: 'Ett e-postmeddelande som såg ut att komma från IT-avdelningen uppmanade mottagaren att verifiera sitt konto. Länken klickades och användarnamn och lösenord angavs på en falsk inloggningssida. Misstanken väcktes direkt efteråt och IT-servicedesk kontaktades.',
    kinds: ['alla'], places: ['E-post'],
    crime: true,
    immediate: 'IT-servicedesk bytte lösenordet och avslutade kontots alla sessioner.',
    actual: '2 Lindrig', potential: '4 Allvarlig', msb: 'Angrepp',
    causes: [
      m('Meddelandet var välgjort och kom under en stressig arbetsdag.'),
      t('Skräppostfiltret stoppade inte meddelandet.'),
      o('Den senaste utbildningen om nätfiske genomfördes för två år sedan.')
    ],
    actions: [
      { title: 'Återställa kontot och granska inloggningsloggar', owner: 'it' },
      { title: 'Blockera avsändardomänen och den falska inloggningssidan', owner: 'it' },
      { title: 'Genomföra utbildning om nätfiske för enheten', owner: 'handler' }
    ],
    feedback: 'Tack för att du kontaktade servicedesk direkt, det begränsade skadan. Kontot är återställt, inga obehöriga inloggningar har skett och enheten har fått utbildning om nätfiske.'
  },
  {
    id: 'it-skadlig-kod', area: 'IT-säkerhet', type: 'Säkerhetsincident',
    title: 'Skadlig kod upptäckt på arbetsstation',
    description: 'Antivirusprogrammet larmade om skadlig kod i en bilaga som öppnats på en arbetsstation. Datorn kopplades bort från nätverket.',
    kinds: ['alla'], places: ['expeditionen', 'kontorsrummet'],
    immediate: 'Datorn kopplades bort från nätverket och IT-servicedesk kontaktades.',
    actual: '2 Lindrig', potential: '4 Allvarlig', msb: 'Angrepp',
    causes: [
      m('Bilagan öppnades eftersom meddelandet såg ut att komma från en känd leverantör.'),
      t('Makron i Office-dokument var tillåtna på arbetsstationen.')
    ],
    actions: [
      { title: 'Ominstallera arbetsstationen', owner: 'it' },
      { title: 'Spärra makron i dokument från internet', owner: 'it' }
    ],
    feedback: 'Datorn är ominstallerad och makron i dokument från internet är nu spärrade i hela regionen.'
  },
  {
    id: 'it-delat-konto', area: 'IT-säkerhet', type: 'Avvikelse',
    title: 'Arbetsstation inloggad med en persons konto dygnet runt',
    description: 'En dator på enheten är inloggad med en enskild användares konto hela dygnet och används av flera i personalen. Loggar visar därför fel användare.',
    kinds: ['akut', 'iva', 'op'], places: ['sköterskeexpeditionen', 'övervakningsplatsen'],
    actual: '1 Försumbar', potential: '3 Betydande', msb: 'Handhavandefel',
    causes: [
      t('Inloggningen tar lång tid, vilket gör att datorn lämnas inloggad.'),
      o('Det saknas snabbinloggning med kort på enheten.')
    ],
    actions: [{ title: 'Införa snabbinloggning med passerkort på enhetens datorer', owner: 'it' }],
    feedback: 'Enhetens datorer har nu snabbinloggning med passerkort.'
  },
  {
    id: 'it-privat-molntjanst', area: 'IT-säkerhet', type: 'Avvikelse',
    title: 'Privat molntjänst användes för att dela arbetsfiler',
    description: 'En extern konsult använde en privat molntjänst för att dela projektfiler med verksamheten, i strid med riktlinjen för molntjänster.',
    kinds: ['kansli', 'ekonomi', 'it'], places: ['Molntjänst utanför regionen'],
    actual: '1 Försumbar', potential: '3 Betydande', msb: 'Handhavandefel',
    causes: [
      o('Konsultavtalet hänvisar inte till regionens riktlinje för molntjänster.'),
      t('Det saknades en godkänd yta för delning med externa.')
    ],
    actions: [
      { title: 'Flytta filerna till godkänd samarbetsyta och radera kopiorna', owner: 'handler' },
      { title: 'Lägga till krav om molntjänster i konsultavtalen', owner: 'handler' }
    ],
    feedback: 'Filerna är flyttade till en godkänd samarbetsyta och kravet finns nu i konsultavtalen.'
  },
  {
    id: 'it-okand-enhet', area: 'IT-säkerhet', type: 'Säkerhetsincident',
    title: 'Okänd enhet ansluten till nätverksuttag',
    description: 'Nätverksövervakningen upptäckte en okänd enhet ansluten till ett nätverksuttag i ett mötesrum. Enheten visade sig vara en privat trådlös router.',
    kinds: ['it'], places: ['Regionhuset Exempelby, mötesrum 2.14', 'Sjukhuset i Exempelby, hus 10, konferensrummet'],
    immediate: 'Uttaget stängdes och routern kopplades ur.',
    actual: '1 Försumbar', potential: '3 Betydande', msb: 'Handhavandefel',
    causes: [
      t('Nätverksuttagen i mötesrummen är öppna för alla enheter.'),
      m('Routern kopplades in för att få bättre trådlös täckning under ett möte.')
    ],
    actions: [{ title: 'Införa nätverksautentisering (802.1X) på uttagen i mötesrummen', owner: 'it' }],
    feedback: 'Uttagen i mötesrummen kräver nu autentisering.'
  },
  {
    id: 'it-leverantor-sarbarhet', area: 'IT-säkerhet', type: 'Säkerhetsincident',
    title: 'Allvarlig sårbarhet i leverantörens fjärråtkomst',
    description: 'Leverantören av ett verksamhetssystem meddelade en allvarlig sårbarhet i sin lösning för fjärråtkomst. Fjärråtkomsten stängdes tills uppdateringen var installerad.',
    kinds: ['it'], places: ['Leverantörens fjärråtkomst'],
    immediate: 'Leverantörens fjärråtkomst stängdes.',
    actual: '1 Försumbar', potential: '4 Allvarlig', msb: 'Fel hos leverantör',
    causes: [
      t('Leverantörens lösning för fjärråtkomst hade en känd sårbarhet.'),
      o('Avtalet saknar krav på hur snabbt leverantören ska åtgärda sårbarheter.')
    ],
    actions: [
      { title: 'Installera leverantörens säkerhetsuppdatering', owner: 'it' },
      { title: 'Införa krav på åtgärdstider för sårbarheter i avtalet', owner: 'sakerhet' }
    ],
    feedback: 'Uppdateringen är installerad och fjärråtkomsten öppnad igen. Avtalet kompletteras med krav på åtgärdstider.'
  },
  {
    id: 'it-losenord-lapp', area: 'IT-säkerhet', type: 'Riskobservation',
    title: 'Lösenord uppskrivet på lapp vid skärmen',
    description: 'På en gemensam arbetsplats satt en lapp med användarnamn och lösenord till ett verksamhetssystem fastklistrad på skärmen.',
    kinds: ['alla'], places: ['expeditionen', 'den gemensamma arbetsplatsen'],
    actual: '1 Försumbar', potential: '3 Betydande', msb: 'Handhavandefel',
    causes: [
      m('Lösenordet skrevs upp för att flera skulle kunna använda systemet.'),
      o('Alla som behöver systemet har inte eget konto.')
    ],
    actions: [
      { title: 'Byta lösenordet och ta bort lappen', owner: 'handler' },
      { title: 'Beställa egna konton till alla som behöver systemet', owner: 'handler' }
    ],
    feedback: 'Lösenordet är bytt och alla som behöver systemet har nu egna konton.'
  },
  {
    id: 'it-vpn-inloggningsforsok', area: 'IT-säkerhet', type: 'Säkerhetsincident',
    title: 'Tusentals misslyckade inloggningsförsök mot VPN',
    description: 'Övervakningen visade tusentals misslyckade inloggningsförsök mot regionens VPN från utländska IP-adresser under natten. Inga lyckade inloggningar har kunnat konstateras.',
    kinds: ['it'], places: ['Regionens VPN-tjänst'],
    hours: [0, 6],
    crime: true,
    immediate: 'IP-adresserna blockerades i brandväggen.',
    actual: '1 Försumbar', potential: '4 Allvarlig', msb: 'Angrepp',
    causes: [t('VPN-tjänsten tillät inloggning med enbart lösenord för vissa konton.')],
    actions: [
      { title: 'Kräva tvåfaktorsautentisering för samtliga VPN-konton', owner: 'it' },
      { title: 'Rapportera incidenten till CERT-SE', owner: 'sakerhet' }
    ],
    feedback: 'Alla VPN-konton kräver nu tvåfaktorsautentisering och incidenten är rapporterad till CERT-SE.'
  }
];

const drift: readonly IScenario[] = [
  {
    id: 'drift-serverrum-kyla', visible: true, area: 'Driftsäkerhet', type: 'Avvikelse',
    title: 'Kylningen i serverrummet slutade fungera',
    description: 'Kylaggregatet i serverrum 2 stannade under natten och temperaturen steg till 38 °C. Två servrar stängdes ned automatiskt. Driften återställdes efter att en mobil kylenhet ställts in.',
    kinds: ['it'], places: ['Regionhuset Exempelby, serverrum 2'],
    hours: [0, 6],
    immediate: 'En mobil kylenhet ställdes in och servrarna startades om i tur och ordning.',
    actual: '3 Betydande', potential: '4 Allvarlig',
    causes: [
      t('Kylaggregatet saknar redundans.'),
      o('Temperaturlarmet gick till en funktionsbrevlåda som inte bevakas nattetid.')
    ],
    actions: [
      { title: 'Installera redundant kylning i serverrum 2', owner: 'fastighet' },
      { title: 'Koppla temperaturlarmet till IT-driftens jour', owner: 'it' }
    ],
    feedback: 'Serverrummet har fått redundant kylning och temperaturlarmet går nu till jouren.'
  },
  {
    id: 'drift-reservkraft', area: 'Driftsäkerhet', type: 'Avvikelse',
    title: 'Reservkraftaggregat startade inte vid provkörning',
    description: 'Vid den månatliga provkörningen startade inte reservkraftaggregatet för hus 1. Felet berodde på ett urladdat startbatteri.',
    kinds: ['fastighet'], places: ['Sjukhuset i Exempelby, reservkraftcentralen hus 1'],
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [
      t('Startbatteriet var uttjänt.'),
      o('Startbatterierna ingår inte i det förebyggande underhållet.')
    ],
    actions: [
      { title: 'Byta startbatteri och provköra aggregatet', owner: 'handler' },
      { title: 'Lägga in startbatterierna i underhållsplanen', owner: 'handler' }
    ],
    feedback: 'Batteriet är bytt, aggregatet provkört med godkänt resultat och batterierna ingår nu i underhållsplanen.'
  },
  {
    id: 'drift-journalsystem-avbrott', area: 'Driftsäkerhet', type: 'Avvikelse',
    title: 'Journalsystemet otillgängligt i två timmar',
    description: 'Journalsystemet gick inte att nå under cirka två timmar på förmiddagen. Verksamheten gick över till reservrutin med pappersjournal.',
    kinds: ['akut', 'avd', 'vc', 'iva'], places: [''],
    immediate: 'Reservrutinen med pappersjournal användes tills systemet var tillgängligt.',
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      t('Fel vid en uppdatering av leverantörens databasplattform.'),
      o('Reservrutinen var inte övad och blanketterna var svåra att hitta.')
    ],
    actions: [
      { title: 'Öva reservrutinen vid avbrott i journalsystemet', owner: 'handler' },
      { title: 'Följa upp leverantörens åtgärdsplan', owner: 'it' }
    ],
    feedback: 'Reservrutinen är övad och blanketterna finns nu i en märkt pärm. Leverantören har ändrat sina rutiner för uppdateringar.'
  },
  {
    id: 'drift-stromavbrott-vc', area: 'Driftsäkerhet', type: 'Tillbud',
    title: 'Strömavbrott på vårdcentralen',
    description: 'Ett strömavbrott i området slog ut elen på vårdcentralen i cirka 90 minuter. Läkemedelskylen var utan ström; temperaturen kontrollerades och låg inom gränsvärdena.',
    kinds: ['vc'], places: [''],
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [
      o('Vårdcentralen saknar kontinuitetsplan för elavbrott.'),
      t('Läkemedelskylen saknar temperaturlarm.')
    ],
    actions: [
      { title: 'Ta fram kontinuitetsplan för elavbrott', owner: 'handler' },
      { title: 'Installera temperaturlarm i läkemedelskylen', owner: 'fastighet' }
    ],
    feedback: 'Vårdcentralen har nu en kontinuitetsplan för elavbrott och läkemedelskylen har temperaturlarm.'
  },
  {
    id: 'drift-vattenlacka', area: 'Driftsäkerhet', type: 'Avvikelse',
    title: 'Vattenläcka i undercentral nära elrum',
    description: 'En vattenläcka från ett rör i undercentralen upptäcktes vid rondering. Vatten hade runnit ned mot ett elrum men inte nått elutrustningen.',
    kinds: ['fastighet'], places: ['Sjukhuset i Exempelby, undercentralen hus 2'],
    hours: DAY_AND_NIGHT,
    immediate: 'Vattnet stängdes av och läckan tätades provisoriskt.',
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [t('Röret var korroderat.'), o('Undercentralen saknar läckagelarm.')],
    actions: [
      { title: 'Byta det korroderade röret', owner: 'handler' },
      { title: 'Installera läckagelarm i undercentralen', owner: 'handler' }
    ],
    feedback: 'Röret är bytt och undercentralen har fått läckagelarm.'
  },
  {
    id: 'drift-telefoni-tlc', area: 'Driftsäkerhet', type: 'Avvikelse',
    title: 'Avbrott i telefonin till trafikledningscentralen',
    description: 'Telefonin till trafikledningscentralen låg nere i cirka 45 minuter. Kommunikationen med förarna sköttes via radio under tiden.',
    kinds: ['tlc'], places: [''],
    hours: DAY_AND_NIGHT,
    immediate: 'Kommunikationen med förarna flyttades till radio.',
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [t('Fel i operatörens växel.'), o('Det saknas reservväg för telefonin.')],
    actions: [{ title: 'Utreda reservväg för telefonin till trafikledningscentralen', owner: 'it' }],
    feedback: 'En reservväg via mobilnätet är införd för trafikledningscentralens telefoni.'
  },
  {
    id: 'drift-mt-service', area: 'Driftsäkerhet', type: 'Riskobservation',
    title: 'Infusionspumpar har passerat datum för underhåll',
    description: 'Två infusionspumpar har passerat datum för förebyggande underhåll med över sex månader och används fortfarande.',
    kinds: ['iva', 'op', 'akut', 'avd'], places: ['utrustningsförrådet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Enheten får ingen påminnelse när underhåll förfaller.')],
    actions: [{ title: 'Skicka pumparna till medicinsk teknik för underhåll', owner: 'handler' }],
    feedback: 'Pumparna har fått underhåll och enheten får nu påminnelser från medicinsk teknik.',
    rejection: PATIENT_SAFETY
  },
  {
    id: 'drift-realtidsinfo', area: 'Driftsäkerhet', type: 'Avvikelse',
    title: 'Realtidsinformationen på hållplatserna ur funktion',
    description: 'Skyltarna med realtidsinformation på hållplatserna i centrum visade inga avgångar under eftermiddagen på grund av ett fel i leverantörens system.',
    kinds: ['tlc', 'kundservice'], places: ['Hållplatserna i Exempelby centrum'],
    actual: '1 Försumbar', potential: '2 Lindrig',
    causes: [t('Fel i leverantörens system för realtidsinformation.')],
    actions: [{ title: 'Begära rotorsaksanalys från leverantören', owner: 'handler' }],
    feedback: 'Leverantören har lämnat en rotorsaksanalys och åtgärdat felet.'
  }
];

const ekonomi: readonly IScenario[] = [
  {
    id: 'eko-fakturabedrageri', area: 'Ekonomisk säkerhet', type: 'Säkerhetsincident',
    title: 'Försök till fakturabedrägeri med ändrat bankgiro',
    description: 'En faktura som såg ut att komma från en känd leverantör angav ett nytt bankgironummer. Vid kontroll med leverantören på ett känt telefonnummer bekräftades att de inte bytt bankgiro. Fakturan stoppades före betalning.',
    kinds: ['ekonomi'], places: ['leverantörsreskontran'],
    crime: true,
    immediate: 'Fakturan stoppades och leverantören kontaktades.',
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [
      m('Ändringen av bankgiro var nära att godkännas eftersom fakturan såg korrekt ut.'),
      o('Rutinen för kontroll av ändrade betalningsuppgifter finns men är inte dokumenterad.')
    ],
    actions: [
      { title: 'Dokumentera rutinen för kontroll av ändrade betalningsuppgifter', owner: 'handler' },
      { title: 'Polisanmäla bedrägeriförsöket', owner: 'handler' }
    ],
    feedback: 'Tack för en uppmärksam kontroll. Rutinen för ändrade betalningsuppgifter är dokumenterad och bedrägeriförsöket är polisanmält.'
  },
  {
    id: 'eko-vd-bedrageri', area: 'Ekonomisk säkerhet', type: 'Säkerhetsincident',
    title: 'E-post i förvaltningschefens namn begärde brådskande betalning',
    description: 'Ett e-postmeddelande i förvaltningschefens namn bad om en brådskande betalning till ett utländskt konto. Avsändaradressen var förfalskad. Ingen betalning gjordes.',
    kinds: ['ekonomi', 'kansli'], places: ['E-post'],
    crime: true,
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [t('Förfalskade avsändaradresser stoppas inte alltid av e-postfiltret.')],
    actions: [
      { title: 'Informera ekonomipersonalen om bedrägerier i chefers namn', owner: 'handler' },
      { title: 'Skärpa kontrollen av förfalskade avsändare i e-postfiltret', owner: 'it' }
    ],
    feedback: 'Ekonomipersonalen har fått information och e-postfiltret är skärpt.'
  },
  {
    id: 'eko-kassadifferens', area: 'Ekonomisk säkerhet', type: 'Avvikelse',
    title: 'Kassadifferens vid dagsavstämning',
    description: 'Vid dagsavstämning saknades 2 300 kronor i kassan. Differensen kunde inte förklaras.',
    kinds: ['kundservice'], places: ['biljettkassan'],
    actual: '2 Lindrig', potential: '2 Lindrig',
    causes: [
      o('Flera personer använder samma kassa under dagen.'),
      t('Kassasystemet saknar personlig inloggning.')
    ],
    actions: [{ title: 'Införa personlig inloggning i kassasystemet', owner: 'handler' }],
    feedback: 'Kassan har nu personlig inloggning. Differensen kunde inte förklaras och har bokförts.'
  },
  {
    id: 'eko-attest-utan-delegation', area: 'Ekonomisk säkerhet', type: 'Avvikelse',
    title: 'Fakturor attesterade utan attesträtt',
    description: 'Vid intern kontroll upptäcktes att fakturor hade attesterats av en person utan attesträtt för ansvaret.',
    kinds: ['ekonomi'], places: ['Ekonomisystemet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [t('Ekonomisystemet kontrollerar inte attesträtt per ansvar.'), o('Attestförteckningen var inte uppdaterad.')],
    actions: [
      { title: 'Uppdatera attestförteckningen', owner: 'handler' },
      { title: 'Aktivera kontroll av attesträtt per ansvar i ekonomisystemet', owner: 'handler' }
    ],
    feedback: 'Attestförteckningen är uppdaterad och systemet kontrollerar nu attesträtt per ansvar.'
  },
  {
    id: 'eko-drivmedelskort', area: 'Ekonomisk säkerhet', type: 'Säkerhetsincident',
    title: 'Drivmedelskort använt utanför tjänst',
    description: 'Kontroll av transaktioner visade tankning med ett av enhetens drivmedelskort en lördag då fordonet inte var i tjänst.',
    kinds: ['transport', 'depa', 'amb'], places: ['Obemannad drivmedelsstation, Industrigatan, Exempelby', 'Obemannad drivmedelsstation, Väg 15 vid Åsen'],
    crime: true,
    actual: '2 Lindrig', potential: '2 Lindrig',
    causes: [o('Drivmedelskorten förvaras i ett olåst skåp.'), o('Transaktionerna granskas bara kvartalsvis.')],
    actions: [
      { title: 'Förvara drivmedelskorten i låst nyckelskåp med kvittering', owner: 'handler' },
      { title: 'Granska drivmedelstransaktioner varje månad', owner: 'handler' }
    ],
    feedback: 'Korten förvaras nu i låst skåp med kvittering och transaktionerna granskas varje månad.'
  },
  {
    id: 'eko-dubbelbetalning', area: 'Ekonomisk säkerhet', type: 'Avvikelse',
    title: 'Leverantörsfaktura betald två gånger',
    description: 'En leverantörsfaktura på 184 000 kronor betalades två gånger eftersom den registrerats både som e-faktura och som pappersfaktura.',
    kinds: ['ekonomi'], places: ['leverantörsreskontran'],
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [t('Ekonomisystemet varnar inte för dubbletter mellan inläsningskanalerna.')],
    actions: [
      { title: 'Begära återbetalning från leverantören', owner: 'handler' },
      { title: 'Aktivera dubblettkontroll över alla inläsningskanaler', owner: 'handler' }
    ],
    feedback: 'Beloppet är återbetalt och dubblettkontrollen omfattar nu alla inläsningskanaler.'
  }
];

const transport: readonly IScenario[] = [
  {
    id: 'transport-bar-lossnade', area: 'Transportsäkerhet', type: 'Tillbud',
    title: 'Bår lossnade från fästet under patienttransport',
    description: 'Under en liggande patienttransport lossnade båren från fästet i fordonet vid en inbromsning och förflyttade sig några decimeter. Patienten var fastspänd och skadades inte.',
    kinds: ['transport', 'amb'], places: ['Transport mellan Sjukhuset i Exempelby och Vårdcentralen Strandby', 'Transport på Ringvägen, Exempelby'],
    hours: DAY_AND_NIGHT,
    immediate: 'Fordonet togs ur trafik och båren säkrades.',
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [
      t('Låsmekanismen i bårfästet var sliten.'),
      m('Ingen kontroll gjordes av att båren låst sig i fästet.'),
      o('Bårfästet ingår inte i fordonets dagliga kontroll.')
    ],
    actions: [
      { title: 'Byta låsmekanismen i bårfästet', owner: 'transport' },
      { title: 'Lägga in kontroll av bårfästet i den dagliga fordonskontrollen', owner: 'handler' }
    ],
    feedback: 'Låsmekanismen är bytt i samtliga fordon och bårfästet ingår nu i den dagliga kontrollen. Tack för rapporten.',
    rejection: PATIENT_SAFETY
  },
  {
    id: 'transport-backning-lastgard', area: 'Transportsäkerhet', type: 'Olycka',
    title: 'Lastbil backade in i lastpall på lastgården',
    description: 'En lastbil backade in i en lastpall på lastgården. Ingen person skadades, men pallen med förbrukningsmaterial förstördes.',
    kinds: ['transport', 'forrad'], places: ['lastgården', 'lastkajen'],
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [
      o('Lastgården saknar markerade gångstråk och uppställningsytor.'),
      t('Lastbilens backkamera var ur funktion.')
    ],
    actions: [
      { title: 'Markera gångstråk och uppställningsytor på lastgården', owner: 'fastighet' },
      { title: 'Reparera backkameran', owner: 'transport' }
    ],
    feedback: 'Lastgården har fått markerade gångstråk och backkameran är lagad.'
  },
  {
    id: 'transport-farligt-gods', area: 'Transportsäkerhet', type: 'Avvikelse',
    title: 'Gasflaskor transporterade utan föreskriven märkning',
    description: 'En leverans av gasflaskor med medicinsk syrgas transporterades utan föreskriven märkning och utan brandsläckare i fordonet.',
    kinds: ['transport', 'forrad'], places: ['Sjukhuset i Exempelby, godsmottagningen'],
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [o('Chauffören hade inte utbildning för transport av farligt gods.'), t('Fordonet saknade utrustning för farligt gods.')],
    actions: [
      { title: 'Utbilda chaufförerna i transport av farligt gods', owner: 'transport' },
      { title: 'Utrusta fordonet enligt reglerna för farligt gods', owner: 'transport' }
    ],
    feedback: 'Chaufförerna har gått utbildning och fordonet är utrustat enligt reglerna för farligt gods.'
  },
  {
    id: 'transport-rott-ljus', area: 'Transportsäkerhet', type: 'Tillbud',
    title: 'Buss körde mot rött ljus i korsning',
    description: 'Trafikledningscentralen fick rapport om att en buss på linje 3 kört mot rött ljus i en korsning. Ingen kollision inträffade. Ärendet har överlämnats till trafikföretaget.',
    kinds: ['tlc'], places: ['Korsningen Storgatan/Järnvägsgatan, Exempelby'],
    actual: '1 Försumbar', potential: '4 Allvarlig',
    causes: [m('Föraren hann inte stanna när ljuset slog om.'), o('Trafikföretagets rapportering av tillbud är inte kopplad till regionens.')],
    actions: [{ title: 'Begära händelserapport och åtgärder från trafikföretaget', owner: 'handler' }],
    feedback: 'Trafikföretaget har lämnat en händelserapport och följt upp med föraren.'
  },
  {
    id: 'transport-slitna-dack', area: 'Transportsäkerhet', type: 'Riskobservation',
    title: 'Tjänstebil med slitna vinterdäck',
    description: 'Inför en körning upptäcktes att tjänstebilens vinterdäck hade mönsterdjup under lagkravet.',
    kinds: ['vc', 'amb', 'fastighet', 'transport', 'psyk'], places: ['parkeringen', 'garaget'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Det saknas ansvarig för tillsyn av enhetens tjänstebil.')],
    actions: [
      { title: 'Byta vinterdäck på tjänstebilen', owner: 'handler' },
      { title: 'Utse ansvarig för tillsyn av tjänstebilen', owner: 'handler' }
    ],
    feedback: 'Däcken är bytta och enheten har en utsedd ansvarig för tjänstebilen.'
  },
  {
    id: 'transport-halka-hallplats', area: 'Transportsäkerhet', type: 'Olycka',
    title: 'Resenär halkade vid påstigning',
    description: 'En resenär halkade vid påstigning på en hållplats där det inte var sandat. Resenären fick hjälp av personal och ambulans tillkallades.',
    kinds: ['kundservice'], places: ['Resecentrum Exempelby, läge C'],
    hours: [6, 10],
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [o('Vinterväghållningen på resecentrum påbörjas först efter klockan sju.')],
    actions: [{ title: 'Tidigarelägga sandning av hållplatslägena', owner: 'handler' }],
    feedback: 'Sandningen av hållplatslägena görs nu före första avgång.'
  },
  {
    id: 'transport-ambulans-kollision', area: 'Transportsäkerhet', type: 'Olycka',
    title: 'Ambulans i kollision under utryckning',
    description: 'Under utryckning i en korsning kolliderade ambulansen med en personbil vars förare inte uppmärksammat ljus- och ljudsignalerna. Ingen skadades allvarligt.',
    kinds: ['amb'], places: ['Korsningen Ringvägen/Norrbyvägen, Exempelby'],
    hours: DAY_AND_NIGHT,
    actual: '2 Lindrig', potential: '4 Allvarlig',
    causes: [m('Den andra föraren uppfattade inte utryckningsfordonet.'), o('Korsningen saknar prioritering för utryckningsfordon.')],
    actions: [{ title: 'Ta upp korsningens utformning med kommunen', owner: 'handler' }],
    feedback: 'Frågan om prioritering för utryckningsfordon i korsningen är överlämnad till kommunen.'
  }
];

const miljo: readonly IScenario[] = [
  {
    id: 'miljo-dieselspill', area: 'Yttre miljösäkerhet', type: 'Olycka',
    title: 'Dieselspill vid tankning i depån',
    description: 'Vid tankning av en buss rann cirka 40 liter diesel ut på marken eftersom tankpistolens automatiska avstängning inte fungerade. Spillet nådde en dagvattenbrunn innan brunnen kunde täckas.',
    kinds: ['depa'], places: ['tankplatsen'],
    hours: [4, 22],
    immediate: 'Brunnen täcktes, absorptionsmedel lades ut och kommunens miljöförvaltning underrättades.',
    actual: '3 Betydande', potential: '3 Betydande',
    causes: [
      t('Tankpistolens automatiska avstängning var defekt.'),
      o('Dagvattenbrunnen vid tankplatsen saknar avstängningsbar ventil.'),
      m('Tankningen övervakades inte hela tiden.')
    ],
    actions: [
      { title: 'Byta tankpistol och kontrollera samtliga pistoler', owner: 'handler' },
      { title: 'Installera avstängningsbar ventil i dagvattenbrunnen vid tankplatsen', owner: 'fastighet' },
      { title: 'Komplettera saneringsutrustningen vid tankplatsen', owner: 'handler' }
    ],
    feedback: 'Tankpistolen är utbytt, brunnen har fått avstängningsventil och saneringsutrustningen är kompletterad. Miljöförvaltningen har fått återrapport.'
  },
  {
    id: 'miljo-oljefat', area: 'Yttre miljösäkerhet', type: 'Avvikelse',
    title: 'Läckande oljefat i förråd',
    description: 'Ett fat med spillolja läckte i förrådet. Olja hade runnit ut på golvet men inte nått golvbrunnen.',
    kinds: ['forrad', 'fastighet', 'depa'], places: ['kemikalieförrådet', 'verkstadsförrådet'],
    immediate: 'Spillet sanerades och fatet ställdes i ett spilltråg.',
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [t('Fatet var rostigt.'), o('Fat förvaras utan spilltråg.')],
    actions: [{ title: 'Skaffa spilltråg för alla fat i förrådet', owner: 'handler' }],
    feedback: 'Alla fat står nu i spilltråg.'
  },
  {
    id: 'miljo-riskavfall', area: 'Yttre miljösäkerhet', type: 'Avvikelse',
    title: 'Stickande avfall i vanlig avfallssäck',
    description: 'Stickande och skärande avfall hittades i en vanlig avfallssäck i stället för i riskavfallsbehållare. Upptäcktes av lokalvården.',
    kinds: ['akut', 'avd', 'op', 'vc'], places: ['desinfektionsrummet', 'behandlingsrummet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [m('Avfallet sorterades fel i en stressad situation.'), t('Riskavfallsbehållaren var full.')],
    actions: [
      { title: 'Tätare tömning av riskavfallsbehållare', owner: 'handler' },
      { title: 'Påminna om sorteringsrutinen för riskavfall', owner: 'handler' }
    ],
    feedback: 'Behållarna töms nu oftare och sorteringsrutinen har påmints om.',
    rejection: WORK_ENVIRONMENT
  },
  {
    id: 'miljo-koldmedium', area: 'Yttre miljösäkerhet', type: 'Avvikelse',
    title: 'Läckage av köldmedium från kylanläggning',
    description: 'Vid service av en kylanläggning konstaterades att cirka 6 kg köldmedium hade läckt ut sedan föregående kontroll.',
    kinds: ['fastighet'], places: ['Sjukhuset i Exempelby, kylcentralen hus 4'],
    actual: '2 Lindrig', potential: '3 Betydande',
    causes: [t('En packning i anläggningen var trasig.'), o('Anläggningen saknar läckagevarnare.')],
    actions: [
      { title: 'Åtgärda läckaget och rapportera till tillsynsmyndigheten', owner: 'handler' },
      { title: 'Installera läckagevarnare', owner: 'handler' }
    ],
    feedback: 'Läckaget är åtgärdat och rapporterat, och anläggningen har fått läckagevarnare.'
  },
  {
    id: 'miljo-kemikalier-spilltrag', area: 'Yttre miljösäkerhet', type: 'Riskobservation',
    title: 'Kemikalier förvarade utan spilltråg nära golvbrunn',
    description: 'Dunkar med glykol och avfettningsmedel förvaras direkt på golvet nära en golvbrunn.',
    kinds: ['depa', 'fastighet', 'forrad'], places: ['verkstaden', 'kemikalieförrådet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Förrådet saknar anvisad plats för kemikalier.')],
    actions: [{ title: 'Ordna kemikalieskåp med invallning', owner: 'handler' }],
    feedback: 'Kemikalierna förvaras nu i ett skåp med invallning.'
  },
  {
    id: 'miljo-formalin', area: 'Yttre miljösäkerhet', type: 'Tillbud',
    title: 'Spill av formalin vid provhantering',
    description: 'En burk med formalin välte vid provhantering och cirka en deciliter rann ut på bänk och golv. Spillet sanerades enligt rutin.',
    kinds: ['op', 'vc'], places: ['provhanteringsrummet'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [t('Burkarna står ostadigt på bänken.'), m('Arbetet gjordes i hast.')],
    actions: [{ title: 'Skaffa ställ för provburkar', owner: 'handler' }],
    feedback: 'Provburkarna står nu i ställ. Tack för rapporten.'
  },
  {
    id: 'miljo-forslag-tankplats', area: 'Yttre miljösäkerhet', type: 'Förbättringsförslag',
    title: 'Förslag: tak och uppsamling vid tankplatsen',
    description: 'Tankplatsen saknar tak och regnvatten spolar ned eventuellt spill mot dagvattnet. Förslaget är tak över tankplatsen och en sluten uppsamling.',
    kinds: ['depa'], places: ['tankplatsen'],
    actual: '1 Försumbar', potential: '3 Betydande',
    causes: [o('Tankplatsen byggdes innan nuvarande miljökrav.')],
    actions: [{ title: 'Ta fram kostnadsförslag för tak och sluten uppsamling vid tankplatsen', owner: 'fastighet' }],
    feedback: 'Förslaget är inarbetat i nästa års investeringsbudget.'
  }
];

/** Every scenario, grouped by area in the order of SECURITY_AREAS. */
export const SCENARIOS: readonly IScenario[] = [
  ...brand,
  ...skal,
  ...tilltrade,
  ...hotOchVald,
  ...information,
  ...itSecurity,
  ...drift,
  ...ekonomi,
  ...transport,
  ...miljo
];

/** Why a handler rejects a report; the generic ones fit any scenario. */
export const REJECTION_REASONS: readonly string[] = [
  'Samma händelse är redan rapporterad och handläggs i ett annat ärende.',
  'Efter kontroll med rapportören visade det sig vara ett missförstånd; ingen avvikelse har inträffat.'
];


/** Feedback when the investigation finds that no actions are needed (Utreds → Avslutad). */
export const NO_ACTIONS_FEEDBACK =
  'Tack för din rapport. Utredningen visar att befintliga rutiner räcker och att händelsen inte kräver några ytterligare åtgärder. Händelsen ingår i enhetens uppföljning av säkerhetsarbetet.';

/** Notes handlers leave on transitions. */
export const TRANSITION_NOTES = {
  acknowledged: ['Ärendet är mottaget.', 'Mottaget, återkommer efter kontroll på plats.', undefined],
  investigating: ['Utredning påbörjad.', 'Orsaksanalys enligt MTO påbörjad.', 'Kontakt tagen med berörda.'],
  actions: ['Åtgärder beslutade.', 'Åtgärder beslutade efter utredning.'],
  closed: ['Återkoppling lämnad till rapportören.', 'Ärendet avslutat efter uppföljning.'],
  escalated: 'Eskaleras till säkerhetsfunktionen på grund av händelsens allvar.',
  reassigned: 'Omfördelat till den som ansvarar för enheten där händelsen inträffade.'
} as const;
