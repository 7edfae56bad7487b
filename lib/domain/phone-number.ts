// Japanese telephone numbers: landlines 0X-XXXX-XXXX (10 digits with the leading 0), mobiles and
// IP phones 070/080/090/050/020 (11 digits), free dial 0120 (10) and 0800 (11). Hyphens or
// parentheses between the parts are optional; full-width digits from an IME are read.
// The one telephone rule: the application form, お客様情報 and the master data all use it, so a
// number a company registered is never refused when it is copied into an application.

export function tidyPhoneInput(raw: string): string {
  return raw.normalize("NFKC").replace(/[ー−‐―]/g, "-").trim();
}

const ELEVEN_DIGIT_PREFIXES = /^(0[5789]0|020|0800)/;

export function isPhoneNumber(raw: string): boolean {
  const text = tidyPhoneInput(raw);
  // Parts: 0 then digits, separated by single hyphens, or the 03(1234)5678 style.
  const shaped = /^0\d*(-\d+){0,2}$/.test(text) || /^0\d+\(\d+\)\d+$/.test(text);
  if (!shaped) return false;
  const digits = text.replace(/\D/g, "");
  if (digits.length === 10) return !/^0[5789]0/.test(digits) || digits.startsWith("0570");
  if (digits.length === 11) return ELEVEN_DIGIT_PREFIXES.test(digits);
  return false;
}
