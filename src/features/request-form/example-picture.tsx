import { FORM_LAYOUT, type ValueField } from '../../content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../../content/request-example';
import { exampleValues, FormPicture, type Marker } from './form-picture';

/** The guide's 記入例 writes the date as a placeholder: the person writes their own. */
const EXAMPLE_DATE = { requestYear: '20XX', requestMonth: 'X', requestDay: 'XX' } as const;

/** Where the example's numbered notes point: beside the boxes they are about. */
export type ExampleNote =
  'date' | 'seal' | 'representative' | 'phone' | 'contract' | 'inquiry' | 'revocation';

export const EXAMPLE_NOTE_ORDER: readonly ExampleNote[] = [
  'date',
  'seal',
  'representative',
  'phone',
  'contract',
  'inquiry',
  'revocation',
];

const LEFT_MARGIN = 8;

function markers(): Marker[] {
  const box = (field: ValueField) => FORM_LAYOUT.values.find((v) => v.field === field)!.rect;
  const centre = (r: { y: number; height: number }) => r.y + r.height / 2;
  const row = (procedure: string) =>
    FORM_LAYOUT.procedures.find((p) => p.procedure === procedure)!.cell;
  const seal = FORM_LAYOUT.texts.find((t) => t.text.startsWith('お申込印'))!;
  const phone = box('phone');
  const where: Record<ExampleNote, { x: number; y: number }> = {
    date: { x: 201, y: centre(box('requestDay')) },
    seal: { x: 201, y: (seal.y + phone.y) / 2 },
    representative: { x: LEFT_MARGIN, y: centre(box('representativeTitle')) },
    phone: { x: LEFT_MARGIN, y: centre(phone) },
    contract: { x: LEFT_MARGIN, y: centre(box('contractNumber')) },
    inquiry: { x: LEFT_MARGIN, y: centre(row('contractNumberInquiry')) },
    revocation: { x: LEFT_MARGIN, y: centre(row('certificateRevocation')) },
  };
  return EXAMPLE_NOTE_ORDER.map((note, i) => ({ number: i + 1, ...where[note] }));
}

/** The filled-in form of the 記入例, loaded with the example page only (it brings the layout). */
export default function ExamplePicture() {
  return (
    <FormPicture
      request={REQUEST_EXAMPLE}
      values={exampleValues(REQUEST_EXAMPLE, EXAMPLE_DATE)}
      markers={markers()}
      title="記入例：記入・ご捺印した依頼書の図（番号は右の記入のポイントの番号です）"
    />
  );
}
