import { describe, expect, test } from 'vitest';
import {
  CONTACTS,
  FAX_DESTINATION,
  PROCEDURES,
  plainText,
  type Procedure,
  type ProcedureTaskId,
  type RichText,
  type Segment,
  type Step,
} from '../../../src/content/procedures';
import { StepIdSchema } from '../../../src/domain/progress/schema';
import { TASK_IDS } from '../../../src/domain/tasks/status';

const ALL = Object.values(PROCEDURES);
const ALL_STEPS = ALL.flatMap((p) => p.steps);

/** Markers of the top-level steps (sub-steps left out), as the guide numbers them. */
const topLevel = (p: Procedure) =>
  p.steps.filter((s) => s.parent === undefined).map((s) => s.number);
const byId = (id: string): Step => {
  const found = ALL_STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('every step of the guide is there, in order', () => {
  test.each<[ProcedureTaskId, (string | null)[]]>([
    ['print', [null, null, '①', '②', '③']],
    ['fax', [null, null]],
    ['old-certificate', ['①', '②', '③']],
    // IE mode's one step (the separate manual), then 通常モード's ①–⑧.
    ['edge', [null, '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧']],
    ['internet-options', ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪']],
    [
      'certificate',
      ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', null, '⑪', '⑫', '⑬', '⑭', '⑮'],
    ],
  ])('%s', (task, numbers) => {
    expect(topLevel(PROCEDURES[task])).toEqual(numbers);
  });

  test('edge ⑦ has ア イ ウ, and ⑥ its 【「ブロック済み」を「許可済み」（推奨）に変更する場合】', () => {
    expect(PROCEDURES.edge.steps.map((s) => s.number)).toEqual([
      null,
      '①',
      '②',
      '③',
      '④',
      '⑤',
      '⑥',
      null,
      '⑦',
      'ア',
      'イ',
      'ウ',
      '⑧',
    ]);
    const subOf = (parent: string) =>
      PROCEDURES.edge.steps.filter((s) => s.parent === parent).map((s) => s.number);
    expect(subOf('edge.popups')).toEqual(['ア', 'イ', 'ウ']);
    expect(byId('edge.javascript-allow')).toMatchObject({
      parent: 'edge.javascript',
      onlyIf: '「ブロック済み」を「許可済み」（推奨）に変更する場合',
    });
  });

  test('a sub-step follows its parent directly', () => {
    for (const p of ALL) {
      p.steps.forEach((s, i) => {
        if (s.parent === undefined) return;
        const before = p.steps.slice(0, i).reverse();
        const parentIndex = before.findIndex((b) => b.id === s.parent);
        expect(parentIndex, s.id).toBeGreaterThanOrEqual(0);
        expect(
          before.slice(0, parentIndex).every((b) => b.parent === s.parent),
          s.id,
        ).toBe(true);
      });
    }
  });

  test('the unnumbered file-name step sits between ⑩ and ⑪', () => {
    const ids = PROCEDURES.certificate.steps.map((s) => s.id);
    const at = ids.indexOf('certificate.import-file');
    expect(PROCEDURES.certificate.steps[at - 1]?.number).toBe('⑩');
    expect(PROCEDURES.certificate.steps[at + 1]?.number).toBe('⑪');
  });

  test('one procedure per task except the request form', () => {
    expect(Object.keys(PROCEDURES).sort()).toEqual(TASK_IDS.filter((t) => t !== 'request').sort());
    for (const [task, p] of Object.entries(PROCEDURES)) expect(p.task).toBe(task);
  });
});

describe('step ids', () => {
  test('are unique across all procedures', () => {
    const ids = ALL_STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(ALL_STEPS.map((s) => [s.id]))('%s fits the saved-progress id format', (id) => {
    expect(StepIdSchema.safeParse(id).success).toBe(true);
  });

  test('start with their task id', () => {
    for (const p of ALL) for (const s of p.steps) expect(s.id.startsWith(`${p.task}.`)).toBe(true);
  });
});

describe('labels', () => {
  test.each<[string, string[]]>([
    ['edge.open-settings', ['…', '設定']],
    ['edge.site-permissions', ['Cookie とサイトのアクセス許可']],
    ['edge.cookies', ['Cookie とサイトデータの管理と削除']],
    ['edge.cookies-allow', ['Cookie データの保存と読み取りをサイトに許可する (推奨)']],
    ['edge.cookies-back', ['← 保存された Cookie とデータ']],
    ['edge.javascript', ['JavaScript', '許可済み', 'ブロック済み']],
    ['edge.javascript-allow', ['← サイトのアクセス許可']],
    ['edge.popups', ['ポップアップとリダイレクト', '許可済み', 'ブロック済み']],
    ['edge.popups-add', ['許可', '追加']],
    ['edge.popups-url', ['サイトの追加', '追加']],
    ['edge.downloads', ['ダウンロード', 'ダウンロード時の動作を毎回確認する']],
    ['internet-options.open', ['インターネットオプション', '開く']],
    ['internet-options.privacy', ['プライバシー', 'ポップアップブロックを有効にする']],
    ['internet-options.popup-settings', ['設定']],
    ['internet-options.trusted-zone', ['信頼済みサイト']],
    ['internet-options.trusted-sites', ['信頼済みサイト', 'サイト']],
    ['internet-options.ok', ['OK']],
    ['old-certificate.delete', ['個人', 'Rokin-KW CA', '削除']],
    ['certificate.login-start', ['サービスへのログイン／初期登録']],
    ['certificate.cancel-dialog', ['キャンセル']],
    ['certificate.issue-button', ['電子証明書発行']],
    ['certificate.result', ['開く', 'ファイルを開く', '閉じる', '許可する']],
    ['certificate.import-store', ['現在のユーザー (C)', '次へ']],
    ['certificate.import-password', ['すべての拡張プロファイルを含める (A)', '次へ']],
    [
      'certificate.import-auto-store',
      ['証明書の種類に基づいて、自動的に証明書ストアを選択する (U)', '次へ'],
    ],
    ['certificate.security-warning', ['はい']],
    ['certificate.import-done', ['正しくインポートされました。', 'OK']],
    ['certificate.close', ['閉じる']],
  ])('%s', (id, labels) => {
    expect(byId(id).labels).toEqual(labels);
  });

  test('every label is emphasised somewhere in its step', () => {
    for (const s of ALL_STEPS) {
      const emphasised = new Set(
        segmentsOf(s).flatMap((seg) => ('label' in seg ? [seg.label] : [])),
      );
      for (const l of s.labels) expect(emphasised.has(l), `${s.id}: ${l}`).toBe(true);
    }
  });

  test('the import dialog wording 「すべての」 is used, not the guide sentence 「全ての」', () => {
    expect(JSON.stringify(PROCEDURES.certificate)).not.toContain('全ての拡張');
  });
});

describe('facts the guide gives', () => {
  test('the FAX destination and contacts, with tel: digits', () => {
    expect(FAX_DESTINATION).toEqual({
      name: '中央労働金庫業務集中センター',
      department: '（賃金控除事務支援サービス担当）',
      fax: { display: '045-476-1189', tel: '0454761189' },
    });
    expect(CONTACTS).toEqual([
      {
        id: 'documents',
        purpose: 'ご提出書類に関するお問い合わせ',
        phone: { display: '045-476-7588', tel: '0454767588' },
        hours: '平日9:00~17:00',
      },
      {
        id: 'operation',
        purpose: '操作に関するお問い合わせ',
        phone: { display: '0120-54-6091', tel: '0120546091' },
        hours: '平日9:00~18:00',
      },
    ]);
  });

  test('the FAX wait: about 2 hours, longer when re-sent', () => {
    const wait = plainText(byId('fax.wait-call').notes[0] ?? []);
    expect(wait).toContain('2時間程');
    expect(wait).toContain('記入不備等がある場合はFAXのご再送が必要');
  });

  test('the authentication code step offers a 30-minute countdown', () => {
    const code = byId('certificate.auth-code');
    expect(code.timer?.minutes).toBe(30);
    expect(plainText(code.instruction)).toContain('半角数字 6 桁/有効期限 30 分');
  });

  test('⑪ refers to the password of step ⑤, which the app never asks for', () => {
    const pw = byId('certificate.import-password');
    expect(pw.instruction).toContainEqual({
      text: '⑤',
      to: { task: 'certificate', step: 'certificate.login' },
    });
    expect(pw.notes.map(plainText).join('')).toContain('保存したりすることはありません');
  });

  test('⑨ warns not to press 閉じる and not to leave the p12 file unopened', () => {
    const result = byId('certificate.result');
    expect(plainText(result.warnings[0]?.items[0] ?? [])).toBe(
      '「閉じる」ボタンをクリックしないでください。',
    );
    expect(result.warnings[1]?.heading).toBe('ご注意ください！');
  });

  test('print ① is checked by the app, ②③ by the person', () => {
    expect(byId('print.check-filled').auto).toBeDefined();
    expect(byId('print.check-seal').auto).toBeUndefined();
    expect(byId('print.check-filled').list?.map(plainText)).toContain(
      '失効する対象ユーザーへの✓（一般ユーザーの場合は✓とユーザー名）',
    );
  });

  test('the unsupported browsers and the two 2名以上 cases are in the notices', () => {
    const text = JSON.stringify(PROCEDURES.edge.notices);
    expect(text).toContain('Microsoft Edge (レガシー版)・Firefox・Google Chrome等');
    expect(text).toContain('他のユーザーと同一のパソコンで利用したい → ご利用可能です。');
    expect(text).toContain('他のユーザーとは別のパソコンで利用したい → ご利用可能です。');
  });

  test('IE mode: the separate manual is a step with its exact title, then the certificate', () => {
    const manual = byId('edge.ie-mode-manual');
    expect(manual.when).toEqual({ browserMode: 'ie-mode' });
    expect(manual.checkable).toBe(true);
    expect(plainText(manual.instruction)).toBe(
      '当金庫ホームページ掲示の別冊『ご利用マニュアル～ Microsoft Edge IE モード設定手順～』に沿って設定してください。',
    );
    expect(manual.notes[0]).toContainEqual({
      text: '電子証明書を取得する',
      to: { task: 'certificate' },
    });
    // Every other step of Edge is 通常モード's.
    for (const s of PROCEDURES.edge.steps) {
      if (s.id === manual.id || s.parent !== undefined) continue;
      expect(s.when, s.id).toEqual({ browserMode: 'edge' });
    }
  });

  test('every step id starts with its task (a changed request drops the ticks by it)', () => {
    for (const p of ALL) for (const s of p.steps) expect(s.id.startsWith(`${p.task}.`)).toBe(true);
  });

  test('the closing line', () => {
    expect(plainText(PROCEDURES.certificate.closing ?? [])).toBe(
      '以上で電子証明書取得の作業は完了です。',
    );
  });
});

describe('pictures', () => {
  /** The steps after which the guide showed a screenshot (captions and gaps in the seed). */
  const WITH_SCREENSHOT = [
    // The manual is a booklet of its own: the guide pictures none of it.
    ...PROCEDURES.edge.steps.map((s) => s.id).filter((id) => id !== 'edge.ie-mode-manual'),
    ...PROCEDURES['internet-options'].steps.map((s) => s.id),
    ...PROCEDURES.certificate.steps
      .map((s) => s.id)
      .filter(
        (id) => !['certificate.login', 'certificate.auth-code', 'certificate.issue'].includes(id),
      ),
  ];

  test.each(WITH_SCREENSHOT.map((id) => [id]))('%s has a picture slot', (id) => {
    const s = byId(id);
    expect(s.picture !== undefined || s.variants.some((v) => v.picture !== undefined)).toBe(true);
  });

  test('picture ids are unique', () => {
    const ids = ALL_STEPS.flatMap((s) => [
      ...(s.picture ? [s.picture] : []),
      ...[...s.variants, ...s.tips.flatMap((t) => t.variants)].flatMap((v) =>
        v.picture ? [v.picture] : [],
      ),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('references', () => {
  test('every link points at a task and, if given, a step of that task', () => {
    const links = ALL.flatMap((p) => richTextsOf(p)).flatMap((t) =>
      t.flatMap((seg) => ('to' in seg ? [seg.to] : [])),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const to of links) {
      expect(TASK_IDS).toContain(to.task);
      if (to.step !== undefined) {
        const owner = ALL.find((p) => p.steps.some((s) => s.id === to.step));
        expect(owner?.task, to.step).toBe(to.task);
      }
    }
  });

  test('askAt and parent name steps of the same procedure', () => {
    for (const p of ALL) {
      const ids = new Set(p.steps.map((s) => s.id));
      for (const q of p.questions) if (q.askAt) expect(ids.has(q.askAt)).toBe(true);
      for (const s of p.steps) if (s.parent) expect(ids.has(s.parent)).toBe(true);
    }
  });
});

describe('text hygiene (fixes of the extracted text)', () => {
  const strings = collectStrings([PROCEDURES, CONTACTS, FAX_DESTINATION]);

  test.each([
    ['貸金', /貸金/],
    ['お自身', /お自身/],
    ['booklet page references', /P\.\s*\d/],
    ['lost check marks', /対象ユーザーへの（/],
    ['empty toggle brackets', /」\(\)/],
  ])('no %s', (_name, pattern) => {
    expect(strings.filter((s) => pattern.test(s))).toEqual([]);
  });

  test('no URL other than the service site', () => {
    const urls = strings.flatMap((s) => s.match(/https?:\/\/[A-Za-z0-9.\-/_~%?#=&]+/g) ?? []);
    const hosts = strings.flatMap((s) => s.match(/www\.[A-Za-z0-9.-]+/g) ?? []);
    expect(new Set(urls)).toEqual(new Set(['https://www.cjs-rokin.jp']));
    expect(new Set(hosts)).toEqual(new Set(['www.cjs-rokin.jp']));
  });

  test('brackets are balanced in every text', () => {
    const texts = [
      ...ALL.flatMap(richTextsOf).map(plainText),
      ...ALL.flatMap((p) =>
        p.questions.flatMap((q) => [q.question, ...q.options.map((o) => o.label)]),
      ),
      ...ALL_STEPS.flatMap((s) => [
        ...(s.onlyIf ? [s.onlyIf] : []),
        ...s.variants.map((v) => v.heading),
        ...s.tips.flatMap((t) => [t.heading, t.title ?? '']),
      ]),
    ];
    for (const text of texts) {
      for (const [open, close] of ['「」', '『』', '（）', '【】']) {
        expect(count(text, open!), text).toBe(count(text, close!));
      }
    }
  });

  test('the service is called 賃金控除事務支援サービス', () => {
    expect(strings.some((s) => s.includes('賃金控除事務支援サービス'))).toBe(true);
  });
});

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object')
    return Object.values(value).flatMap(collectStrings);
  return [];
}

function segmentsOf(s: Step): Segment[] {
  return [
    ...s.instruction,
    ...(s.list ?? []).flat(),
    ...s.notes.flat(),
    ...s.warnings.flatMap((w) => w.items.flat()),
    ...s.tips.flatMap((t) => [...t.body.flat(), ...t.variants.flatMap((v) => v.text ?? [])]),
    ...s.variants.flatMap((v) => v.text ?? []),
  ];
}

function richTextsOf(p: Procedure): RichText[] {
  return [
    ...p.intro,
    ...p.notices.flatMap((n) => [...n.paragraphs, ...(n.list ?? [])]),
    ...p.questions.flatMap((q) => q.options.flatMap((o) => (o.hint ? [o.hint] : []))),
    ...p.steps.flatMap((s) => [
      s.instruction,
      ...(s.list ?? []),
      ...s.notes,
      ...(s.auto ? [s.auto.reason] : []),
      ...s.warnings.flatMap((w) => w.items),
      ...s.tips.flatMap((t) => [...t.body, ...t.variants.flatMap((v) => (v.text ? [v.text] : []))]),
      ...s.variants.flatMap((v) => (v.text ? [v.text] : [])),
    ]),
    ...(p.closing ? [p.closing] : []),
  ];
}
