define([], function () {
  return {
    AppName: 'Trygg',
    Areas: {
      fire: 'Brandsäkerhet',
      perimeter: 'Skalskydd',
      access: 'Tillträdesskydd',
      threatsViolence: 'Hot och våld',
      information: 'Informationssäkerhet',
      it: 'IT-säkerhet',
      operations: 'Driftsäkerhet',
      financial: 'Ekonomisk säkerhet',
      transport: 'Transportsäkerhet',
      environment: 'Yttre miljösäkerhet'
    },
    AreaDescriptions: {
      fire: 'Förebygga brand och skydda liv, hälsa och egendom när det brinner.',
      perimeter: 'Fysiskt skydd av byggnader och lokaler: dörrar, fönster, lås och larm.',
      access: 'Att bara behöriga kommer in: passerkort, nycklar och besökshantering.',
      threatsViolence: 'Förebygga och hantera hot och våld mot medarbetare, patienter och besökare.',
      information: 'Konfidentialitet, riktighet och tillgänglighet för information i alla former.',
      it: 'Skydd av IT-system, nätverk och konton mot angrepp och fel.',
      operations: 'Kontinuitet i samhällsviktig verksamhet: el, vatten, värme och teknisk försörjning.',
      financial: 'Skydd mot bedrägerier, förskingring och ekonomisk brottslighet.',
      transport: 'Säkra transporter av patienter, resenärer, gods och farligt gods.',
      environment: 'Skydd mot utsläpp och skador på den yttre miljön.'
    },
    PdsaPhases: { plan: 'Planera', do: 'Genomföra', study: 'Studera', act: 'Agera' },
    PdsaPhaseDescriptions: {
      plan: 'Analysera risker och läge, sätt mätbara mål och planera aktiviteter.',
      do: 'Genomför aktiviteterna i den dagliga verksamheten.',
      study: 'Följ upp resultatet mot målen och lär av avvikelser.',
      act: 'Förbättra: justera arbetssätt, rutiner och styrande dokument.'
    },
    DeviationTypes: {
      deviation: 'Avvikelse',
      nearMiss: 'Tillbud',
      accident: 'Olycka',
      riskObservation: 'Riskobservation',
      improvement: 'Förbättringsförslag',
      securityIncident: 'Säkerhetsincident'
    },
    DeviationStatuses: {
      new: 'Ny',
      acknowledged: 'Mottagen',
      investigating: 'Utreds',
      actions: 'Åtgärdas',
      closed: 'Avslutad',
      rejected: 'Avvisad'
    },
    Loading: 'Laddar …',
    Retry: 'Försök igen',
    Cancel: 'Avbryt',
    Save: 'Spara',
    Close: 'Stäng',
    ErrorGeneric: 'Något gick fel. Försök igen om en stund.',
    ErrorNetwork: 'Ingen kontakt med servern. Kontrollera anslutningen och försök igen.',
    ErrorThrottled: 'SharePoint är hårt belastat just nu. Vi försöker igen automatiskt.',
    ErrorAccessDenied: 'Du har inte behörighet till det här.',
    ErrorNotFound: 'Det du söker finns inte eller har tagits bort.',
    ErrorConflict: 'Någon annan har ändrat uppgifterna medan du arbetade.',
    ErrorValidation: 'Kontrollera de markerade fälten.',
    ErrorNotAHandler: 'Ett skyddat ärende kan bara lämnas över till en chef, ersättare, säkerhetssamordnare eller säkerhetsfunktionen.',
    ErrorHandOverToReporter: 'Ärendet kan inte lämnas över till den som rapporterade det.',
    ErrorProtectedCasesUnavailable: 'Skyddade ärenden kan inte hanteras just nu: funktionen för skyddade ärenden svarar inte eller är inte installerad. Rapporten sparas på enheten och skickas när den svarar.',
    MailNewCaseSubject: 'Ny avvikelse att hantera: {0}',
    MailNewCaseBody: 'Hej!\n\nEn ny rapport har kommit till dig i Trygg.\n\nÄrende: {0}\nRubrik: {1}\nEnhet: {2}\nTyp: {3}\nDu har fått ärendet som {4}.\n\nKvittera ärendet i Trygg inom tre dagar.\n\nDetta meddelande skickades automatiskt av Trygg.',
    MailFeedbackSubject: 'Återkoppling på din rapport {0}',
    MailFeedbackBody: 'Hej!\n\nDin rapport {0} ({1}) har fått återkoppling:\n\n{2}\n\nStatus: {3}\n\nTack för att du rapporterade. Detta meddelande skickades automatiskt av Trygg.',
    MailNewProtectedCaseBody: 'Hej!\n\nEtt skyddat ärende har tilldelats dig i Trygg.\n\nÄrende: {0}\nDu har fått ärendet som {1}.\n\nInnehållet skickas inte med e-post. Läs ärendet och kvittera det i Trygg inom tre dagar.\n\nDetta meddelande skickades automatiskt av Trygg.',
    MailProtectedFeedbackBody: 'Hej!\n\nDin rapport {0} har fått återkoppling. Ärendet är skyddat, så återkopplingen skickas inte med e-post: läs den under Mina rapporter i Trygg.\n\nStatus: {1}\n\nTack för att du rapporterade. Detta meddelande skickades automatiskt av Trygg.',
    HistoryMovedToProtected: 'Flyttat till skyddade ärenden från {0}',
    MailReassignedSubject: 'Ärende {0} har överlämnats till dig',
    RoutingReasons: {
      'Chef': 'chef',
      'Ersättare': 'ersättare för frånvarande chef',
      'Säkerhetssamordnare': 'säkerhetssamordnare',
      'Säkerhetsfunktion': 'säkerhetsfunktionen',
      'Omfördelad': 'mottagare av omfördelat ärende',
      'Eskalerad': 'chef för eskalerat ärende'
    },
    Unclassified: 'Ej klassad'
  };
});
