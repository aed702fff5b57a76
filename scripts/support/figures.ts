/**
 * How the benches write a figure, so that one table reads like the next: kilobytes of 1,024
 * bytes, milliseconds with two decimals below 10, percentages with one.
 */

/** "6,460 KB": bytes in KiB, rounded, with a thousands separator. */
export const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

/** "0.83 ms", "27 ms": two decimals where they still mean something. */
export const ms = (milliseconds: number): string => `${milliseconds < 10 ? milliseconds.toFixed(2) : milliseconds.toFixed(0)} ms`;

/** "97.0%" of a share between 0 and 1. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** "13,012". */
export const count = (n: number): string => n.toLocaleString('en-US');
