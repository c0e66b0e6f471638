import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { vnDateKey } from '../src/contract/vn-time.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { FIXED_NOW_ISO, FIXED_NOW_MS } from '../../tests/fixed-time.js';

/**
 * Crash safety: 200 dossier submissions in flight when the server is killed with SIGKILL (no
 * shutdown hook runs, the WAL is left as it was). After a restart every acknowledged submission
 * is there and whole, and clients retrying with their Idempotency-Key never create a second one.
 */

const SUBMISSIONS = 200;
const CITIZENS = 5;
/** The kill is sent when this many answers have arrived: the rest are still in flight. */
const KILL_AFTER_ANSWERS = 50;
const BIRTH = '1.001193.000.00.00.H38'; // Đăng ký khai sinh, received by the commune or ward
const COMMUNES = ['Xã Y Tý', 'Phường Sa Pa'] as const; // two agencies, each numbering its own dossiers

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const running: ServerProcess[] = [];

/** The real server as production runs it: its own process, the database at `dbPath`. */
async function startProcess(dbPath: string): Promise<ServerProcess> {
  const p = await startServerProcess({ DB_PATH: dbPath, WRITES_PER_MINUTE: '1000000', CLOCK_START: FIXED_NOW_ISO });
  running.push(p);
  return p;
}

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop(0)));
});

async function json(url: string, init: RequestInit & { token?: string; body?: BodyInit; json?: unknown } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const res = await fetch(url, { ...init, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** Runs `fn` over `items` with at most `limit` calls at a time. */
async function inBatches<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

// Applicants: real-looking names, valid citizen ids (Lào Cai's code 010) and mobile numbers.
const FAMILY = ['Lò', 'Hoàng', 'Nguyễn', 'Vàng', 'Giàng', 'Sùng', 'Lý', 'Trần', 'Đặng', 'Phạm'];
const MOTHERS = ['Thị Hoa', 'Thị Mai', 'Thị Dung', 'Thị Sính', 'Thị Lan', 'Thị Hằng', 'Thị Nhung', 'Thị Phương'];
const CHILDREN = ['Văn Minh', 'Thị Ngọc', 'Văn Đức', 'Thị Thảo', 'Văn Khải', 'Thị Yến', 'Văn Sơn', 'Thị Quỳnh'];

interface Submission {
  key: string;
  citizen: number;
  uploadId: string;
  body: Record<string, unknown>;
}

function submissionBody(i: number, uploadId: string, birthDate: string) {
  const family = FAMILY[i % FAMILY.length];
  const mother = `${family} ${MOTHERS[i % MOTHERS.length]}`;
  const child = `${family} ${CHILDREN[(i * 3) % CHILDREN.length]}`;
  const idNumber = `0101${String(95_000_000 + i).padStart(8, '0')}`;
  const commune = COMMUNES[i % COMMUNES.length];
  return {
    procedureId: BIRTH,
    applicant: {
      fullName: mother,
      idNumber,
      phone: `0912${String(100_000 + i).padStart(6, '0')}`,
      email: '',
      address: { province: 'Lào Cai', commune, street: `Thôn ${i % 2 ? 'Lao Chải' : 'Tả Van'}, số nhà ${i + 1}` },
    },
    fields: {
      childFullName: child,
      childGender: i % 2 ? 'nu' : 'nam',
      childBirthDate: birthDate,
      childBirthPlace: commune === 'Xã Y Tý' ? 'Trạm Y tế xã Y Tý' : 'Bệnh viện Đa khoa Sa Pa',
      childEthnicity: 'Hà Nhì',
      motherFullName: mother,
      motherIdNumber: idNumber,
      relationship: 'Mẹ',
      commitment: true,
    },
    papers: { 'giay-chung-sinh': [uploadId] },
  };
}

type Outcome =
  | { kind: 'answered'; status: number; body: any; afterKill: boolean }
  | { kind: 'lost'; reason: string };

describe('crash safety', () => {
  it(
    'keeps every acknowledged dossier whole after SIGKILL mid-flight, and retries with the same key never duplicate',
    { timeout: 180_000 },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-crash-'));
      const dbPath = path.join(dir, 'app.db');
      try {
        const first = await startProcess(dbPath);

        // A few citizens, and one small scan per submission (an attachment is used by one dossier only).
        const citizens = await inBatches(Array.from({ length: CITIZENS }, (_, i) => i), CITIZENS, async (i) => {
          const res = await json(first.url + '/api/auth/session', { method: 'POST', json: { zaloAccessToken: `mock:crash-${i}` } });
          expect(res.status).toBe(200);
          return { token: res.body.token as string, userId: res.body.user.id as string };
        });
        const birthDate = vnDateKey(FIXED_NOW_MS - 3 * 24 * 3600_000);
        const submissions: Submission[] = await inBatches(Array.from({ length: SUBMISSIONS }, (_, i) => i), 8, async (i) => {
          const citizen = i % CITIZENS;
          const fd = new FormData();
          fd.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), `giay-chung-sinh-${i}.png`);
          const res = await json(first.url + '/api/uploads', { method: 'POST', token: citizens[citizen].token, body: fd });
          expect(res.status).toBe(201);
          const uploadId = res.body.id as string;
          return { key: `crash-${i}-${Date.now().toString(36)}`, citizen, uploadId, body: submissionBody(i, uploadId, birthDate) };
        });

        // ── 200 submissions at once; SIGKILL when the first answers have come back ──
        let answers = 0;
        let killed = false;
        const post = (url: string, s: Submission) =>
          fetch(url + '/api/dossiers', {
            method: 'POST',
            headers: {
              authorization: `Bearer ${citizens[s.citizen].token}`,
              'content-type': 'application/json',
              'idempotency-key': s.key,
            },
            body: JSON.stringify(s.body),
          });
        const outcomes: Outcome[] = await Promise.all(
          submissions.map(async (s): Promise<Outcome> => {
            try {
              const res = await post(first.url, s);
              const body = await res.json(); // a body cut short by the kill is no answer
              const afterKill = killed;
              if (++answers === KILL_AFTER_ANSWERS) {
                killed = true;
                first.child.kill('SIGKILL');
              }
              return { kind: 'answered', status: res.status, body, afterKill };
            } catch (e) {
              return { kind: 'lost', reason: String((e as Error).cause ?? e) };
            }
          }),
        );
        await first.exited();
        expect(first.child.signalCode).toBe('SIGKILL');

        const acknowledged = outcomes.flatMap((o, i) => (o.kind === 'answered' ? [{ s: submissions[i], o }] : []));
        const lost = submissions.filter((_, i) => outcomes[i].kind === 'lost');
        // The kill really happened mid-flight: some had their answer, some never did.
        expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERS);
        expect(lost.length).toBeGreaterThan(0);
        expect(acknowledged.length + lost.length).toBe(SUBMISSIONS);
        for (const { o } of acknowledged) expect(o.status, JSON.stringify(o.body)).toBe(201);

        // ── Restart on the same database ──
        const second = await startProcess(dbPath);

        // Every acknowledged submission is there, whole, as its owner sees it.
        await inBatches(acknowledged, 8, async ({ s, o }) => {
          const answer = (o as { body: any }).body;
          const res = await json(`${second.url}/api/dossiers/${answer.code}`, { token: citizens[s.citizen].token });
          expect(res.status).toBe(200);
          const d = res.body;
          const sent = s.body as ReturnType<typeof submissionBody>;
          expect(d.isOwner).toBe(true);
          expect(d.masked).toBe(false);
          expect(d.status).toBe(1);
          expect(d.procedure.id).toBe(BIRTH);
          expect(d.applicant.fullName).toBe(sent.applicant.fullName);
          expect(d.applicant.idNumber).toBe(sent.applicant.idNumber);
          expect(d.applicant.phone).toBe(sent.applicant.phone);
          expect(d.applicant.address.commune).toBe(sent.applicant.address.commune);
          expect(d.agency.name).toContain(sent.applicant.address.commune.replace(/^(Xã|Phường) /, ''));
          const fieldValues = Object.fromEntries(d.fields.map((f: { name: string; value: string }) => [f.name, f.value]));
          expect(fieldValues.childFullName).toBe(sent.fields.childFullName);
          expect(fieldValues.motherIdNumber).toBe(sent.fields.motherIdNumber);
          expect(d.attachments.map((a: { id: string }) => a.id)).toEqual([s.uploadId]);
          expect(d.history).toHaveLength(1);
          expect(d.history[0]).toMatchObject({ status: 1, actor: 'citizen' });
          // And exactly what the first answer said.
          for (const k of ['code', 'status', 'procedure', 'agency', 'applicant', 'fields', 'attachments', 'history', 'receivedAt', 'dueAt']) {
            expect(d[k], k).toEqual(answer[k]);
          }
        });

        // ── Every client retries with its own key, all at once ──
        const retry = () =>
          Promise.all(
            submissions.map(async (s) => {
              const res = await post(second.url, s);
              return { status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', body: (await res.json()) as any };
            }),
          );
        const retried = await retry();
        const codeOf = new Map<string, string>();
        let committedButUnanswered = 0;
        retried.forEach((r, i) => {
          const o = outcomes[i];
          expect(r.status, JSON.stringify(r.body)).toBe(201);
          if (o.kind === 'answered') {
            expect(r.replayed).toBe(true);
            expect(r.body.code).toBe(o.body.code);
          } else if (r.replayed) {
            committedButUnanswered++;
          }
          codeOf.set(submissions[i].key, r.body.code);
        });
        // Once more: every one now answers with the dossier it already has.
        const again = await retry();
        again.forEach((r, i) => {
          expect(r.status).toBe(201);
          expect(r.replayed).toBe(true);
          expect(r.body.code).toBe(codeOf.get(submissions[i].key));
        });
        console.info(
          `crash safety: ${acknowledged.length} answered (${acknowledged.filter((a) => (a.o as { afterKill: boolean }).afterKill).length} after the kill was sent), ` +
            `${lost.length} without an answer, of which ${committedButUnanswered} had been committed before the kill`,
        );

        second.child.kill('SIGTERM');
        await second.exited();

        // ── The rows themselves ──
        const db = new Database(dbPath, { readonly: true });
        try {
          const ids = citizens.map((c) => c.userId);
          const marks = ids.map(() => '?').join(', ');
          const rows = db
            .prepare(`SELECT code, agency_code, owner_id FROM dossiers WHERE owner_id IN (${marks}) AND seeded = 0`)
            .all(...ids) as { code: string; agency_code: string; owner_id: string }[];
          expect(rows).toHaveLength(SUBMISSIONS);
          const codes = new Set(rows.map((r) => r.code));
          expect(codes.size).toBe(SUBMISSIONS);
          expect([...codes].sort()).toEqual([...new Set(codeOf.values())].sort());

          // Each attachment belongs to the dossier its request created, and to nothing else.
          for (const s of submissions) {
            const up = db.prepare('SELECT owner_id, attached_to FROM uploads WHERE id = ?').get(s.uploadId) as { owner_id: string; attached_to: string };
            expect(up).toEqual({ owner_id: citizens[s.citizen].userId, attached_to: `dossier:${codeOf.get(s.key)}` });
          }
          // One history step, one notice and one remembered answer per dossier.
          const perCode = (sql: string) => {
            const counts = db.prepare(sql).all(...ids) as { code: string; n: number }[];
            return new Map(counts.map((c) => [c.code, c.n]));
          };
          const history = perCode(
            `SELECT h.code, COUNT(*) AS n FROM dossier_history h JOIN dossiers d ON d.code = h.code WHERE d.owner_id IN (${marks}) GROUP BY h.code`,
          );
          const notices = perCode(`SELECT ref_id AS code, COUNT(*) AS n FROM notifications WHERE kind = 'dossier' AND user_id IN (${marks}) GROUP BY ref_id`);
          for (const code of codes) {
            expect(history.get(code), code).toBe(1);
            expect(notices.get(code), code).toBe(1);
          }
          expect(history.size).toBe(SUBMISSIONS);
          expect(notices.size).toBe(SUBMISSIONS);
          expect(db.prepare(`SELECT COUNT(*) FROM idempotency_keys WHERE scope IN (${marks})`).pluck().get(...ids)).toBe(SUBMISSIONS);

          // Codes are consecutive per agency and day: no number given twice, none lost to the crash.
          const groups = new Map<string, number[]>();
          for (const code of codes) {
            const m = /^(.+)-(\d{6})-(\d+)$/.exec(code)!;
            const k = `${m[1]}|${m[2]}`;
            groups.set(k, [...(groups.get(k) ?? []), Number(m[3])]);
          }
          expect(groups.size).toBeGreaterThanOrEqual(COMMUNES.length);
          for (const [k, seqs] of groups) {
            const [agency, day] = k.split('|');
            seqs.sort((a, b) => a - b);
            const last = db.prepare('SELECT last FROM dossier_sequences WHERE agency_code = ? AND day = ?').pluck().get(agency, day) as number;
            expect(seqs.at(-1), k).toBe(last);
            expect(seqs, k).toEqual(Array.from({ length: seqs.length }, (_, i) => last - seqs.length + 1 + i));
            const all = db.prepare('SELECT COUNT(*) FROM dossiers WHERE code LIKE ?').pluck().get(`${agency}-${day}-%`);
            expect(all, k).toBe(last);
          }
        } finally {
          db.close();
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
