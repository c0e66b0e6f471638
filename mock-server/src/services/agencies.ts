/**
 * Every agency an officer can belong to, with the agencies under it: the offices that receive
 * dossiers (provincial departments and the UBND of each commune and ward, with their national
 * identification codes `000.xx.yy.H38`) and the agencies that answer residents' reports (the power
 * companies and their branches, the police, the water company, the provincial office).
 *
 * Agencies without an identification code in our data are coded by their name, folded to plain
 * letters and joined by dashes: "Sở Y tế tỉnh Lào Cai" → `so-y-te-tinh-lao-cai`,
 * "Điện lực Sa Pa" → `dien-luc-sa-pa`, "Công an phường Lào Cai" → `cong-an-phuong-lao-cai`. The
 * code is also the username of the agency's development account.
 */

import { COMMUNES } from '../contract/communes.js';
import { foldVietnamese } from '../contract/text.js';
import { COMMUNE_AGENCIES, PROVINCIAL_AGENCIES } from '../db/seed/procedure-catalogue.js';
import { BRANCHES } from '../db/seed/outages.js';
import { FEEDBACK_CATEGORIES } from './feedback-catalog.js';

export type AgencyKind = 'province' | 'centre' | 'department' | 'commune' | 'police' | 'power' | 'water';

export interface Agency {
  code: string;
  name: string;
  kind: AgencyKind;
  /** The agency above it (whose leader sees its figures), or null at the top. */
  parentCode: string | null;
}

/** `Sở Y tế tỉnh Lào Cai` → `so-y-te-tinh-lao-cai`: the code of an agency that has no identification code here. */
export function codeFromName(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Departments that answer reports but receive no dossiers in our catalogue. */
const REPORT_DEPARTMENTS = ['Sở Nông nghiệp và Môi trường tỉnh Lào Cai', 'Sở Y tế tỉnh Lào Cai'];
const WATER_COMPANY = 'Công ty Cổ phần Cấp nước Lào Cai';
const PROVINCIAL_OFFICE = 'Văn phòng UBND tỉnh Lào Cai';
const SERVICE_CENTRE = 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai';
const PROVINCIAL_POLICE = 'Công an tỉnh Lào Cai';
const POWER_COMPANIES = { PCLC: 'Công ty Điện lực Lào Cai', PCYB: 'Công ty Điện lực Yên Bái' } as const;

function buildAgencies(): Agency[] {
  const list: Agency[] = [];
  const add = (name: string, kind: AgencyKind, parentName: string | null, code = codeFromName(name)) => {
    const parentCode = parentName === null ? null : list.find((a) => a.name === parentName)!.code;
    list.push({ code, name, kind, parentCode });
  };
  add(PROVINCIAL_OFFICE, 'province', null);
  add(SERVICE_CENTRE, 'centre', PROVINCIAL_OFFICE);
  // The police answer to the Ministry, not to the province: their own tree.
  const police = PROVINCIAL_AGENCIES.find((a) => a.name === PROVINCIAL_POLICE)!;
  add(police.name, 'police', null, police.code);
  for (const a of PROVINCIAL_AGENCIES) {
    if (a === police) continue;
    // Departments whose dossiers the provincial service centre receives are under it; the others under the provincial office.
    add(a.name, 'department', a.receptionOffice === SERVICE_CENTRE ? SERVICE_CENTRE : PROVINCIAL_OFFICE, a.code);
  }
  for (const name of REPORT_DEPARTMENTS) add(name, 'department', SERVICE_CENTRE);
  for (const c of FEEDBACK_CATEGORIES) {
    if (c.local || list.some((a) => a.name === c.agency)) continue;
    if (c.agency.startsWith('Sở ')) add(c.agency, 'department', SERVICE_CENTRE);
  }
  for (const a of COMMUNE_AGENCIES) add(a.name, 'commune', PROVINCIAL_OFFICE, a.code);
  for (const cm of COMMUNES) add(`Công an ${cm.name.charAt(0).toLowerCase()}${cm.name.slice(1)}`, 'police', PROVINCIAL_POLICE);
  for (const company of Object.values(POWER_COMPANIES)) add(company, 'power', null);
  for (const b of BRANCHES) add(b.name, 'power', POWER_COMPANIES[b.company as keyof typeof POWER_COMPANIES]);
  add(WATER_COMPANY, 'water', null);
  // A category naming an agency not listed here would leave its reports with no one to answer them.
  for (const c of FEEDBACK_CATEGORIES) {
    if (!c.local && !list.some((a) => a.name === c.agency)) throw new Error(`Cơ quan "${c.agency}" của nhóm phản ánh ${c.id} chưa có trong danh mục cơ quan`);
  }
  return list;
}

export const AGENCIES: readonly Agency[] = buildAgencies();

const byCode = new Map(AGENCIES.map((a) => [a.code, a]));
// Names are matched as people write them: "Điện lực thành phố Lào Cai" is "Điện lực Thành phố Lào Cai".
const byFoldedName = new Map(AGENCIES.map((a) => [foldVietnamese(a.name), a]));
const children = new Map<string, Agency[]>();
for (const a of AGENCIES) if (a.parentCode) children.set(a.parentCode, [...(children.get(a.parentCode) ?? []), a]);

export const findAgencyByCode = (code: string): Agency | undefined => byCode.get(code);
export const findAgencyByName = (name: string): Agency | undefined => byFoldedName.get(foldVietnamese(name));
/** An agency named by its code or by its name. */
export const resolveAgency = (codeOrName: string): Agency | undefined => findAgencyByCode(codeOrName.trim()) ?? findAgencyByName(codeOrName);

/** The agency and every agency under it, at any depth. */
export function agencyWithDescendants(code: string): Agency[] {
  const root = byCode.get(code);
  if (!root) return [];
  const out: Agency[] = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i].code) ?? []));
  return out;
}

export const hasAgenciesUnder = (code: string): boolean => (children.get(code)?.length ?? 0) > 0;
