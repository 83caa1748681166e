define([], function () {
  return {
    PropertyPaneDescription: 'Översikt över ledningssystemet för säkerhet.',
    BasicGroupName: 'Inställningar',
    TitleFieldLabel: 'Rubrik',
    DefaultTitle: 'Ledningssystem för säkerhet',
    Intro: 'Säkerhetsarbetet är förebyggande, riskbaserat, systematiskt och målstyrt. Ansvaret följer linjen: varje chef ansvarar för säkerheten i sin verksamhet, och alla medarbetare rapporterar avvikelser och tillbud utan dröjsmål.',
    AreasHeading: 'Säkerhetsområden',
    PdsaHeading: 'Arbetssätt: PGSA',
    PdsaIntro: 'Arbetet följer förbättringscykeln Planera, Genomföra, Studera och Agera.',
    PrinciplesHeading: 'Så arbetar vi',
    Principles: [
      'Identifiera och begränsa hot, risker och sårbarheter.',
      'Rapportera avvikelser, tillbud och andra oönskade händelser utan dröjsmål.',
      'Utreda, åtgärda och lära av brister, och sprida kunskapen.',
      'Hålla styrande dokument aktuella: policy, strategi, riktlinje och instruktion.'
    ]
  };
});
