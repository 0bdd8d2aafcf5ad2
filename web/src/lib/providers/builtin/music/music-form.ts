/**
 * Form: intro, body sections and an ending sized to the bar count (MUSIC.md §1d). The body is
 * cut into 4- or 8-bar phrases, each phrase gets a role from the genre's template, and
 * neighbouring phrases with the same role merge into one longer section.
 */
import type { FormKind } from './music-genres';
import type { SectionKind, SectionPlan } from './music-plan';

type Unit = { name: string; kind: SectionKind; theme: 'A' | 'B' | 'C' };

const UNITS: Record<FormKind, Record<string, Unit>> = {
  song: { V: { name: 'Verse', kind: 'mid', theme: 'A' }, C: { name: 'Chorus', kind: 'high', theme: 'B' }, B: { name: 'Bridge', kind: 'break', theme: 'C' } },
  edm: { U: { name: 'Build', kind: 'build', theme: 'A' }, D: { name: 'Drop', kind: 'high', theme: 'B' }, K: { name: 'Breakdown', kind: 'break', theme: 'C' } },
  jazz: { H: { name: 'Head', kind: 'mid', theme: 'A' }, S: { name: 'Solo', kind: 'high', theme: 'C' } },
  classical: { A: { name: 'Theme', kind: 'mid', theme: 'A' }, B: { name: 'Episode', kind: 'high', theme: 'B' } },
  ambient: { A: { name: 'Drift', kind: 'low', theme: 'A' }, B: { name: 'Bloom', kind: 'mid', theme: 'B' } },
  cinematic: { I: { name: 'Act I', kind: 'low', theme: 'A' }, J: { name: 'Act II', kind: 'mid', theme: 'A' }, K: { name: 'Act III', kind: 'high', theme: 'B' } },
};

/** Phrase roles for 1…10 phrases (120 s at the fastest tempo needs 10); longer bodies stretch the last. */
const TEMPLATES: Partial<Record<FormKind, readonly string[]>> = {
  song: ['C', 'VC', 'VCC', 'VCVC', 'VCVBC', 'VCVCBC', 'VCVCBCC', 'VVCVCBCC', 'VVCCVCBCC', 'VVCCVVCBCC'],
  edm: ['D', 'UD', 'UDD', 'UDKD', 'UDKUD', 'UDDKUD', 'UDDKUDD', 'UDDKKUDD', 'UDDDKUDDD', 'UDDDKKUDDD'],
  jazz: ['H', 'HH', 'HSH', 'HSSH', 'HHSSH', 'HHSSHH', 'HHSSSHH', 'HHSSSSHH', 'HHHSSSSHH', 'HHHSSSSHHH'],
};

/** Three-part forms (ABA, three acts) split the phrases instead: B or the last act gets the extra. */
const ARCS: Partial<Record<FormKind, readonly [string, string, string]>> = {
  classical: ['A', 'B', 'A'],
  ambient: ['A', 'B', 'A'],
  cinematic: ['I', 'J', 'K'],
};

function phraseRoles(form: FormKind, count: number): string[] {
  const arc = ARCS[form];
  if (arc) {
    if (count < 3) return count === 1 ? [arc[2]] : [arc[0], arc[2]].slice(0, count);
    const first = Math.floor(count / 3);
    const last = form === 'cinematic' ? Math.ceil(count / 3) : first;
    return [...Array<string>(first).fill(arc[0]), ...Array<string>(count - first - last).fill(arc[1]), ...Array<string>(last).fill(arc[2])];
  }
  const templates = TEMPLATES[form]!;
  const longest = templates[templates.length - 1]!;
  if (count <= templates.length) return [...templates[count - 1]!];
  return [...longest, ...Array<string>(count - longest.length).fill(longest[longest.length - 1]!)];
}

export function introOutroBars(totalBars: number): [number, number] {
  const intro = totalBars <= 8 ? 1 : totalBars <= 18 ? 2 : 4;
  const outro = totalBars <= 8 ? 1 : totalBars <= 22 ? 2 : 4;
  return [intro, outro];
}

/** Cost of a bar count whose body does not split into whole 4-bar phrases. */
export function formBarPenalty(totalBars: number): number {
  const [intro, outro] = introOutroBars(totalBars);
  const body = totalBars - intro - outro;
  if (body < 2) return 50;
  return body % 4 === 0 ? 0 : body % 2 === 0 ? 3 : 8;
}

const BASE_ENERGY: Record<SectionKind, number> = { intro: 0.35, low: 0.45, mid: 0.6, high: 0.85, break: 0.45, build: 0.7, outro: 0.45 };

export function planSections(totalBars: number, form: FormKind, crescendo: boolean, hipHop: boolean): SectionPlan[] {
  const [intro, outro] = introOutroBars(totalBars);
  const body = totalBars - intro - outro;
  const phrase = body >= 32 ? 8 : 4;
  const count = Math.max(1, Math.floor(body / phrase));
  const roles = phraseRoles(form, count);
  const units: { unit: Unit; bars: number }[] = [];
  roles.forEach((role, index) => {
    const unit = UNITS[form][role]!;
    const bars = count === 1 ? body : phrase + (index === roles.length - 1 ? body - count * phrase : 0);
    const previous = units[units.length - 1];
    if (previous && previous.unit === unit) previous.bars += bars;
    else units.push({ unit, bars });
  });

  const sections: SectionPlan[] = [];
  const seen = new Map<string, number>();
  let bar = 0;
  const push = (unit: Unit, bars: number) => {
    const name = hipHop && unit.name === 'Chorus' ? 'Hook' : unit.name;
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    const label = occurrence > 1 && form !== 'classical' && form !== 'ambient' ? `${name} ${occurrence}` : name;
    sections.push({ name: label, kind: unit.kind, theme: unit.theme, startBar: bar, bars, energy: BASE_ENERGY[unit.kind], last: false });
    bar += bars;
  };
  push({ name: 'Intro', kind: 'intro', theme: 'A' }, intro);
  for (const { unit, bars } of units) push(unit, bars);
  push({ name: form === 'classical' ? 'Coda' : 'Outro', kind: 'outro', theme: 'A' }, outro);

  const lastHigh = sections.findLastIndex((section) => section.kind === 'high');
  if (lastHigh >= 0) sections[lastHigh]!.energy = Math.min(1, sections[lastHigh]!.energy + 0.1);
  if (form === 'ambient' && sections.length > 3) sections[sections.length - 2]!.name = 'Dissolve';
  if (crescendo) {
    sections.forEach((section, index) => {
      const progress = index / Math.max(1, sections.length - 2);
      section.energy = section.kind === 'outro' ? 0.6 : Math.min(1, 0.3 + 0.7 * progress);
    });
  }
  sections[sections.length - 1]!.last = true;
  return sections;
}
