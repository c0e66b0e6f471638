import { describe, expect, it } from 'vitest';
import { matchPath } from 'react-router-dom';
import { paths } from '@/shared/routes';
import { dossierRoutes } from './index';
import { findDossierCodeIn as findDossierCode } from './pages/TrackPage';

const match = (url: string) => dossierRoutes.map((r) => matchPath(r.path, url)).find(Boolean);

describe('dossier routes', () => {
  it('match every path the app links to, with the id or code decoded', () => {
    const id = '1.001193.000.00.00.H38';
    const code = '000.02.31.H38-261118-0001';
    expect(match(paths.procedures)).toBeTruthy();
    expect(match(paths.procedure(id))?.params.id).toBe(id);
    expect(match(paths.submitDossier(id))?.params.id).toBe(id);
    expect(match(paths.trackDossier)).toBeTruthy();
    expect(match(paths.dossier(code))?.params.code).toBe(code);
    expect(paths.dossier(code, 'AbC_dEf-1234567x')).toBe(`/dossiers/track/${code}?key=AbC_dEf-1234567x`);
    expect(match(paths.dossier(code, 'AbC_dEf-1234567x').split('?')[0])?.params.code).toBe(code);
    expect(match(paths.myDossiers)).toBeTruthy();
  });

  it('finds a dossier code in whatever was typed, pasted or scanned', () => {
    const code = '000.02.31.H38-261118-0001';
    const found = (text: string) => findDossierCode(text)?.code ?? null;
    expect(findDossierCode('000.02.31.h38-261118-0001')).toEqual({ code, key: null });
    expect(found(' 000.02.31.H38 - 261118 - 0001 ')).toBe(code);
    expect(found('https://laocaiso.vn/dossiers/track/000.02.31.H38-261118-0001?x=1')).toBe(code);
    expect(found('000.02.31.H38 261118 0001')).toBe(code);
    expect(found('000.02.31.H38–261118–0001')).toBe(code);
    expect(found('https://laocaiso.vn/dossiers/track/000.02.31.H38%20261118%200001')).toBe(code);
    expect(findDossierCode('100%')).toBeNull();
    expect(findDossierCode('12345')).toBeNull();
  });

  it('keeps the receipt key of a pasted receipt link, and survives a broken % escape', () => {
    const code = '000.02.31.H38-261118-0001';
    const key = 'AbC_dEf-1234567x';
    expect(findDossierCode(`https://zalo.me/s/123/?qr=dossier/${code}&key=${key}`)).toEqual({ code, key });
    expect(findDossierCode(`http://localhost:3000/?qr=dossier%2F${code}%26key%3D${key}`)).toEqual({ code, key });
    expect(findDossierCode(`https://zalo.me/s/123/?qr=dossier/${code}&key=${key}xyz`)).toEqual({ code, key: null });
    expect(findDossierCode(`${code}%E0%A4%A`)).toEqual({ code, key: null });
    expect(findDossierCode('%')).toBeNull();
  });
});
