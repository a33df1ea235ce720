/** `tel:`/`sms:` target for a US number as people write it: "988", "1-800-662-4357" → "+18006624357". */
export function dialable(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  return digits;
}
