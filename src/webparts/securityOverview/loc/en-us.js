define([], function () {
  return {
    PropertyPaneDescription: 'Overview of the security management system.',
    BasicGroupName: 'Settings',
    TitleFieldLabel: 'Title',
    DefaultTitle: 'Security management system',
    Intro: 'Security work is preventive, risk-based, systematic and goal-driven. Responsibility follows the line organisation: every manager answers for security in their operations, and every employee reports deviations and incidents without delay.',
    AreasHeading: 'Security areas',
    PdsaHeading: 'Way of working: PDSA',
    PdsaIntro: 'The work follows the improvement cycle Plan, Do, Study and Act.',
    PrinciplesHeading: 'How we work',
    Principles: [
      'Identify and limit threats, risks and vulnerabilities.',
      'Report deviations, near misses and other unwanted events without delay.',
      'Investigate, remedy and learn from shortcomings, and share the knowledge.',
      'Keep governing documents current: policy, strategy, guideline and instruction.'
    ]
  };
});
