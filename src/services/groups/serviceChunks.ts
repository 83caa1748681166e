/**
 * The service groups' chunks, one import each: composeTryggServices loads a group on its first call,
 * and a web part that knows it needs one starts it in onInit (TryggWebPartBase.preloadChunks), so the
 * chunk arrives alongside the deviation services rather than after the first render asks for it.
 * Small on purpose: web part bundles import this module, not the groups.
 */
export const loadRiskServices = (): Promise<typeof import('./riskServices')> => import(/* webpackChunkName: 'trygg-risk-services' */ './riskServices');
export const loadDocumentServices = (): Promise<typeof import('./documentServices')> => import(/* webpackChunkName: 'trygg-document-services' */ './documentServices');
export const loadPdsaServices = (): Promise<typeof import('./pdsaServices')> => import(/* webpackChunkName: 'trygg-pdsa-services' */ './pdsaServices');
