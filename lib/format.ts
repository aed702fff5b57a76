/** "1 project", "2,057 projects". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** [2009, 2010, 2011, 2014] → "2009–2011, 2014". */
export function yearRanges(years: number[]): string {
  const ranges: string[] = [];
  for (let index = 0; index < years.length; ) {
    let end = index;
    while (end + 1 < years.length && years[end + 1] === years[end]! + 1) end++;
    ranges.push(end === index ? `${years[index]}` : `${years[index]}–${years[end]}`);
    index = end + 1;
  }
  return ranges.join(', ');
}
