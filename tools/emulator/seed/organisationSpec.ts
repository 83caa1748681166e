import { UnitLevel } from '../../../src/domain/organisation';
import { IPersonaSpec, PERSONAS } from './personas';

/** What kind of workplace an enhet is: decides which events plausibly happen there. */
export type UnitKind =
  | 'akut'
  | 'iva'
  | 'op'
  | 'amb'
  | 'avd'
  | 'vc'
  | 'psyk'
  | 'fastighet'
  | 'sakerhetsteknik'
  | 'it'
  | 'transport'
  | 'forrad'
  | 'tlc'
  | 'depa'
  | 'kundservice'
  | 'ekonomi'
  | 'kansli';

/** A person placed in a unit: a persona, or a generated name with this job title. */
export interface IStaffSpec {
  readonly jobTitle: string;
  readonly persona?: IPersonaSpec;
  readonly noManager?: boolean;
  readonly roles?: IPersonaSpec['roles'];
  /** Directory department when it is not the unit's (external staff). */
  readonly department?: string;
}

export interface IUnitSpec {
  readonly code: string;
  readonly title: string;
  readonly level: UnitLevel;
  readonly parent?: string;
  readonly kind?: UnitKind;
  /** Address used for locations and the directory's officeLocation. */
  readonly site: string;
  readonly manager: IStaffSpec;
  readonly managerAbsent?: boolean;
  /** Job title of the staff member in this unit who stands in for an absent manager. */
  readonly substituteTitle?: string;
  /** [unit code, job title]: who the unit's security coordinator is (the unit's manager or staff). */
  readonly coordinator?: readonly [string, string];
  /** Staff other than the manager: counts of generated people per job title, and named people. */
  readonly staff: readonly (readonly [string, number] | IStaffSpec)[];
}

const SJH = 'Sjukhuset i Exempelby';
const HOSPITAL_COORDINATOR = ['RE-SJH', PERSONAS.securityCoordinator.jobTitle] as const;
const chief = (jobTitle: string): IStaffSpec => ({ jobTitle });

/**
 * Region Exempel: region → förvaltningar → verksamheter → enheter. Parents come before children.
 * The region's own coordinator is the regional security chief: the product routes to the root
 * unit's coordinator as the security function. Kollektivtrafik's coordinator post is vacant, so
 * its cases without a manager go up to the region.
 */
export const UNIT_SPECS: readonly IUnitSpec[] = [
  {
    code: 'RE', title: 'Region Exempel', level: 'Region', site: 'Regionhuset Exempelby',
    manager: chief('Regiondirektör'), coordinator: ['RE-RK-SOB', PERSONAS.securityFunction.jobTitle],
    staff: [['Regiondirektörens stabschef', 1], ['Kommunikationsdirektör', 1]]
  },
  // Förvaltningar
  {
    code: 'RE-SJH', title: SJH, level: 'Förvaltning', parent: 'RE', site: `${SJH}, hus 10`,
    manager: chief('Förvaltningschef'), coordinator: HOSPITAL_COORDINATOR,
    staff: [{ jobTitle: PERSONAS.securityCoordinator.jobTitle, persona: PERSONAS.securityCoordinator }, ['Controller', 1], ['HR-strateg', 1], ['Chefläkare', 1]]
  },
  {
    code: 'RE-PV', title: 'Primärvård Exempel', level: 'Förvaltning', parent: 'RE', site: 'Primärvårdens kansli, Storgatan 12, Exempelby',
    manager: chief('Förvaltningschef'), coordinator: ['RE-PV', 'Säkerhetssamordnare'],
    staff: [['Säkerhetssamordnare', 1], ['Controller', 1], ['HR-strateg', 1]]
  },
  {
    code: 'RE-PSY', title: 'Psykiatri Exempel', level: 'Förvaltning', parent: 'RE', site: 'Psykiatrihuset, Exempelby',
    manager: chief('Förvaltningschef'), coordinator: ['RE-PSY', 'Säkerhetssamordnare'],
    staff: [['Säkerhetssamordnare', 1], ['Controller', 1], ['HR-strateg', 1]]
  },
  {
    code: 'RE-RS', title: 'Regionservice', level: 'Förvaltning', parent: 'RE', site: 'Regionservicehuset, Industrigatan 8, Exempelby',
    manager: chief('Förvaltningschef'), coordinator: ['RE-RS', 'Säkerhetssamordnare'],
    staff: [['Säkerhetssamordnare', 1], ['Controller', 1], ['Miljöstrateg', 1]]
  },
  {
    code: 'RE-KT', title: 'Kollektivtrafik Exempel', level: 'Förvaltning', parent: 'RE', site: 'Resecentrum Exempelby, plan 3',
    manager: chief('Förvaltningschef'),
    staff: [['Controller', 1], ['Avtalsförvaltare trafik', 1]]
  },
  {
    code: 'RE-RK', title: 'Regionkansliet', level: 'Förvaltning', parent: 'RE', site: 'Regionhuset Exempelby',
    manager: chief('Kanslichef'), coordinator: ['RE-RK-SAK', 'Säkerhetssamordnare'],
    staff: [['Nämndsekreterare', 1], ['Jurist', 1]]
  },
  // Sjukhuset i Exempelby: the hospital's coordinator covers every unit.
  {
    code: 'RE-SJH-AKV', title: 'Akutsjukvård', level: 'Verksamhet', parent: 'RE-SJH', site: `${SJH}, hus 1`,
    manager: chief('Verksamhetschef'), coordinator: HOSPITAL_COORDINATOR, staff: [['Verksamhetsutvecklare', 1]]
  },
  {
    code: 'RE-SJH-KIR', title: 'Kirurgi och ortopedi', level: 'Verksamhet', parent: 'RE-SJH', site: `${SJH}, hus 2`,
    manager: chief('Verksamhetschef'), coordinator: HOSPITAL_COORDINATOR, staff: [['Verksamhetsutvecklare', 1]]
  },
  {
    code: 'RE-SJH-MED', title: 'Medicin', level: 'Verksamhet', parent: 'RE-SJH', site: `${SJH}, hus 3`,
    manager: chief('Verksamhetschef'), coordinator: HOSPITAL_COORDINATOR, staff: []
  },
  {
    code: 'RE-SJH-AKU', title: 'Akutmottagningen', level: 'Enhet', parent: 'RE-SJH-AKV', kind: 'akut', site: `${SJH}, hus 1, plan 1`,
    manager: { jobTitle: PERSONAS.manager.jobTitle, persona: PERSONAS.manager }, coordinator: HOSPITAL_COORDINATOR,
    staff: [
      { jobTitle: PERSONAS.reporter.jobTitle, persona: PERSONAS.reporter },
      ['Sjuksköterska', 6], ['Undersköterska', 5], ['Specialistläkare', 2], ['Läkare', 1], ['Vårdadministratör', 1],
      // Staffing-agency nurse: not in the region's line organisation.
      { jobTitle: 'Sjuksköterska (bemanningsföretag)', noManager: true }
    ]
  },
  {
    code: 'RE-SJH-IVA', title: 'Intensivvårdsavdelningen', level: 'Enhet', parent: 'RE-SJH-AKV', kind: 'iva', site: `${SJH}, hus 1, plan 4`,
    manager: chief('Enhetschef'), coordinator: HOSPITAL_COORDINATOR,
    staff: [['Intensivvårdssjuksköterska', 6], ['Undersköterska', 4], ['Specialistläkare', 2]]
  },
  {
    code: 'RE-SJH-AMB', title: 'Ambulanssjukvården', level: 'Enhet', parent: 'RE-SJH-AKV', kind: 'amb', site: 'Ambulansstationen Exempelby, Räddningsvägen 2',
    manager: chief('Enhetschef'), coordinator: HOSPITAL_COORDINATOR,
    staff: [['Ambulanssjuksköterska', 5], ['Ambulanssjukvårdare', 4]]
  },
  {
    code: 'RE-SJH-OP', title: 'Operationsavdelningen', level: 'Enhet', parent: 'RE-SJH-KIR', kind: 'op', site: `${SJH}, hus 2, plan 3`,
    manager: chief('Enhetschef'), coordinator: HOSPITAL_COORDINATOR,
    staff: [['Operationssjuksköterska', 5], ['Anestesisjuksköterska', 3], ['Undersköterska', 3], ['Specialistläkare', 1]]
  },
  {
    code: 'RE-SJH-ORT', title: 'Ortopedavdelning 12', level: 'Enhet', parent: 'RE-SJH-KIR', kind: 'avd', site: `${SJH}, hus 2, plan 5`,
    manager: { jobTitle: PERSONAS.absentManager.jobTitle, persona: PERSONAS.absentManager },
    managerAbsent: true, substituteTitle: PERSONAS.substitute.jobTitle, coordinator: HOSPITAL_COORDINATOR,
    staff: [
      { jobTitle: PERSONAS.substitute.jobTitle, persona: PERSONAS.substitute },
      { jobTitle: PERSONAS.reporterWithAbsentManager.jobTitle, persona: PERSONAS.reporterWithAbsentManager },
      ['Sjuksköterska', 5], ['Undersköterska', 4], ['Fysioterapeut', 1], ['Läkare', 1]
    ]
  },
  {
    code: 'RE-SJH-M21', title: 'Medicinavdelning 21', level: 'Enhet', parent: 'RE-SJH-MED', kind: 'avd', site: `${SJH}, hus 3, plan 2`,
    manager: chief('Enhetschef'), coordinator: HOSPITAL_COORDINATOR,
    staff: [['Sjuksköterska', 5], ['Undersköterska', 5], ['Arbetsterapeut', 1], ['Läkare', 1]]
  },
  // Primärvård
  {
    code: 'RE-PV-VC', title: 'Vårdcentraler', level: 'Verksamhet', parent: 'RE-PV', site: 'Primärvårdens kansli, Storgatan 12, Exempelby',
    manager: chief('Verksamhetschef'), staff: [['Medicinskt ansvarig sjuksköterska', 1]]
  },
  {
    code: 'RE-PV-NBY', title: 'Vårdcentralen Norrby', level: 'Enhet', parent: 'RE-PV-VC', kind: 'vc', site: 'Vårdcentralen Norrby, Norrby torg 3',
    manager: chief('Enhetschef'),
    staff: [['Distriktssköterska', 3], ['Specialistläkare i allmänmedicin', 2], ['Undersköterska', 2], ['Medicinsk sekreterare', 1]]
  },
  {
    // Manager on parental leave and no stand-in appointed: cases go to the security coordinator.
    code: 'RE-PV-ASE', title: 'Vårdcentralen Åsen', level: 'Enhet', parent: 'RE-PV-VC', kind: 'vc', site: 'Vårdcentralen Åsen, Åsvägen 21',
    manager: chief('Enhetschef'), managerAbsent: true,
    staff: [['Distriktssköterska', 3], ['Specialistläkare i allmänmedicin', 1], ['Undersköterska', 2], ['Kurator', 1]]
  },
  {
    code: 'RE-PV-STR', title: 'Vårdcentralen Strandby', level: 'Enhet', parent: 'RE-PV-VC', kind: 'vc', site: 'Vårdcentralen Strandby, Hamnvägen 5',
    manager: chief('Enhetschef'),
    staff: [['Distriktssköterska', 3], ['Specialistläkare i allmänmedicin', 1], ['Undersköterska', 2], ['Medicinsk sekreterare', 1]]
  },
  {
    code: 'RE-PV-HAM', title: 'Vårdcentralen Hamnen', level: 'Enhet', parent: 'RE-PV-VC', kind: 'vc', site: 'Vårdcentralen Hamnen, Kajgatan 14',
    manager: chief('Enhetschef'),
    staff: [['Distriktssköterska', 3], ['Specialistläkare i allmänmedicin', 2], ['Undersköterska', 2], ['Psykolog', 1]]
  },
  // Psykiatri
  {
    code: 'RE-PSY-VUX', title: 'Vuxenpsykiatri', level: 'Verksamhet', parent: 'RE-PSY', site: 'Psykiatrihuset, Exempelby',
    manager: chief('Verksamhetschef'), coordinator: ['RE-PSY', 'Säkerhetssamordnare'], staff: [['Verksamhetsutvecklare', 1]]
  },
  {
    code: 'RE-PSY-PAM', title: 'Psykiatriska akutmottagningen', level: 'Enhet', parent: 'RE-PSY-VUX', kind: 'psyk', site: 'Psykiatrihuset, plan 1',
    manager: chief('Enhetschef'),
    staff: [['Sjuksköterska', 3], ['Skötare', 4], ['Överläkare', 1]]
  },
  {
    code: 'RE-PSY-AVD3', title: 'Psykiatrisk heldygnsvård avdelning 3', level: 'Enhet', parent: 'RE-PSY-VUX', kind: 'psyk', site: 'Psykiatrihuset, plan 3',
    manager: chief('Enhetschef'),
    staff: [['Sjuksköterska', 3], ['Skötare', 5], ['Överläkare', 1], ['Arbetsterapeut', 1]]
  },
  {
    code: 'RE-PSY-OPV', title: 'Psykiatriska öppenvårdsmottagningen', level: 'Enhet', parent: 'RE-PSY-VUX', kind: 'psyk', site: 'Psykiatriska mottagningen, Kyrkogatan 7, Exempelby',
    manager: chief('Enhetschef'),
    staff: [['Sjuksköterska', 2], ['Psykolog', 2], ['Kurator', 2], ['Specialistläkare', 1]]
  },
  // Regionservice
  {
    code: 'RE-RS-FAS', title: 'Fastighet', level: 'Verksamhet', parent: 'RE-RS', site: 'Driftcentralen, hus 9, sjukhusområdet',
    manager: chief('Verksamhetschef'),
    staff: [
      { jobTitle: 'Brandskyddssamordnare', roles: ['documentOwner'] },
      ['Projektledare ombyggnad', 1],
      // A consultant: the directory department is the supplier's, which matches no unit.
      { jobTitle: 'Byggprojektledare (konsult)', noManager: true, department: 'Extern konsult' }
    ]
  },
  {
    code: 'RE-RS-FDR', title: 'Fastighetsdrift', level: 'Enhet', parent: 'RE-RS-FAS', kind: 'fastighet', site: 'Driftcentralen, hus 9, sjukhusområdet',
    manager: chief('Driftchef'),
    staff: [['Fastighetstekniker', 4], ['Drifttekniker', 3], ['Elektriker', 2], ['Driftingenjör', 1]]
  },
  {
    code: 'RE-RS-STK', title: 'Säkerhetsteknik', level: 'Enhet', parent: 'RE-RS-FAS', kind: 'sakerhetsteknik', site: 'Driftcentralen, hus 9, sjukhusområdet',
    manager: chief('Enhetschef'),
    staff: [['Säkerhetstekniker', 3], ['Låstekniker', 1], ['Passerkortsadministratör', 2]]
  },
  {
    code: 'RE-RS-IT', title: 'IT och digitalisering', level: 'Verksamhet', parent: 'RE-RS', site: 'Regionhuset Exempelby, plan 2',
    manager: chief('IT-chef'), coordinator: ['RE-RS-IT', 'IT-säkerhetssamordnare'],
    staff: [
      ['IT-säkerhetssamordnare', 1],
      { jobTitle: PERSONAS.admin.jobTitle, persona: PERSONAS.admin },
      { jobTitle: 'Systemförvaltare', roles: ['admin'] }
    ]
  },
  {
    code: 'RE-RS-ITD', title: 'IT-drift', level: 'Enhet', parent: 'RE-RS-IT', kind: 'it', site: 'Regionhuset Exempelby, plan 1',
    manager: chief('Driftchef IT'),
    staff: [
      { jobTitle: PERSONAS.reporterWithoutManager.jobTitle, persona: PERSONAS.reporterWithoutManager },
      ['IT-tekniker', 3], ['Systemtekniker', 2], ['Nätverkstekniker', 2], ['Databasadministratör', 1]
    ]
  },
  {
    code: 'RE-RS-ITS', title: 'IT-servicedesk', level: 'Enhet', parent: 'RE-RS-IT', kind: 'it', site: 'Regionhuset Exempelby, plan 1',
    manager: chief('Enhetschef'),
    staff: [['Servicedesktekniker', 5], ['IT-tekniker', 2]]
  },
  {
    code: 'RE-RS-LOG', title: 'Logistik', level: 'Verksamhet', parent: 'RE-RS', site: 'Centralförrådet, Lagervägen 4, Exempelby',
    manager: chief('Verksamhetschef'), staff: []
  },
  {
    code: 'RE-RS-TRP', title: 'Transporter', level: 'Enhet', parent: 'RE-RS-LOG', kind: 'transport', site: 'Transportcentralen, Industrigatan 10, Exempelby',
    manager: chief('Transportchef'),
    staff: [['Transportledare', 1], ['Patienttransportör', 4], ['Chaufför', 3]]
  },
  {
    code: 'RE-RS-FOR', title: 'Centralförrådet', level: 'Enhet', parent: 'RE-RS-LOG', kind: 'forrad', site: 'Centralförrådet, Lagervägen 4, Exempelby',
    manager: chief('Enhetschef'),
    staff: [['Lagerarbetare', 4], ['Logistiker', 2]]
  },
  // Kollektivtrafik
  {
    code: 'RE-KT-TRD', title: 'Trafik och drift', level: 'Verksamhet', parent: 'RE-KT', site: 'Resecentrum Exempelby, plan 3',
    manager: chief('Trafikchef'), staff: [['Trafikplanerare', 2]]
  },
  {
    code: 'RE-KT-TLC', title: 'Trafikledningscentralen', level: 'Enhet', parent: 'RE-KT-TRD', kind: 'tlc', site: 'Trafikledningscentralen, Resecentrum Exempelby',
    manager: chief('Enhetschef'),
    staff: [
      ['Trafikledare', 6], ['Trafikinformatör', 2],
      // Newly hired; not yet connected to a manager in the directory.
      { jobTitle: 'Trafikledare', noManager: true }
    ]
  },
  {
    code: 'RE-KT-DEP', title: 'Depå Exempelby', level: 'Enhet', parent: 'RE-KT-TRD', kind: 'depa', site: 'Bussdepån Exempelby, Verkstadsvägen 3',
    manager: chief('Depåchef'), managerAbsent: true, substituteTitle: 'Biträdande depåchef',
    staff: [['Biträdande depåchef', 1], ['Fordonstekniker', 4], ['Depåarbetare', 3], ['Miljösamordnare', 1]]
  },
  {
    code: 'RE-KT-KOF', title: 'Kund och försäljning', level: 'Verksamhet', parent: 'RE-KT', site: 'Resecentrum Exempelby, plan 3',
    manager: chief('Verksamhetschef'), staff: []
  },
  {
    code: 'RE-KT-KUN', title: 'Resecentrum och kundservice', level: 'Enhet', parent: 'RE-KT-KOF', kind: 'kundservice', site: 'Resecentrum Exempelby',
    manager: chief('Enhetschef'),
    staff: [['Kundtjänstmedarbetare', 4], ['Kundvärd', 3], ['Biljettkontrollant', 2]]
  },
  // Regionkansliet
  {
    code: 'RE-RK-EKO', title: 'Ekonomi', level: 'Verksamhet', parent: 'RE-RK', site: 'Regionhuset Exempelby, plan 4',
    manager: chief('Ekonomidirektör'), staff: [['Controller', 1]]
  },
  {
    code: 'RE-RK-RED', title: 'Redovisning', level: 'Enhet', parent: 'RE-RK-EKO', kind: 'ekonomi', site: 'Regionhuset Exempelby, plan 4',
    manager: chief('Redovisningschef'),
    staff: [['Redovisningsekonom', 3], ['Ekonom', 2], ['Ekonomiassistent', 2]]
  },
  {
    code: 'RE-RK-INK', title: 'Inköp och upphandling', level: 'Enhet', parent: 'RE-RK-EKO', kind: 'ekonomi', site: 'Regionhuset Exempelby, plan 4',
    manager: chief('Upphandlingschef'),
    staff: [['Upphandlare', 3], ['Inköpare', 2]]
  },
  {
    code: 'RE-RK-SOB', title: 'Säkerhet och beredskap', level: 'Verksamhet', parent: 'RE-RK', site: 'Regionhuset Exempelby, plan 5',
    manager: { jobTitle: PERSONAS.securityFunction.jobTitle, persona: PERSONAS.securityFunction },
    staff: [['Beredskapssamordnare', 2]]
  },
  {
    code: 'RE-RK-SAK', title: 'Säkerhetsenheten', level: 'Enhet', parent: 'RE-RK-SOB', kind: 'kansli', site: 'Regionhuset Exempelby, plan 5',
    manager: { jobTitle: 'Enhetschef', roles: ['securityFunction'] },
    staff: [
      { jobTitle: PERSONAS.documentOwner.jobTitle, persona: PERSONAS.documentOwner },
      { jobTitle: 'Säkerhetsstrateg', roles: ['securityFunction'] },
      { jobTitle: 'Säkerhetssamordnare', roles: ['securityFunction'] },
      ['IT-säkerhetsspecialist', 1]
    ]
  }
];
