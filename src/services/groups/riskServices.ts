/** The risk register's services: a chunk of their own, loaded when a view first calls one. */
import { RiskRegisterService } from '../risks/RiskRegisterService';
import { RiskImportService } from '../risks/RiskImportService';
import { ScanningService } from '../risks/ScanningService';
import { RiskRepository } from '../risks/RiskRepository';
import { IServiceGroupDependencies } from './dependencies';

export function riskServices(deps: IServiceGroupDependencies): { risks: RiskRegisterService; riskImport: RiskImportService; scanning: ScanningService } {
  const { sp, reads, currentUser, units, people, directory, now } = deps;
  return {
    risks: new RiskRegisterService({ sp, reads, currentUser, units, people, decisions: deps.functionGateway, now }),
    riskImport: new RiskImportService({ risks: new RiskRepository(sp), people, directory, currentUser, units, now }),
    scanning: new ScanningService({ sp, currentUser, units, now })
  };
}
