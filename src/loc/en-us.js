define([], function () {
  return {
    AppName: 'Trygg',
    Areas: {
      fire: 'Fire safety',
      perimeter: 'Perimeter protection',
      access: 'Access control',
      threatsViolence: 'Threats and violence',
      information: 'Information security',
      it: 'IT security',
      operations: 'Operational reliability',
      financial: 'Financial security',
      transport: 'Transport safety',
      environment: 'Environmental safety'
    },
    AreaDescriptions: {
      fire: 'Prevent fire and protect life, health and property when it burns.',
      perimeter: 'Physical protection of buildings and premises: doors, windows, locks and alarms.',
      access: 'Only authorised people get in: access cards, keys and visitor handling.',
      threatsViolence: 'Prevent and handle threats and violence against staff, patients and visitors.',
      information: 'Confidentiality, integrity and availability of information in every form.',
      it: 'Protecting IT systems, networks and accounts against attacks and faults.',
      operations: 'Continuity of critical services: power, water, heating and technical supply.',
      financial: 'Protection against fraud, embezzlement and economic crime.',
      transport: 'Safe transport of patients, passengers, goods and dangerous goods.',
      environment: 'Protection against emissions and damage to the external environment.'
    },
    PdsaPhases: { plan: 'Plan', do: 'Do', study: 'Study', act: 'Act' },
    PdsaPhaseDescriptions: {
      plan: 'Analyse risks and the situation, set measurable goals and plan activities.',
      do: 'Carry out the activities in daily operations.',
      study: 'Follow up the results against the goals and learn from deviations.',
      act: 'Improve: adjust ways of working, routines and governing documents.'
    },
    DeviationTypes: {
      deviation: 'Deviation',
      nearMiss: 'Near miss',
      accident: 'Accident',
      riskObservation: 'Risk observation',
      improvement: 'Improvement suggestion',
      securityIncident: 'Security incident'
    },
    DeviationStatuses: {
      new: 'New',
      acknowledged: 'Acknowledged',
      investigating: 'Under investigation',
      actions: 'Actions in progress',
      closed: 'Closed',
      rejected: 'Rejected'
    },
    Loading: 'Loading …',
    Retry: 'Try again',
    Cancel: 'Cancel',
    Save: 'Save',
    Close: 'Close',
    ErrorGeneric: 'Something went wrong. Please try again shortly.',
    ErrorNetwork: 'Cannot reach the server. Check your connection and try again.',
    ErrorThrottled: 'SharePoint is busy right now. We will retry automatically.',
    ErrorAccessDenied: 'You do not have permission for this.',
    ErrorNotFound: 'What you are looking for does not exist or has been removed.',
    ErrorConflict: 'Someone else changed this while you were working.',
    ErrorValidation: 'Check the highlighted fields.',
    ErrorNotAHandler: 'A protected case can only be handed over to a manager, substitute, security coordinator or the security function.',
    ErrorHandOverToReporter: 'The case cannot be handed over to the person who reported it.',
    ErrorProtectedCasesUnavailable: 'Protected cases cannot be handled right now: the protected-cases function is not answering or not installed. The report is kept on the device and sent when it answers.',
    MailNewCaseSubject: 'New deviation to handle: {0}',
    MailNewCaseBody: 'Hello,\n\nA new report has been assigned to you in Trygg.\n\nCase: {0}\nHeadline: {1}\nUnit: {2}\nType: {3}\nYou received it as {4}.\n\nPlease acknowledge the case in Trygg within three days.\n\nThis message was sent automatically by Trygg.',
    MailFeedbackSubject: 'Feedback on your report {0}',
    MailFeedbackBody: 'Hello,\n\nYour report {0} ({1}) has received feedback:\n\n{2}\n\nStatus: {3}\n\nThank you for reporting. This message was sent automatically by Trygg.',
    MailNewProtectedCaseBody: 'Hello,\n\nA protected case has been assigned to you in Trygg.\n\nCase: {0}\nAssigned to you as {1}.\n\nIts contents are not sent by email. Read the case and acknowledge it in Trygg within three days.\n\nThis message was sent automatically by Trygg.',
    MailProtectedFeedbackBody: 'Hello,\n\nYour report {0} has received feedback. The case is protected, so the feedback is not sent by email: read it under My reports in Trygg.\n\nStatus: {1}\n\nThank you for reporting. This message was sent automatically by Trygg.',
    HistoryMovedToProtected: 'Moved to protected cases from {0}',
    MailReassignedSubject: 'Case {0} has been handed over to you',
    RoutingReasons: {
      'Chef': 'line manager',
      'Ersättare': 'substitute for an absent manager',
      'Säkerhetssamordnare': 'security coordinator',
      'Säkerhetsfunktion': 'the security function',
      'Omfördelad': 'recipient of a reassigned case',
      'Eskalerad': 'manager of an escalated case'
    },
    Unclassified: 'Not classified'
  };
});
