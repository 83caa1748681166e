/**
 * The texts of Region Exempel's governing documents. The policy and strategy texts are public texts of
 * two Swedish regions (the project's shared seed texts), which Region Exempel has adopted as they are:
 *
 * - Stockholms läns landsting's "Policy för säkerhet" (seed text 003): the text after its header, which
 *   the seed puts in the document's header table with the values it was written with.
 * - Region Skåne's "Säkerhetspolicy" (seed text 004), without its title line.
 * - Region Skåne's "Säkerhetsstrategi" (seed text 002). That text was OCR'd from a scan and came with
 *   broken characters ("Sakerhetsstrateqi", "sidkerhetsarbetet", "genomféras", "16pande stimma av
 *   tillimpningen" …): here the obvious OCR errors are corrected to the Swedish words they stand for,
 *   and the wording is kept.
 *
 * The riktlinjer and instruktioner under them are written for the seed. Paragraphs starting with
 * `## ` are headings (docx.ts).
 */

/** Seed text 003, after the header (Dokumenttyp … Upprättad av), as written. */
export const STOCKHOLM_POLICY_TEXT = `Policy för säkerhet inom Stockholms läns landsting

För Stockholms läns landsting är säkerhet ett prioriterat område. Säkerhetsaspekten ska därför alltid finnas med i alla beslut och aktiviteter.

Landstinget ska ständigt sträva efter att patienter, resenärer, medarbetare, leverantörer, förtroendevalda och övriga som kommer i kontakt med de olika verksamheterna är trygga och säkra.

Säkerhet är att skydda landstingets alla tillgångar, inklusive intressenternas förtroende. Det gäller att skydda såväl materiella som immateriella värden. I allt säkerhetsarbete ska skydd av liv, hälsa och personlig integritet prioriteras.

Säkerhet är ett ansvar för alla och ska vara en naturlig del i alla verksamhetsprocesser. Ledning och medarbetare ska vara ett föredöme i säkerhetsarbetet så att oönskade händelser förebyggs, upptäcks och hanteras, samt att konsekvenser lindras.

Grundprinciper i Stockholms läns landstings säkerhetsarbete, vilka var och en ska följa, är att:

1. Lagstiftning, regelverk och interna bestämmelser inom säkerhetsområdet ska följas.
2. Identifiera och begränsa tänkbara hot, risker och sårbarheter.
3. Säkerställa kontinuitet och förebygga oönskade händelser i den dagliga verksamheten.
4. Planera och öva för att hantera oväntade händelser och störningar.
5. Vara uppmärksam på och utan dröjsmål rapportera avvikelser, tillbud och andra oönskade händelser.
6. Utredda, åtgärda och lära av identifierade säkerhetsbrister, och sprid kunskap för en förbättrad säkerhet.
7. Välja kostnadseffektiva åtgärder för att minimera säkerhetsrisker.
8. Ta ansvar för säkerhetsarbetet och samordna det med befintliga mål, krav och arbetsrutiner, även vid extraordinära händelser och höjd beredskap.

Säkerhetspolicyn konkretiseras i riktlinjer för säkerhet med tillämpningsanvisningar.

Verksamheterna ska i enlighet med policyn för internkontroll följa upp och rapportera efterlevnaden av policy och riktlinjer för säkerhet. Landstingsdirektören kan vid behov genomföra riktade uppföljningar.`;

/** Seed text 004 without its title line, as written (lines wrapped as in the source). */
export const SKANE_POLICY_TEXT = `Säkerhetsarbetet i Region Skåne syftar till att skapa en trygg och säker miljö för patienter,
besökare, resenärer samt medarbetare. Denna policy bidrar till att nå Region Skånes vision
och verksamhetsidé samt medborgarnas förväntningar grundat på organisationens
värdegrund.

De interna och externa hot som finns i dagens samhälle är komplexa. Hot och sårbarheter
uppstår och förändras snabbt vilket ställer krav på att Region Skånes säkerhetsarbete
ständigt utvärderas, förnyas och anpassas.

Region Skåne bedriver samhällsviktig verksamhet vars förmåga ska säkerställas såväl i den
dagliga verksamheten som i kris- och beredskapslägen.

Ansvar
Säkerhetsansvaret följer verksamhetsansvaret på alla nivåer och inom alla verksamhets-
processer. Det ska finnas styrande dokument som reglerar hur säkerhetsarbetet ska bedrivas
och hur ansvar fördelas. Säkerhet ska vara en naturlig del i det dagliga arbetet. Samtliga
medarbetare ansvarar för att följa fastställda regler och rutiner.

Ständiga förbättringar
Region Skåne ska arbeta systematiskt och bedriva ett aktivt säkerhetsarbete för att bidra till
en verksamhet som är trygg och säker. Grunderna för detta finns i omvärldsanalys och
riskhantering. För att förhindra skada på patient, person, egendom, miljö och information
ska säkerhetsarbetet bedrivas förebyggande.

Kunskap och insikt är en viktig del för att uppnå god säkerhet. För att främja detta ska
Region Skåne utbilda och öva och därigenom uppnå ett gott säkerhetsmedvetande och rätt
handlande.

Region Skånes strävan är att vara en lärande organisation där rapporter om händelser och
incidenter ska användas för att förebygga olyckor, skador och förluster. Säkerhetsarbetet ska
utgå från ett perspektiv där människan tillsammans med teknik och organisation behöver
samverka för att uppnå god säkerhet. Säkerhetsarbetet ska vara målstyrt och följas upp.

Omfattning
Säkerhetspolicyn omfattar hela Region Skåne. Verksamheter som helt eller delvis finansieras
av Region Skåne, samt hel och delägda bolag, ansvarar för sitt eget säkerhetsarbete samt att
säkerhetspolicyn efterlevs. Säkerhetskrav på leverantörer ska regleras vid avtalsskrivning och
följas.`;

/** Seed text 002 without its title line, OCR errors corrected (see the module comment), wording kept. */
export const SKANE_STRATEGY_TEXT = `Syfte

Strategin ger inriktningen för hur säkerhetsarbetet ska genomföras med utgångspunkt från
säkerhetspolicyn och de mål som Regionfullmäktige och Regionstyrelsen beslutar om samt
säkerställer ett regiongemensamt och systematiskt arbetssätt.

Ansvar och omfattning

Säkerhetsstrategin beslutas och följs upp av Regionstyrelsen. Ansvaret för att avsätta
tillräckliga resurser samt att löpande stämma av tillämpningen följer linjeansvaret. Stödjande
i arbetet är region- och förvaltningsövergripande säkerhetsfunktioner. Regionövergripande
säkerhetsfunktion är samordnande och utvecklande. Säkerhetsstrategin omfattar hela Region
Skåne och följande säkerhetsområden: brandsäkerhet, skalskydd, tillträdesskydd, hot och
våld, informationssäkerhet, IT-säkerhet, driftsäkerhet, ekonomisk säkerhet,
transportsäkerhet och yttre miljösäkerhet.

Mål

Säkerhetsarbetet ska vara målstyrt med mätbara och uppföljningsbara mål. Målen ska vara
prioriterade och aktiviteter för att nå dem ska ingå i budgetprocessen för att säkerställa
tillräckliga resurser. Uppföljning av målen ska redovisas i Region Skånes årsredovisning.

Arbetssätt

Säkerhetsarbetet ska vara förebyggande, riskbaserat, systematiskt och ske i samarbete med
regionens olika verksamheter. En viktig beståndsdel är arbetsmetoden PGSA som innebär att
arbetet delas in efter faserna Planera, Genomföra, Studera (följa upp) och Agera (förbättra).
Rapportering och hantering av avvikelser och tillbud ska ske systematiskt, följas upp och
informationen ska vara tillgänglig regionalt.

Säkerhetsarbetet innefattar kontinuerlig omvärldsbevakning som ger underlag till
riskhanteringen. Region Skånes samtliga verksamheter ska ha ett erforderligt balanserat
skydd för hantering av risker, hot och sårbarheter. Riskhanteringen ska ingå i
verksamheternas processer och innebära att risker ska identifieras, hanteras och
dokumenteras. Syftet är att reducera riskerna till en för verksamheten acceptabel nivå samt
utgöra underlag till ständiga förbättringar för ett kostnadseffektivt säkerhetsarbete.

Ledningssystem för säkerhet

Inriktningen i säkerhetsstrategin förutsätter att ett ledningssystem för säkerhet tillämpas.
Genom ledningssystemet får Region Skåne en gemensam styrning av säkerhetsarbetet.
Ledningssystemet byggs upp av riktlinjer och instruktioner utifrån säkerhetspolicy och mål
och ska vara ett verktyg som skapar förutsättningar för ett strukturerat arbetssätt och följer
Region Skånes dokumentstyrningsplan. Styrande dokument arbetas fram och hålls aktuella
genom regiongemensam delaktighet. I ledningssystemet eftersträvas gemensamma
instruktioner som vid behov kan kompletteras verksamhetsspecifikt.`;

/** The seed's own texts: a document's paragraphs by key; `…:v2` keys are a later edition or a draft. */
export const WRITTEN_TEXTS: Readonly<Record<string, readonly string[]>> = {
  informationSecurity: [
    '## Syfte',
    'Riktlinjen anger hur Region Exempel skyddar information så att rätt information finns tillgänglig för rätt person i rätt tid, med bibehållen riktighet och konfidentialitet.',
    '## Omfattning',
    'Riktlinjen gäller alla medarbetare, konsulter och uppdragstagare och all information som regionen ansvarar för, oavsett form.',
    '## Krav',
    'All information ska klassas enligt regionens modell för informationsklassning innan den hanteras i ett system. Informationsägaren ansvarar för klassningen och för att den ses över när verksamheten förändras.',
    'Behörigheter ska tilldelas efter behov och följas upp minst en gång per år. Incidenter som rör information ska rapporteras som avvikelser utan dröjsmål.'
  ],
  'informationSecurity:v1': [
    '## Syfte',
    'Riktlinjen anger hur Region Exempel skyddar information.',
    '## Krav',
    'All information ska klassas innan den hanteras i ett system. Behörigheter ska tilldelas efter behov.'
  ],
  itSecurity: [
    '## Syfte',
    'Riktlinjen anger de tekniska och organisatoriska skydd som regionens IT-miljö ska ha.',
    '## Krav',
    'Alla konton ska skyddas med tvåfaktorsinloggning. Servrar och klienter ska uppdateras enligt fastställd plan, och system som inte längre får uppdateringar ska avvecklas.',
    'Loggar från kritiska system ska sparas i minst tolv månader och granskas regelbundet.'
  ],
  'itSecurity:v2': [
    '## Syfte',
    'Riktlinjen anger de tekniska och organisatoriska skydd som regionens IT-miljö ska ha.',
    '## Krav',
    'Alla konton, även tjänste- och leverantörskonton, ska skyddas med tvåfaktorsinloggning. Servrar och klienter ska uppdateras enligt fastställd plan, och system som inte längre får uppdateringar ska avvecklas.',
    'Loggar från kritiska system ska sparas i minst tolv månader och granskas regelbundet.',
    '## Leverantörer',
    'Leverantörer med fjärråtkomst ska ansluta via regionens åtkomstlösning och endast under överenskomna tider. (Nytt i revisionen.)'
  ],
  threatsAndViolence: [
    '## Syfte',
    'Riktlinjen ska förebygga hot och våld mot medarbetare och ge stöd när något har hänt.',
    '## Förebyggande arbete',
    'Varje verksamhet ska ha en aktuell riskbedömning för hot och våld och en lokal instruktion för hur larm och stöd fungerar. Medarbetare ska få utbildning i att bemöta hotfulla situationer.',
    '## När något har hänt',
    'Den som utsatts ska erbjudas stöd. Händelsen ska rapporteras som avvikelse och polisanmälas vid brott.'
  ],
  perimeterAndAccess: [
    '## Syfte',
    'Riktlinjen anger hur regionens lokaler skyddas mot obehörigt tillträde (skalskydd och tillträdesskydd).',
    '## Krav',
    'Ytterdörrar ska vara låsta utanför öppettider. Passerkort är personliga och ska bäras synligt. Förlorade kort spärras omedelbart.',
    'Besökare ska registreras och hämtas i entrén.'
  ],
  fireSafety: [
    '## Syfte',
    'Riktlinjen beskriver regionens systematiska brandskyddsarbete.',
    '## Ansvar',
    'Verksamhetschefen ansvarar för brandskyddet i sina lokaler. Brandskyddssamordnaren stödjer verksamheterna och följer upp brandskyddsronderna.',
    '## Krav',
    'Brandskyddsrond ska göras varje kvartal. All personal ska genomgå grundutbildning i brandskydd vart tredje år.'
  ],
  'fireSafety:v2': [
    '## Syfte',
    'Riktlinjen beskriver regionens systematiska brandskyddsarbete.',
    '## Ansvar',
    'Verksamhetschefen ansvarar för brandskyddet i sina lokaler. Brandskyddssamordnaren stödjer verksamheterna och följer upp brandskyddsronderna.',
    '## Krav',
    'Brandskyddsrond ska göras varje kvartal och dokumenteras digitalt. All personal ska genomgå grundutbildning i brandskydd vartannat år, och vårdavdelningar ska öva utrymning årligen.',
    '## Entreprenörer',
    'Entreprenörer som arbetar i regionens lokaler ska anmäla heta arbeten och bortkoppling av brandlarm i förväg. (Förslag på remiss.)'
  ],
  economicSecurity: [
    '## Syfte',
    'Riktlinjen ska förebygga bedrägerier, mutor och oegentligheter.',
    '## Krav',
    'Ändrade betalningsuppgifter från leverantörer ska alltid kontrolleras per telefon mot ett känt nummer innan de registreras.'
  ],
  'economicSecurity:v2': [
    '## Syfte',
    'Riktlinjen ska förebygga bedrägerier, mutor och oegentligheter.',
    '## Krav',
    'Ändrade betalningsuppgifter från leverantörer ska alltid kontrolleras per telefon mot ett känt nummer innan de registreras, av en annan person än den som tog emot ändringen.',
    'Utbetalningar över 500 000 kronor attesteras av två personer.'
  ],
  transportSecurity: [
    '## Syfte',
    'Riktlinjen anger hur gods och material transporteras säkert mellan regionens enheter.',
    '## Krav',
    'Last ska säkras med spännband. Förare ska ha genomgått regionens utbildning i lastsäkring.'
  ],
  environment: [
    '## Syfte',
    'Riktlinjen ska förebygga utsläpp och skador på den yttre miljön från regionens verksamheter.',
    '## Krav',
    'Drivmedel och kemikalier ska förvaras invallat. Saneringsutrustning ska finnas vid varje tankställe och spill ska rapporteras som avvikelse.'
  ],
  violenceAtEmergency: [
    '## Syfte',
    'Instruktionen kompletterar den regionala riktlinjen för hot och våld med det som gäller på akutmottagningen.',
    '## Larm',
    'Larmknappar finns i varje behandlingsrum och i receptionen. Vid larm kommer väktare inom fem minuter; personal går inte ensam in till en hotfull patient.',
    '## Efteråt',
    'Avdelningschefen håller avlastningssamtal samma dag. Händelsen rapporteras i Trygg.'
  ],
  fireRound: [
    '## Syfte',
    'Instruktionen beskriver hur en brandskyddsrond genomförs.',
    '## Genomförande',
    'Ronden följer checklistan för brandskyddsrond: utrymningsvägar, skyltning, brandsläckare, branddörrar och larm. Brister rapporteras som avvikelser och åtgärdas av ansvarig enhet.'
  ],
  itContinuity: [
    '## Syfte',
    'Instruktionen anger reservrutiner när journalsystemet eller nätet inte fungerar.',
    '## Reservrutiner',
    'Varje vårdenhet har reservpärmar med pappersjournal och blanketter. Driftjouren informerar via telefonkedja.'
  ],
  informationClassification: [
    '## Syfte',
    'Instruktionen beskriver hur informationsägare klassar information enligt regionens modell.',
    '## Så här går det till',
    'Klassningen görs i verktyget för informationsklassning tillsammans med informationssäkerhetsstrategen. Konfidentialitet, riktighet och tillgänglighet bedöms var för sig på en fyrgradig skala.',
    'Resultatet avgör vilka skyddsåtgärder systemet ska ha och dokumenteras i systemförvaltningsplanen.'
  ],
  nightAccess: [
    '## Syfte',
    'Instruktionen kompletterar den regionala riktlinjen för skalskydd och tillträdesskydd med det som gäller på ortopedavdelning 12 nattetid.',
    '## Krav',
    'Avdelningens entrédörr är låst 21–06. Anhöriga släpps in efter kontroll via porttelefon. Dörren till läkemedelsrummet ska alltid vara stängd.'
  ]
};
