import { describe, expect, it } from 'vitest';
import { findDossierCode, findFeedbackCode } from '../src/contract/codes.js';

describe('codes as people type them', () => {
  const code = '000.02.31.H38-261118-0001';
  it.each([
    code,
    '000.02.31.h38-261118-0001',
    '000.02.31.H38 261118 0001',
    '000.02.31.H38 - 261118 - 0001',
    '  000.02.31.H38–261118–0001 ', // en dashes from a word processor
    '000.02.31.H38—261118—0001', // em dashes
    '000.02.31.H38‐261118‐0001', // hyphen U+2010
    '０００.０２.３１.Ｈ３８－２６１１１８－０００１', // full-width, from a phone keyboard
    'Mã hồ sơ: 000.02.31.H38-261118-0001 (giấy hẹn)',
    'https://laocaiso.vn/dossiers/track/000.02.31.H38-261118-0001?x=1',
  ])('finds the dossier code in %j', (typed) => {
    expect(findDossierCode(typed)).toBe(code);
  });

  it.each(['PA-261127-0012', 'pa-261127-0012', 'PA 261127 0012', 'PA–261127–0012', 'pa261127 0012', 'Phản ánh PA-261127-0012 đã có trả lời'])('finds the report code in %j', (typed) => {
    expect(findFeedbackCode(typed)).toBe('PA-261127-0012');
  });

  it.each(['xin chao', '12345', '000.02.31.H38-2611-0001', '1000.02.31.H38-261118-0001', 'PA-2611-0012', 'CAPA-261127-0012', ''])('finds nothing in %j', (typed) => {
    expect(findDossierCode(typed)).toBeNull();
    expect(findFeedbackCode(typed)).toBeNull();
  });
});
