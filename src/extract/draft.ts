// Helpers parsers share: a new draft with every field at its neutral value, and the actor
// before or after a verb.
import type { ActorRef, EventType, Span } from '../core/index.js';
import type { DocumentContext, Draft, PlacePhrase, SentenceInput } from './types.js';

export function newDraft(type: EventType, parser: string, input: SentenceInput, trigger: Span, place: PlacePhrase): Draft {
  return {
    type,
    parser,
    sentence: input.index,
    trigger,
    place,
    actor: null,
    fromActor: null,
    count: null,
    total: null,
    fraction: null,
    withoutFight: null,
    status: 'reported',
    attributedTo: null,
    date: null,
    datePrecision: null,
    modality: null,
  };
}

/** The actor named closest before `at` (sentence offset) that is not part of a place phrase: the subject of an active verb. */
export function actorBefore(input: SentenceInput, ctx: DocumentContext, at: number, places: PlacePhrase[] = [], subjectOnly = false): ActorRef | null {
  const abs = input.sentence.start + at;
  const text = input.sentence.text;
  const start = input.sentence.start;
  // With subjectOnly, an actor after a preposition ("surrendered to the Taliban and fled") is not the one who acts.
  const isObject = (a: ActorRef) => /\b(?:to|by|with|against|from|between)\s+$/i.test(text.slice(Math.max(0, a.span!.start - start - 12), a.span!.start - start));
  const before = ctx.actorsIn(input.index).filter((a) => a.span!.end <= abs && !places.some((p) => overlaps(p.span, a.span!)) && !(subjectOnly && isObject(a)));
  return before[before.length - 1] ?? null;
}

/** The actor named right after `at` (within a few words): the agent after "by", the winner after "fell to". */
export function actorAfter(input: SentenceInput, ctx: DocumentContext, at: number, within = 40): ActorRef | null {
  const abs = input.sentence.start + at;
  // A mention may begin just before `at` ("the Taliban" after a verb phrase that ate "the").
  return ctx.actorsIn(input.index).find((a) => a.span!.end > abs && a.span!.start >= abs - 4 && a.span!.start - abs <= within) ?? null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Absolute span of a regex match inside the sentence. */
export function spanOf(input: SentenceInput, index: number, length: number): Span {
  return { start: input.sentence.start + index, end: input.sentence.start + index + length };
}

/** Drop place phrases that are really actor names ("Taliban", "Kabul" as the government is kept: it is a place). */
export function withoutActors(places: PlacePhrase[], input: SentenceInput, ctx: DocumentContext): PlacePhrase[] {
  const actors = ctx.actorsIn(input.index);
  return places.filter((p) => !actors.some((a) => a.span!.start <= p.span.start && p.span.end <= a.span!.end));
}

/** Where an event with no place in its sentence happened: the place named last before it ("the forces pulled out"). */
export function implicitPlace(input: SentenceInput, at: number): PlacePhrase {
  const abs = input.sentence.start + at;
  return { text: '', span: { start: abs, end: abs }, pointer: true };
}
