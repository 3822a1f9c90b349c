const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十七 → 17, 二十五 → 25, 一百零四 → 104. Returns undefined for anything else. */
export function chineseNumeralToInt(numeral: string): number | undefined {
  if (!/^[〇零一二两三四五六七八九十百]+$/u.test(numeral)) return undefined;
  let total = 0;
  let current = 0;
  for (const char of numeral) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGITS[char]!;
    }
  }
  return total + current;
}

/** Full-width digits (０–９) as ASCII digits, so that numbering typed either way reads the same. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}
