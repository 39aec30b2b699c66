/**
 * Is this page an article? Cheap enough for every page load (a few ms on a large page): it reads metadata,
 * the URL, and the text of paragraphs and links; it never clones, never asks for layout or computed style.
 * Kept apart from extraction so the costly parser never runs on home pages, section fronts and apps.
 */

import { DETECT } from './constants.ts';
import type { DetectionResult } from './types.ts';
import { formatSignal, type Signal } from './detect/signal.ts';
import { hasJsonLdArticle, microdataSignal, structuredSignals } from './detect/structured.ts';
import { elementSignals, textSignals } from './detect/text.ts';
import { urlSignals } from './detect/url.ts';

export function detectArticle(doc: Document, url: string): DetectionResult {
  const signals: Signal[] = [...structuredSignals(doc), ...elementSignals(doc), ...textSignals(doc), ...urlSignals(url)];
  let score = signals.reduce((sum, s) => sum + s.points, 0);
  // Microdata costs a query over every element and only adds points: look only when it can decide, and
  // never when JSON-LD already named an article type.
  const undecided = score < DETECT.threshold && score + DETECT.microdataArticle >= DETECT.threshold;
  if (undecided && !hasJsonLdArticle(signals)) {
    const microdata = microdataSignal(doc);
    if (microdata) {
      signals.push(microdata);
      score += microdata.points;
    }
  }
  return {
    isArticle: score >= DETECT.threshold,
    score,
    reasons: signals.filter((s) => s.points !== 0).map(formatSignal),
  };
}
