// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { FORM_LAYOUT, type FormLayout } from '../../../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import ExamplePicture from '../../../src/features/request-form/example-picture';
import {
  FormPicture,
  exampleValues,
  wrap,
  estimateWidth,
} from '../../../src/features/request-form/form-picture';

afterEach(cleanup);

const svgText = () => document.querySelector('svg.form-picture')!.textContent.replace(/\s+/g, '');

describe('the 記入例 as the form', () => {
  test('is one named picture', () => {
    render(<ExamplePicture />);
    expect(screen.getByRole('img', { name: /^記入例：記入・ご捺印した依頼書の図/ })).toBeTruthy();
  });

  test('every printed word of the layout is on it', () => {
    render(<ExamplePicture />);
    const text = svgText();
    for (const item of [...FORM_LAYOUT.texts, ...FORM_LAYOUT.procedures.map((p) => p.label)]) {
      expect(text, item.text).toContain(item.text.replace(/\s+/g, ''));
    }
  });

  test('every value of the example is in its box, the date as the guide writes it', () => {
    render(<ExamplePicture />);
    const text = svgText();
    for (const value of [
      REQUEST_EXAMPLE.postalCode,
      REQUEST_EXAMPLE.address,
      REQUEST_EXAMPLE.organisationName,
      REQUEST_EXAMPLE.representativeTitle,
      REQUEST_EXAMPLE.representativeName,
      REQUEST_EXAMPLE.phone,
      REQUEST_EXAMPLE.fax,
      REQUEST_EXAMPLE.contactPerson,
      REQUEST_EXAMPLE.contractNumber,
    ]) {
      expect(text).toContain(value.replace(/\s+/g, ''));
    }
    // The date slots hold the guide's placeholders, right before their 年, 月 and 日.
    const values = [...document.querySelectorAll('.form-picture__values text')].map(
      (t) => t.textContent,
    );
    expect(values.slice(0, 3)).toEqual(['20XX', 'X', 'XX']);
    expect(text).not.toContain('2026');
  });

  test('the chosen procedure is circled, the chosen user ticked, the seal stamped', () => {
    render(<ExamplePicture />);
    const svg = document.querySelector('svg.form-picture')!;
    // Rings as the PDF draws them (procedureRing), ticks as paths of their own.
    expect(svg.querySelectorAll('path.form-picture__ring')).toHaveLength(
      REQUEST_EXAMPLE.procedures.length,
    );
    expect(svg.querySelectorAll('path:not(.form-picture__ring)')).toHaveLength(
      REQUEST_EXAMPLE.revocationTargets.length,
    );
    expect(svg.textContent).toContain('印');
  });

  test('numbered markers 1–7 point at the notes', () => {
    render(<ExamplePicture />);
    const badges = [...document.querySelectorAll('.form-picture__marker')].map(
      (t) => t.textContent,
    );
    expect(badges).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('is drawn from the layout it is given: a moved line moves in the picture', () => {
    const moved: FormLayout = {
      ...FORM_LAYOUT,
      lines: [{ x1: 10, y1: 123.5, x2: 200, y2: 123.5, width: 1 }],
    };
    render(
      <FormPicture
        request={REQUEST_EXAMPLE}
        values={exampleValues(REQUEST_EXAMPLE, {
          requestYear: '2026',
          requestMonth: '4',
          requestDay: '1',
        })}
        markers={[]}
        title="t"
        layout={moved}
      />,
    );
    const lines = document.querySelectorAll('svg.form-picture line');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.getAttribute('y1')).toBe('123.5');
  });
});

describe('wrapping', () => {
  test('keeps each line within the width and never starts one with 、 or 。', () => {
    const text = FORM_LAYOUT.texts.find((t) => t.width !== undefined)!;
    const lines = wrap(text.text, text.width!, text.size);
    expect(lines.join('')).toBe(text.text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line[0]).not.toMatch(/[、。）」]/);
    }
    for (const line of lines.slice(0, -1)) {
      // A line may go one character over only to keep a closing mark with it.
      expect(estimateWidth(line.slice(0, -1), text.size)).toBeLessThanOrEqual(text.width!);
    }
  });
});
