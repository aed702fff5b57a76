/**
 * When a browser script runs its next piece of work: in a later task, so that the main thread is
 * the browser's in between (Lighthouse counts a task's time beyond 50 ms as blocking), or after
 * the next frame is painted, so that what a person asked for is drawn first.
 */

/** Resolves in a later task, once the browser has had the main thread. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `task` in a task of its own after the next frame is painted. */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
