/**
 * Errors in the shapes SharePoint and Microsoft Graph answer with. Handlers throw these; the HTTP layer
 * turns them into responses, so no handler writes an error body by hand.
 */

/** A SharePoint REST error: `{"odata.error":{"code":"<hresult>, <type>","message":{"lang":"en-US","value":"…"}}}`. */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message);
  }
}

/** A Microsoft Graph error: `{"error":{"code":"…","message":"…","innerError":{…}}}`. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const FIELD_VALIDATION = '-2146232832, Microsoft.SharePoint.SPFieldValidationException';

/** The errors the emulator raises, each with the status and code SharePoint uses for it. */
export const sp = {
  listNotFound: (title: string, siteAbsoluteUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteAbsoluteUrl}'.`),
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fileNotFound: (url: string): SpError =>
    new SpError(404, '-2130575338, System.IO.FileNotFoundException', `File Not Found. (${url})`),
  folderNotFound: (url: string): SpError =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', `File Not Found. (${url})`),
  fieldNotFound: (name: string): SpError =>
    new SpError(
      400,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.`
    ),
  columnNotFound: (name: string): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  selectFieldNotFound: (name: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  lookupNeedsExpand: (path: string, field: string): SpError =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`
    ),
  propertyNotOnType: (name: string, typeName: string): SpError =>
    new SpError(
      400,
      INVALID_QUERY,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
    ),
  invalidQuery: (message: string): SpError => new SpError(400, INVALID_QUERY, message),
  notSupported: (message: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.SPException', message),
  resourceNotFound: (path: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`),
  methodNotAllowed: (method: string, path: string): SpError =>
    new SpError(405, INVALID_QUERY, `The HTTP method '${method}' cannot be used on the resource '${path}'.`),
  invalidJson: (detail: string): SpError =>
    new SpError(400, INVALID_QUERY, `Invalid JSON. ${detail}`),
  unsupportedMediaType: (contentType: string): SpError =>
    new SpError(415, INVALID_QUERY, `The content type '${contentType}' is not supported for this request.`),
  payloadTooLarge: (limit: number): SpError =>
    new SpError(413, '-2147024882, System.OutOfMemoryException', `The request body exceeds the limit of ${limit} bytes.`),
  etagMismatch: (sent: string, current: string): SpError =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`
    ),
  throttled: (): SpError =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  duplicateValues: (): SpError =>
    new SpError(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    ),
  accessDenied: (): SpError =>
    new SpError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  unauthenticated: (): SpError =>
    new SpError(
      401,
      '-2147024891, System.UnauthorizedAccessException',
      'Unauthorized: no signed-in user. The emulator signs in the user named by the header X-Trygg-User: <userPrincipalName> or the cookie trygg-user=<upn>, or the registered app named by X-Trygg-App: <clientId>.',
      { 'WWW-Authenticate': 'Bearer realm="trygg-emulator", client_id="00000003-0000-0ff1-ce00-000000000000"' }
    ),
  conversion: (edmType: string): SpError =>
    new SpError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  fieldValidation: (message: string): SpError => new SpError(400, FIELD_VALIDATION, message),
  requiredField: (title: string): SpError =>
    new SpError(400, FIELD_VALIDATION, `The field '${title}' is required. You can't leave this blank.`),
  invalidChoice: (): SpError =>
    new SpError(400, FIELD_VALIDATION, 'Invalid choice Value. A choice field contains invalid data. Please check the value and try again.'),
  invalidLookup: (): SpError =>
    new SpError(
      400,
      '-2146232832, Microsoft.SharePoint.SPInvalidLookupValuesException',
      'Invalid lookup value. A lookup field contains invalid data. Please check the value and try again.'
    ),
  userNotFound: (): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.'),
  listExists: (): SpError =>
    new SpError(400, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),
  fieldExists: (name: string): SpError =>
    new SpError(400, '-2130575342, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`),
  fileExists: (url: string): SpError =>
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${url} already exists.`),
  badRequest: (message: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.SPException', message)
};

/** Graph's errors, with the codes Graph uses. */
export const graph = {
  notFound: (resource: string): GraphError =>
    new GraphError(404, 'Request_ResourceNotFound', `Resource '${resource}' does not exist or one of its queried reference-property objects are not present.`),
  badRequest: (message: string): GraphError => new GraphError(400, 'BadRequest', message),
  unsupportedQuery: (message: string): GraphError => new GraphError(400, 'Request_UnsupportedQuery', message),
  unauthenticated: (): GraphError => new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  accessDenied: (): GraphError => new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  invalidRecipients: (): GraphError =>
    new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., Recipient is not resolved.'),
  noRecipients: (): GraphError =>
    new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is required, but none were found.'),
  invalidBody: (message: string): GraphError => new GraphError(400, 'ErrorInvalidRequest', message),
  methodNotAllowed: (): GraphError =>
    new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  tooLarge: (): GraphError => new GraphError(413, 'RequestEntityTooLarge', 'The request body is too large.')
};

export function spErrorBody(e: SpError): string {
  return JSON.stringify({ 'odata.error': { code: e.code, message: { lang: 'en-US', value: e.message } } });
}

export function graphErrorBody(e: GraphError, requestId: string, date: Date): string {
  return JSON.stringify({
    error: {
      code: e.code,
      message: e.message,
      innerError: { date: date.toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': requestId }
    }
  });
}
