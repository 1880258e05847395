// Reported by /healthz and in every log line; validate-evidence checks it matches package.json.
export const VERSION = '1.4.2';
