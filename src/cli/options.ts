/** Checks of option values shared by the verbs; a bad value is a usage error (exit 2). */
import { usageError } from './output.js';

/** The largest `--concurrency` accepted (the driver's pool holds 50 connections). */
export const MAX_CONCURRENCY = 32;

/** `--concurrency N`: a whole number from 1 to MAX_CONCURRENCY (default 1). */
export function parseConcurrency(value: string | number | undefined): number {
  if (value === undefined) return 1;
  return parseWhole('--concurrency', value, 1, MAX_CONCURRENCY);
}

/** A whole number from `min` to `max`, or a usage error naming the option. */
export function parseWhole(
  option: string,
  value: string | number,
  min: number,
  max: number,
): number {
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw usageError(`${option} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return Number(text);
}
