/** The governing documents' service: a chunk of its own, loaded when a view first calls it. */
import { GoverningDocumentsService } from '../documents/GoverningDocumentsService';
import { IServiceGroupDependencies } from './dependencies';

export function documentServices(deps: IServiceGroupDependencies): { documents: GoverningDocumentsService } {
  const { sp, reads, currentUser, units, directory, now } = deps;
  return { documents: new GoverningDocumentsService({ sp, reads, currentUser, units, directory, gateway: deps.functionGateway.documents, now }) };
}
