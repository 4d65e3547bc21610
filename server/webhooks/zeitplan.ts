// When a failed delivery is tried again: exponential backoff with jitter over more than three days,
// then it is given up (and its webhook paused, never silently expired).
//
// Delays after the 1st, 2nd, … failed attempt, in units of the base (WEBHOOK_BACKOFF_BASE_MS,
// default 5 s): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, then every 24 h. The attempts thus
// fall at about 0, 5 s, 5 min, 35 min, 2.6 h, 7.6 h, 17.6 h, 31.6 h, 51.6 h, 75.6 h, …; each delay
// varies by ±10 % so that deliveries failing together do not all come back at once.
export const VERZOEGERUNG_IN_BASIS = [1, 60, 360, 1_440, 3_600, 7_200, 10_080, 14_400, 17_280] as const;

/** A delivery that still fails this long after the first attempt of its series is given up. */
export const AUFGEBEN_NACH_MS = 3 * 24 * 3_600_000;

/** The wait before the next attempt after `fehlversuche` failed attempts of the series (1, 2, …). */
export function naechsteVerzoegerungMs(fehlversuche: number, basisMs: number, zufall: () => number = Math.random): number {
  const i = Math.min(Math.max(fehlversuche, 1), VERZOEGERUNG_IN_BASIS.length) - 1;
  const nominal = VERZOEGERUNG_IN_BASIS[i]! * basisMs;
  return Math.max(1, Math.round(nominal * (0.9 + 0.2 * zufall())));
}
