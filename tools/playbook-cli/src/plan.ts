import { type Window, windowsBetween } from '@playbook/connector-kit/window';

export interface Plan {
  windows: Window[];
  /** Where the range was cut because the rest is still open (undefined when it was not). */
  cutAt?: number;
}

/**
 * The range cut into windows of `sizeMs`. A range reaching past `now` stops at the last whole
 * window boundary before it: an open window would be fetched incomplete, and a boundary that does
 * not move with the clock keeps a rerun asking for the very same windows.
 */
export function planWindows(from: number, to: number, sizeMs: number, now: number): Plan {
  if (to <= now) return { windows: windowsBetween(from, to, sizeMs) };
  const cutAt = from + Math.max(0, Math.floor((now - from) / sizeMs)) * sizeMs;
  return { windows: cutAt > from ? windowsBetween(from, cutAt, sizeMs) : [], cutAt };
}

export const windowKey = (w: Window) => `${w.from}-${w.to}`;
