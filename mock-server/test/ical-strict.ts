/**
 * A strict RFC 5545 reader for tests. No iCalendar parser is installed in the project (`ics` only
 * writes), so this one checks what calendar programs rely on and refuses anything loose:
 * CRLF line ends only, physical lines of at most 75 octets, each valid UTF-8 on its own (a fold
 * never cuts a character), unfolding by one leading space or tab, content-line grammar, TEXT
 * escapes (\\ \; \, \n and nothing else; no bare `;` or `,` in single-valued TEXT), balanced
 * BEGIN/END, required properties, and DATE-TIME values resolved through their VTIMEZONE.
 */

export interface IcalProperty {
  name: string;
  params: Record<string, string[]>;
  value: string;
}

export interface IcalComponent {
  type: string;
  props: IcalProperty[];
  children: IcalComponent[];
}

const NAME = /^[A-Za-z0-9-]+$/;
const SINGLE_TEXT = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'UID', 'X-WR-CALNAME', 'X-WR-CALDESC', 'NAME', 'TZNAME']);

export function splitPhysicalLines(body: Buffer): string[] {
  const text = body.toString('latin1'); // one char per byte, for finding line ends
  if (!text.endsWith('\r\n')) throw new Error('the file must end with CRLF');
  const lines: string[] = [];
  let from = 0;
  while (from < body.length) {
    const at = text.indexOf('\r\n', from);
    const raw = body.subarray(from, at);
    if (raw.includes(0x0a) || raw.includes(0x0d)) throw new Error(`bare CR or LF in line ${lines.length + 1}`);
    if (raw.length > 75) throw new Error(`line ${lines.length + 1} is ${raw.length} octets (max 75)`);
    lines.push(new TextDecoder('utf-8', { fatal: true }).decode(raw)); // throws if a character was cut
    from = at + 2;
  }
  return lines;
}

export function unfold(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!out.length) throw new Error('a continuation line cannot come first');
      out[out.length - 1] += line.slice(1);
    } else {
      if (line === '') throw new Error('empty content line');
      out.push(line);
    }
  }
  return out;
}

export function parseContentLine(line: string): IcalProperty {
  let i = 0;
  const readName = () => {
    const start = i;
    while (i < line.length && /[A-Za-z0-9-]/.test(line[i])) i++;
    const name = line.slice(start, i);
    if (!NAME.test(name)) throw new Error(`bad name in "${line}"`);
    return name.toUpperCase();
  };
  const name = readName();
  const params: Record<string, string[]> = {};
  while (line[i] === ';') {
    i++;
    const p = readName();
    if (line[i] !== '=') throw new Error(`parameter without "=" in "${line}"`);
    i++;
    const values: string[] = [];
    for (;;) {
      if (line[i] === '"') {
        const end = line.indexOf('"', i + 1);
        if (end < 0) throw new Error(`unclosed quote in "${line}"`);
        values.push(line.slice(i + 1, end));
        i = end + 1;
      } else {
        const start = i;
        while (i < line.length && !'";:,'.includes(line[i])) i++;
        values.push(line.slice(start, i));
      }
      if (line[i] === ',') i++;
      else break;
    }
    params[p] = values;
  }
  if (line[i] !== ':') throw new Error(`missing ":" in "${line}"`);
  return { name, params, value: line.slice(i + 1) };
}

/** Unescapes a TEXT value; refuses unknown escapes, and bare separators in single values. */
export function unescapeText(value: string, single = true): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\') {
      const next = value[++i];
      if (next === 'n' || next === 'N') out += '\n';
      else if (next === '\\' || next === ';' || next === ',') out += next;
      else throw new Error(`bad escape "\\${next ?? ''}" in "${value}"`);
    } else if (single && (ch === ';' || ch === ',')) {
      throw new Error(`unescaped "${ch}" in TEXT "${value}"`);
    } else {
      out += ch;
    }
  }
  return out;
}

export function parseCalendar(body: Buffer): IcalComponent {
  const lines = unfold(splitPhysicalLines(body));
  const stack: IcalComponent[] = [];
  let root: IcalComponent | null = null;
  for (const line of lines) {
    const prop = parseContentLine(line);
    if (prop.name === 'BEGIN') {
      const c: IcalComponent = { type: prop.value.toUpperCase(), props: [], children: [] };
      if (stack.length) stack[stack.length - 1].children.push(c);
      else if (root) throw new Error('more than one top-level component');
      else root = c;
      stack.push(c);
    } else if (prop.name === 'END') {
      const open = stack.pop();
      if (!open || open.type !== prop.value.toUpperCase()) throw new Error(`END:${prop.value} does not close ${open?.type}`);
    } else {
      if (!stack.length) throw new Error(`property outside a component: ${line}`);
      if (SINGLE_TEXT.has(prop.name)) unescapeText(prop.value); // validates
      stack[stack.length - 1].props.push(prop);
    }
  }
  if (stack.length) throw new Error(`unclosed ${stack[stack.length - 1].type}`);
  if (!root || root.type !== 'VCALENDAR') throw new Error('not a VCALENDAR');
  if (prop(root, 'VERSION')?.value !== '2.0') throw new Error('VERSION:2.0 missing');
  if (!prop(root, 'PRODID')) throw new Error('PRODID missing');
  for (const e of root.children.filter((c) => c.type === 'VEVENT')) {
    for (const required of ['UID', 'DTSTAMP', 'DTSTART']) if (!prop(e, required)) throw new Error(`VEVENT without ${required}`);
  }
  return root;
}

export function prop(c: IcalComponent, name: string): IcalProperty | undefined {
  return c.props.find((p) => p.name === name);
}

export function text(c: IcalComponent, name: string): string | undefined {
  const p = prop(c, name);
  return p ? unescapeText(p.value) : undefined;
}

/** A DATE-TIME as epoch ms: UTC (`Z`), or local time in a zone the calendar defines. */
export function dateTime(calendar: IcalComponent, p: IcalProperty): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(p.value);
  if (!m) throw new Error(`bad DATE-TIME ${p.value}`);
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  if (m[7] === 'Z') return utc;
  const tzid = p.params.TZID?.[0];
  if (!tzid) throw new Error(`floating time ${p.value} (no TZID, no Z)`);
  const zone = calendar.children.find((c) => c.type === 'VTIMEZONE' && prop(c, 'TZID')?.value === tzid);
  if (!zone) throw new Error(`TZID ${tzid} has no VTIMEZONE`);
  const rules = zone.children.filter((c) => c.type === 'STANDARD' || c.type === 'DAYLIGHT');
  if (rules.length !== 1) throw new Error('only zones with one fixed offset are understood here');
  const offset = /^([+-])(\d{2})(\d{2})$/.exec(prop(rules[0], 'TZOFFSETTO')!.value);
  if (!offset) throw new Error('bad TZOFFSETTO');
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return utc - minutes * 60_000;
}
