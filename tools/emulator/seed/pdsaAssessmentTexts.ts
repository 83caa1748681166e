/**
 * What units write in their self-assessments: the comment an answer of "Uppfylls delvis" or lower
 * needs (what is missing, which the follow-up needs to know), short comments on answers that are
 * fulfilled, and the names of the documents they link as evidence. Keyed by question key
 * (domain/pdsa/selfAssessment.ts).
 */

export const WEAKNESS_COMMENTS: Readonly<Record<string, string>> = {
  'principle.lawsAndRules': 'Regionens riktlinjer är inte genomgångna med all personal; nyanställda och vikarier får dem inte i introduktionen.',
  'principle.threatsRisks': 'Riskanalysen är gammal och tar inte upp de senaste avvikelserna. En ny analys planeras under våren.',
  'principle.continuity': 'Kontinuitetsplanen finns men är inte uppdaterad efter omorganisationen och reservrutinerna är inte kända av alla.',
  'principle.planAndExercise': 'Ingen övning har genomförts det senaste året på grund av hög arbetsbelastning.',
  'principle.reportDeviations': 'Avvikelser rapporteras ofta först när något allvarligt har hänt; tillbud rapporteras sällan.',
  'principle.learnAndShare': 'Åtgärder efter avvikelser följs inte upp systematiskt och lärdomar sprids sällan utanför enheten.',
  'principle.costEffective': 'Åtgärder väljs utan jämförelse av kostnad och effekt; budgetunderlag saknas för de större åtgärderna.',
  'principle.responsibility': 'Säkerhetsarbetet vilar på enhetschefen ensam och är inte samordnat med verksamhetsplanen.',
  'area.fire': 'Alla har inte genomgått brandskyddsutbildning och utrymningsvägarna blockeras ibland av sängar och vagnar.',
  'area.perimeter': 'Portar och grindar står ibland öppna utan bevakning, särskilt vid leveranser kvällstid.',
  'area.access': 'Passerkort spärras inte alltid när vikariat och uppdrag slutar.',
  'area.threatsViolence': 'Överfallslarm saknas i flera rum och alla har inte utbildats i bemötande av hot och våld.',
  'area.information': 'Utskrifter med patientuppgifter hamnar ibland i vanliga papperskorgar och skärmar syns från väntrummet.',
  'area.it': 'Medarbetare delar ibland inloggning på gemensamma datorer och klickar på länkar i nätfiskeövningarna.',
  'area.operations': 'Reservrutinerna vid avbrott i IT och telefoni är inte övade.',
  'area.financial': 'Kontobyten från leverantörer verifieras inte alltid per telefon vid hög arbetsbelastning.',
  'area.transport': 'Lastsäkringsutrustningen kontrolleras inte regelbundet.',
  'area.environment': 'Saneringsutrustning finns men är inte placerad där spill kan uppstå.'
};

export const STRENGTH_COMMENTS: readonly string[] = [
  'Rutinen är känd och följs upp på arbetsplatsträffarna.',
  'Genomgånget med all personal under året.',
  'Följs upp i enhetens egenkontroll varje kvartal.',
  'Fungerar väl; en övning under året bekräftade det.'
];

export const EVIDENCE_FILES: Readonly<Record<string, string>> = {
  'principle.lawsAndRules': 'Genomgang-riktlinjer.pdf',
  'principle.threatsRisks': 'Riskanalys.docx',
  'principle.continuity': 'Kontinuitetsplan.docx',
  'principle.planAndExercise': 'Ovningsplan.docx',
  'principle.reportDeviations': 'APT-protokoll-avvikelser.pdf',
  'principle.learnAndShare': 'Atgardsplan.xlsx',
  'principle.costEffective': 'Budgetunderlag-sakerhet.xlsx',
  'principle.responsibility': 'Verksamhetsplan.pdf',
  'area.fire': 'Systematiskt-brandskyddsarbete.pdf',
  'area.perimeter': 'Skalskyddsrond.pdf',
  'area.access': 'Kortlista-avstamning.xlsx',
  'area.threatsViolence': 'Handlingsplan-hot-och-vald.docx',
  'area.information': 'Informationsklassning.xlsx',
  'area.it': 'Behorighetsgenomgang.xlsx',
  'area.operations': 'Reservrutiner.docx',
  'area.financial': 'Rutin-kontobyten.pdf',
  'area.transport': 'Fordonskontroll.xlsx',
  'area.environment': 'Miljorond.pdf'
};
