/** Goals, PDSA, exercises, self-assessments, the annual report and "Min säkerhet": a chunk of their own. */
import { GoalsService } from '../pdsa/GoalsService';
import { ExercisesService } from '../pdsa/ExercisesService';
import { SelfAssessmentService } from '../pdsa/SelfAssessmentService';
import { PdsaDashboardService } from '../pdsa/PdsaDashboardService';
import { AnnualReportService } from '../pdsa/AnnualReportService';
import { MySecurityService } from '../home/MySecurityService';
import { IServiceGroupDependencies } from './dependencies';

export function pdsaServices(deps: IServiceGroupDependencies): {
  goals: GoalsService;
  exercises: ExercisesService;
  selfAssessments: SelfAssessmentService;
  pdsa: PdsaDashboardService;
  annualReport: AnnualReportService;
  mySecurity: MySecurityService;
} {
  const { sp, reads, currentUser, units, now } = deps;
  return {
    goals: new GoalsService({ sp, reads, currentUser, units, now }),
    exercises: new ExercisesService({ sp, reads, currentUser, units, now }),
    selfAssessments: new SelfAssessmentService({ sp, reads, currentUser, units, now }),
    pdsa: new PdsaDashboardService({ sp, reads, currentUser, units, now }),
    // Gathers from the whole set: it reads the other services when a report is built.
    annualReport: new AnnualReportService(deps.services, deps.loadGroups),
    mySecurity: new MySecurityService({ sp, currentUser, now })
  };
}
