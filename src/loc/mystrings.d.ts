/** Strings shared by every Trygg web part and by the shared components in src/components. */
declare interface ITryggStrings {
  AppName: string;
  /** Labels of the ten security areas, by key (SECURITY_AREA_KEYS). */
  Areas: Record<string, string>;
  /** What each area protects, by key. */
  AreaDescriptions: Record<string, string>;
  /** PDSA phase labels by key (PDSA_PHASE_KEYS). */
  PdsaPhases: Record<string, string>;
  PdsaPhaseDescriptions: Record<string, string>;
  /** Deviation types by key (DEVIATION_TYPE_KEYS). */
  DeviationTypes: Record<string, string>;
  /** Deviation statuses by key (DEVIATION_STATUS_KEYS). */
  DeviationStatuses: Record<string, string>;
  Loading: string;
  Retry: string;
  Cancel: string;
  Save: string;
  Close: string;
  ErrorGeneric: string;
  ErrorNetwork: string;
  ErrorThrottled: string;
  ErrorAccessDenied: string;
  ErrorNotFound: string;
  ErrorConflict: string;
  ErrorValidation: string;
  ErrorNotAHandler: string;
  ErrorHandOverToReporter: string;
  /** The tenant properties that point to the function are missing: says who sets them, and how. */
  ErrorProtectedCasesNotConfigured: string;
  ErrorProtectedCasesUnavailable: string;
  MailNewCaseSubject: string;
  /** {0} case number, {1} headline, {2} unit, {3} type or area, {4} why you got it. */
  MailNewCaseBody: string;
  MailFeedbackSubject: string;
  /** {0} case number, {1} headline, {2} the manager's feedback, {3} status. */
  MailFeedbackBody: string;
  /** {0} case number, {1} the role the handler has it in. No title, no contents. */
  MailNewProtectedCaseBody: string;
  /** {0} case number, {1} status. The feedback itself is read in Trygg. */
  MailProtectedFeedbackBody: string;
  /** History note when an open case becomes protected: {0} its former case number. */
  HistoryMovedToProtected: string;
  MailReassignedSubject: string;
  /** {0} who handed it over, {1} case number, {2} headline, {3} unit, {4} type or area, {5} why you got it, {6} their message. */
  MailHandedOverBody: string;
  /** Where a handover came without a message. */
  MailNoMessage: string;
  MailRejectedSubject: string;
  /** {0} case number, {1} headline, {2} the reason. */
  MailRejectedBody: string;
  /** {0} case number. The reason is read in Trygg. */
  MailProtectedRejectedBody: string;
  MailClosedSubject: string;
  /** {0} case number, {1} headline, {2} the handler's feedback. */
  MailClosedBody: string;
  /** {0} case number. The feedback is read in Trygg. */
  MailProtectedClosedBody: string;
  /** The line under every mail: {0} the link to the case. */
  MailLink: string;
  /** {0} case number. */
  MailReminderAcknowledgeSubject: string;
  MailReminderCloseSubject: string;
  /** {0} case number, {1} headline, {2} what was due (MailReminderDeadlines), {3} the due day. */
  MailReminderBody: string;
  /** {0} case number, {1} what was due, {2} the due day. */
  MailProtectedReminderBody: string;
  /** By OverdueKind: acknowledgement, closure. */
  MailReminderDeadlines: Record<string, string>;
  /** {0} case number. */
  MailActionReminderSubject: string;
  /** {0} the action, {1} case number, {2} its due day. */
  MailActionReminderBody: string;
  /** {0} case number, {1} the due day. The action itself is read in Trygg. */
  MailProtectedActionReminderBody: string;
  /** {0} risk number. */
  MailRiskReviewSubject: string;
  /** {0} risk number, {1} title, {2} the review day. */
  MailRiskReviewBody: string;
  /** {0} risk number, {1} the last day. */
  MailAcceptanceExpiringSubject: string;
  /** {0} risk number, {1} title, {2} the last day. */
  MailAcceptanceExpiringBody: string;
  /** {0} risk number. */
  MailRiskActionReminderSubject: string;
  /** {0} the action, {1} risk number, {2} its due day. */
  MailRiskActionReminderBody: string;
  /** {0} document number, {1} the review day. */
  MailDocumentReviewSubject: string;
  /** {0} document number, {1} title, {2} the review day. */
  MailDocumentReviewBody: string;
  /** {0} document number, {1} the last valid day. */
  MailDocumentValiditySubject: string;
  /** {0} document number, {1} title, {2} the last valid day. */
  MailDocumentValidityBody: string;
  /** {0} document number, {1} title, {2} the deadline. */
  MailConsultationSubject: string;
  /** {0} who sent it, {1} document number, {2} title, {3} the deadline. */
  MailConsultationBody: string;
  /** {0} who sent it, {1} their message. */
  MailConsultationMessage: string;
  /** {0} document number. */
  MailDocumentApprovedSubject: string;
  /** {0} document number, {1} title, {2} approved on, {3} by whom (the body or person), {4} effective from, {5} valid until. */
  MailDocumentApprovedBody: string;
  /** {0} document number. */
  MailDocumentChangesSubject: string;
  /** {0} document number, {1} title, {2} the security function's note. */
  MailDocumentChangesBody: string;
  /** {0} the goal's title. */
  MailMeasurementDueSubject: string;
  /** {0} title, {1} the unit (or the region), {2} the indicator, {3} and {4} the period's first and last day, {5} periods missing. */
  MailMeasurementDueBody: string;
  /** {0} the unit, {1} the due day. */
  MailExerciseDueSubject: string;
  /** {0} the unit, {1} the due day, {2} the latest exercise's day, {3} its title. */
  MailExerciseDueBody: string;
  /** Why a case went where it went, by RoutingReason key. */
  RoutingReasons: Record<string, string>;
  Unclassified: string;
}

declare module 'TryggStrings' {
  const strings: ITryggStrings;
  export = strings;
}
