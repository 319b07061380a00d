/** The settings an administrator may change, with their defaults (等保 2.0 level 2) and bounds. */
export const SETTING_DEFS = {
  // Passwords always expire (等保 2.0): the administrator may lengthen the period, never switch it off.
  passwordExpiryDays: { default: 90, min: 30, max: 365 },
  sessionIdleMinutes: { default: 30, min: 5, max: 240 },
  sessionAbsoluteHours: { default: 12, min: 1, max: 24 },
  lockoutThreshold: { default: 5, min: 3, max: 10 },
  lockoutMinutes: { default: 15, min: 5, max: 1440 },
} as const;

export type SettingKey = keyof typeof SETTING_DEFS;
export type Settings = Record<SettingKey, number>;
export const SETTING_KEYS = Object.keys(SETTING_DEFS) as SettingKey[];

export const DEFAULT_SETTINGS = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFS[k].default])) as Settings;
