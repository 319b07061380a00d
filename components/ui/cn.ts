import { twMerge } from 'tailwind-merge';

/** Joins class names, skipping empty ones; a later Tailwind class overrides an earlier one (w-72 beats w-full). */
export function cn(...parts: (string | false | null | undefined)[]): string {
  return twMerge(parts.filter(Boolean).join(' '));
}
