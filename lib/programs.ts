/**
 * The programs the archive covers. A program has a stable id (used in data and filters), the
 * name archive pages print, and the path segment its years get under an organization, so that
 * an organization's Code-in 2014 never collides with its Summer of Code 2014.
 */
export const PROGRAMS = Object.freeze([
  {
    id: 'gsoc',
    name: 'Google Summer of Code',
    shortName: 'GSoC',
    firstYear: 2005,
    editionPrefix: '',
  },
  {
    id: 'gci',
    name: 'Google Code-in',
    shortName: 'GCI',
    firstYear: 2010,
    editionPrefix: 'code-in-',
  },
] as const);

export type Program = (typeof PROGRAMS)[number];
export type ProgramId = Program['id'];
export type ProgramName = Program['name'];

export const PROGRAM_IDS = PROGRAMS.map((program) => program.id) as [ProgramId, ...ProgramId[]];
export const PROGRAM_NAMES = PROGRAMS.map((program) => program.name) as [ProgramName, ...ProgramName[]];

/** The last year a page may claim: next year, so a curator can add an announced edition. */
export const LAST_YEAR = new Date().getUTCFullYear() + 1;

/** Finds a program by its id or its name, ignoring case and spacing ("gsoc", "Google Code-in"). */
export function findProgram(idOrName: string): Program | undefined {
  const wanted = idOrName.trim().replace(/\s+/g, ' ').toLowerCase();
  return PROGRAMS.find((program) => program.id === wanted || program.name.toLowerCase() === wanted);
}

export function programById(id: ProgramId): Program {
  const program = PROGRAMS.find((candidate) => candidate.id === id);
  if (!program) throw new Error(`Unknown program id ${id}`);
  return program;
}

/** One year of one program: Google Summer of Code 2014. Every organization-year belongs to one. */
export interface Edition {
  programId: ProgramId;
  year: number;
}

/** The URL segment of an edition: "2014" for GSoC 2014, "code-in-2014" for GCI 2014. */
export function editionSegment({ programId, year }: Edition): string {
  return `${programById(programId).editionPrefix}${year}`;
}

/** Reads an edition segment back ("code-in-2014" → gci 2014); undefined when it is not one. */
export function parseEditionSegment(segment: string): Edition | undefined {
  const match = /^(.*?)(\d{4})$/.exec(segment);
  if (!match) return undefined;
  const program = PROGRAMS.find((candidate) => candidate.editionPrefix === match[1]);
  return program ? { programId: program.id, year: Number(match[2]) } : undefined;
}

/** "Google Summer of Code 2014", for headings and messages. */
export function editionName(edition: Edition): string {
  return `${programById(edition.programId).name} ${edition.year}`;
}
