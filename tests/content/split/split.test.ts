import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAcronymExpansions } from '../../../lib/content/split/acronyms';
import { FEATURE_NAMES } from '../../../lib/content/split/features';
import { splitBullet, splitBulletWith, getShippedModel } from '../../../lib/content/split';
import { createLexicon, decodeLexicon, encodeLexicon, type LexicalEntry } from '../../../lib/content/split/lexicon';
import { loadModel } from '../../../lib/content/split/model';
import { tokenize } from '../../../lib/content/split/tokens';
import { htmlToText } from '../../../scripts/split-training/api-corpus';
import { fitWeights } from '../../../scripts/split-training/fit';
import { chooseUncertaintyThreshold, type Prediction } from '../../../scripts/split-training/train';
import { SPLIT_MODEL } from '../../../lib/content/split/weights.generated';
import { parseTextPage } from '../../../lib/content/text-page';

const SEED_TITLES = [
  'Implement Xen PVUSB support in xl/libxl toolstack',
  'Lazy Restore Using Memory Paging',
  'MirageOS cloud API support',
  'Parallel xenwatch kthread',
  'Xen Hypervisor-- HVM per-event-channel interrupts',
];

function page(bullets: string): string {
  return `GSoC/GCI Archive\nGoogle Summer of Code 2014\n\nXen Project\n\nProjects\n\n${bullets}\n`;
}

describe('splitBullet on the seed page', () => {
  const source = readFileSync('content/xen-project-2014.txt', 'utf8');
  const parsed = parseTextPage(source, 'xen-project-2014.txt');
  const bullets = source
    .split('\n')
    .filter((line) => line.trimStart().startsWith('•'))
    .map((line) => line.replace(/^\s*•\s*/, '').trim());

  it('splits the five 2014 Xen Project titles exactly', () => {
    expect(parsed.projects.map((project) => project.fields.title?.value)).toEqual(SEED_TITLES);
  });

  it('gives each project the rest of its line as the abstract', () => {
    parsed.projects.forEach((project, index) => {
      const bullet = bullets[index]!;
      expect(bullet.startsWith(SEED_TITLES[index]!)).toBe(true);
      expect(project.fields.abstract?.value).toBe(bullet.slice(SEED_TITLES[index]!.length).trim());
    });
  });
});

describe('splitBullet', () => {
  it('returns exact slices of the text, keeping its spacing', () => {
    const text = 'Lazy Restore Using Memory Paging  VM save/restore   functionality is one of the most commonly used.';
    const { title, abstract } = splitBullet(text);
    expect(title).toBe('Lazy Restore Using Memory Paging');
    expect(abstract).toBe('VM save/restore   functionality is one of the most commonly used.');
    expect(text.startsWith(title)).toBe(true);
    expect(text.endsWith(abstract)).toBe(true);
  });

  it('cuts only between words, so title and abstract together are the whole text', () => {
    const text = 'Chart4Web: A Chart(Plot) Rendering Library On Top Of Canvas\tChart rendering is slow on mobile devices.';
    const { title, abstract } = splitBullet(text, { organization: 'Canvas Foundation' });
    expect(title.length).toBeGreaterThan(0);
    expect(`${title}${text.slice(title.length, text.length - abstract.length)}${abstract}`).toBe(text);
    expect(text.slice(title.length, text.length - abstract.length).trim()).toBe('');
  });

  it('makes a one-word bullet a title without an abstract', () => {
    expect(splitBullet('Quillmark')).toEqual({ title: 'Quillmark', abstract: '', uncertain: false });
  });

  it('keeps a bullet that is only a title whole', () => {
    for (const title of ['Implement Xen PVUSB support in xl/libxl toolstack', 'A Graphical Editor for Sensor Networks']) {
      expect(splitBullet(title)).toMatchObject({ title, abstract: '' });
    }
  });

  it('never lets a title end inside an open bracket when a sentence follows it', () => {
    const { title } = splitBullet('Inventory Module (Stock Tracking with Item catalogue) This module tracks stock across sites.');
    expect(title).toBe('Inventory Module (Stock Tracking with Item catalogue)');
  });

  it('is sure of a plain case, and warns whenever the best cut falls below the threshold', () => {
    expect(splitBullet('Parallel xenwatch kthread I am a past OPW intern and I worked on the boot process.').uncertain).toBe(false);
    const model = getShippedModel();
    const alwaysUnsure = { ...model, uncertainBelow: 1.01 };
    expect(splitBulletWith(alwaysUnsure, 'Parallel xenwatch kthread I am a past OPW intern.').uncertain).toBe(true);
  });
});

describe('the text parser with an indented abstract', () => {
  it('does not call the splitter: the bullet is the title, the indented lines the abstract', () => {
    const calls: string[] = [];
    const parsed = parseTextPage(page('  • Lazy Restore Using Memory Paging\n      VM save/restore is slow.\n      It loads the whole image.'), 'x.txt', {
      splitBullet: (text) => {
        calls.push(text);
        return { title: 'wrong', abstract: 'wrong', uncertain: true };
      },
    });
    expect(calls).toEqual([]);
    expect(parsed.projects[0]?.fields.title?.value).toBe('Lazy Restore Using Memory Paging');
    expect(parsed.projects[0]?.fields.abstract?.value).toBe('VM save/restore is slow. It loads the whole image.');
    expect(parsed.issues.filter((issue) => issue.message.startsWith('uncertain'))).toEqual([]);
  });
});

describe('the shipped weights', () => {
  it('weigh every feature the splitter computes (retrain with npm run train:split after changing features)', () => {
    expect(Object.keys(SPLIT_MODEL.weights).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  it('warn on a probability strictly between 0 and 1', () => {
    expect(SPLIT_MODEL.uncertainBelow).toBeGreaterThan(0);
    expect(SPLIT_MODEL.uncertainBelow).toBeLessThan(1);
  });

  it('are refused when they name a feature the splitter no longer has', () => {
    expect(() => loadModel({ ...SPLIT_MODEL, weights: { ...SPLIT_MODEL.weights, 'no such feature': 1 } })).toThrow(/no such feature/);
  });
});

describe('the lexicon', () => {
  const entries = new Map<string, LexicalEntry>([
    ['', { title: 0.9, start: 0.2, end: 0.7, opens: 0.1, capitalized: 0.4 }],
    ['the', { title: -1.6, start: 1.2, end: -7.5, opens: 2.5, capitalized: 0 }],
    ['a`b${c}', { title: 0.3, start: -0.1, end: 0, opens: 0, capitalized: 1 }],
  ]);

  it('round-trips through its text encoding', () => {
    expect(decodeLexicon(encodeLexicon(entries))).toEqual(entries);
  });

  it('gives unknown words the shared entry', () => {
    expect(createLexicon(entries).lookup('xenwatch')).toEqual(entries.get(''));
  });

  it('keys words without their punctuation, one kind of apostrophe, in lowercase', () => {
    expect(tokenize('(PMR), I’m  "Done".').map((token) => token.key)).toEqual(['pmr', "i'm", 'done']);
    expect(tokenize('a  b').map((token) => token.start)).toEqual([0, 3]);
  });
});

describe('acronym expansions', () => {
  it('find an acronym spelled out in brackets or after the title names it', () => {
    const tokens = tokenize('Add Sensor Support to PMR Portable Map Renderer (PMR) is an implementation of a renderer');
    const { starts, inside } = findAcronymExpansions(tokens, 60);
    expect([...starts]).toEqual([5]);
    expect([...inside].sort()).toEqual([6, 7]);
  });

  it('read the capitals of a compound word', () => {
    const { starts } = findAcronymExpansions(tokenize('WSTL integration WebSocket Transport Layer is a browser feature'), 60);
    expect([...starts]).toEqual([2]);
  });

  it('find nothing in words that spell no acronym', () => {
    const { starts, inside } = findAcronymExpansions(tokenize('Improving Beacon Tests Beacon is the signal module of the toolkit'), 60);
    expect(starts.size + inside.size).toBe(0);
  });
});

describe('training helpers', () => {
  it('fit weights that pick the marked candidate, the same on every run', () => {
    const example = (gold: number) => ({
      features: [0, 1, 2].map((candidate) => Float64Array.from([candidate === gold ? 1 : 0, candidate])),
      gold,
    });
    const examples = [example(0), example(1), example(2), example(1)];
    const weights = fitWeights(examples, 2, { l2: 0.1, iterations: 30 });
    expect(weights[0]).toBeGreaterThan(2);
    expect(fitWeights(examples, 2, { l2: 0.1, iterations: 30 })).toEqual(weights);
  });

  it('choose the lowest threshold that keeps unwarned splits right often enough', () => {
    const predictions = [0.99, 0.95, 0.9, 0.8, 0.6, 0.5].map(
      (probability, index) => ({ probability, correct: index !== 3 && index !== 5 }) as Prediction,
    );
    // Above 0.85 all three are right; going down to 0.6 brings one wrong of five (80%).
    expect(chooseUncertaintyThreshold(predictions, 0.95)).toBeCloseTo(0.85);
    expect(chooseUncertaintyThreshold(predictions, 0.8)).toBeCloseTo(0.55);
  });

  it('reduce archive HTML to text', () => {
    expect(htmlToText('<p>Tom &amp; Jerry&#39;s <strong>app</strong></p>')).toBe(" Tom & Jerry's  app  ");
  });
});
