import * as strings from 'DeviationReportWebPartStrings';
import { DRAFT_LIMITS, DraftField } from '../../../../domain/deviations/draftValidation';
import { FieldError } from '../../../../domain/validation';
import { format } from '../../../../common/format';

const MAX_LENGTH: Readonly<Record<DraftField, number>> = {
  title: DRAFT_LIMITS.titleMax,
  description: DRAFT_LIMITS.descriptionMax,
  location: DRAFT_LIMITS.locationMax,
  immediateActions: DRAFT_LIMITS.immediateActionsMax,
  occurredAt: 0,
  unitId: 0,
  type: 0,
  area: 0
};

function requiredText(field: DraftField): string {
  if (field === 'occurredAt') return strings.ErrorRequiredWhen;
  if (field === 'unitId') return strings.ErrorRequiredUnit;
  return strings.ErrorRequiredDescription;
}

/** The message shown at a field, in words that say what to do. */
export function fieldErrorText(field: DraftField, error: FieldError): string {
  switch (error) {
    case 'required':
      return requiredText(field);
    case 'tooShort':
      return format(strings.ErrorTooShort, DRAFT_LIMITS.descriptionMin);
    case 'tooLong':
      return format(strings.ErrorTooLong, MAX_LENGTH[field]);
    case 'invalidCharacters':
      return strings.ErrorInvalidCharacters;
    case 'invalidDate':
      return strings.ErrorInvalidDate;
    case 'inFuture':
      return strings.ErrorInFuture;
    case 'tooOld':
      return format(strings.ErrorTooOld, DRAFT_LIMITS.occurredMaxAgeDays);
    case 'invalidChoice':
      return strings.ErrorInvalidChoice;
    case 'invalidNumber':
      return strings.ErrorInvalidNumber;
  }
}
