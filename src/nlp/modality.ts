// Negation and modality: whether the words before an event's verb say it did not happen
// ("did not fall", "no district was lost") or has not happened yet ("could fall", "threatened
// to take", "closing in on", "attempt to capture", "plans to", "would").

export type Modality = 'negated' | 'hypothetical' | 'approach';

const NEGATION = /\b(?:not|never|no|none|nor|neither|without being|failed to|n't)\b|n['’]t\b/i;
const HYPOTHETICAL = new RegExp(
  '\\b(?:could|would|might|will|shall|should|if|unless|whether|likely to|expected to|set to|poised to|about to|' +
    'threaten(?:s|ed|ing)? to|plan(?:s|ned|ning)? to|attempt(?:s|ed|ing)? to|an attempt to|tr(?:y|ies|ied|ying) to|' +
    'fight(?:s|ing)? to|fought to|push(?:es|ed|ing)? to|vow(?:s|ed|ing)? to(?! have)|aim(?:s|ed|ing)? to|bid to|effort to|seek(?:s|ing)? to|sought to|' +
    'intend(?:s|ed)? to|want(?:s|ed)? to|wish(?:es)? to|hope(?:s|d)? to|prepar(?:e|es|ed|ing) to|ready to|risk of|fear(?:s|ed)?|danger of|warn(?:s|ed)?|' +
    'operation to|offensive to|order(?:s|ed)? to|mov(?:e|es|ed|ing) to|in order to)\\b',
  'i',
);
const APPROACH = /\b(?:closing in on|clos(?:e|es|ed|ing) in|advanc(?:e|es|ed|ing) (?:on|toward|towards)|encircl\w*|besieg\w*|surround\w*|on the outskirts of|at the gates of|march(?:ed|ing)? on)\b/i;

/** The clause before `at` (back to the last ; : or sentence start, at most ~80 characters). */
function clauseBefore(sentence: string, at: number): string {
  const from = Math.max(0, at - 80);
  const window = sentence.slice(from, at);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf('—'), window.lastIndexOf(' – '));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** The modality of an event whose trigger starts at `at` in `sentence`, or null when stated as fact. */
export function modalityAt(sentence: string, at: number): Modality | null {
  const before = clauseBefore(sentence, at);
  // Negation reaches back to the start of its own clause only ("received no help and surrendered").
  const near = lastWords(before.split(/,|\band\b|\bbut\b/).pop() ?? before, 5);
  if (NEGATION.test(near)) return 'negated';
  if (HYPOTHETICAL.test(lastWords(before, 7))) return 'hypothetical';
  if (APPROACH.test(near)) return 'approach';
  return null;
}

function lastWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}
