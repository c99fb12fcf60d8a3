import { useEffect, useId, useState } from 'react';
import { postalDigits, type PostalAddress } from '../../domain/postal/lookup';
import { normalisePostalCode } from '../../domain/request/normalise';
import { lookupPostalCode, type PostalLookupResult } from './postal-client';

type State = { code: string; result: PostalLookupResult | 'loading' } | null;

function optionLabel(address: PostalAddress): string {
  return address.office ? `${address.full}（${address.office}）` : address.full;
}

/**
 * Offers the address for a complete postal code from the app's own offline data. It never fills
 * ご住所 by itself: the person chooses, and can always type the address instead.
 */
export function PostalLookup({
  postalCode,
  onUse,
}: {
  postalCode: string;
  onUse: (address: string) => void;
}) {
  const digits = postalDigits(normalisePostalCode(postalCode));
  // The answer for the code it was asked for; a code without an answer yet is loading.
  const [answer, setAnswer] = useState<{ code: string; result: PostalLookupResult } | null>(null);
  const [choice, setChoice] = useState<{ code: string; index: number } | null>(null);
  const name = useId();

  useEffect(() => {
    if (digits === null) return;
    let current = true;
    void lookupPostalCode(digits).then((result) => {
      if (current) setAnswer({ code: digits, result });
    });
    return () => {
      current = false;
    };
  }, [digits]);

  const shown: State =
    digits === null
      ? null
      : { code: digits, result: answer?.code === digits ? answer.result : 'loading' };
  const chosen = choice?.code === digits ? choice.index : 0;
  const setChosen = (index: number) => digits && setChoice({ code: digits, index });
  const formatted = digits ? `${digits.slice(0, 3)}-${digits.slice(3)}` : '';

  return (
    <div className="postal-lookup" aria-live="polite">
      {shown?.result === 'loading' && <p className="hint">住所を検索しています…</p>}
      {shown && shown.result !== 'loading' && <Result code={formatted} result={shown.result} />}
      {shown && shown.result !== 'loading' && shown.result.kind === 'found' && (
        <div className="postal-lookup__found">
          {shown.result.options.length === 1 ? (
            <p>
              郵便番号 {formatted} の住所：<strong>{optionLabel(shown.result.options[0]!)}</strong>
            </p>
          ) : (
            <fieldset className="fieldset">
              <legend className="legend">
                郵便番号 {formatted} には複数の住所があります。該当する住所を選んでください。
              </legend>
              <div className="postal-lookup__options">
                {shown.result.options.map((address, index) => (
                  <div className="choice" key={`${address.full}-${address.office ?? ''}`}>
                    <div className="choice__item">
                      <input
                        className="choice__input"
                        type="radio"
                        id={`${name}-${index}`}
                        name={name}
                        checked={chosen === index}
                        onChange={() => setChosen(index)}
                      />
                      <label className="choice__label" htmlFor={`${name}-${index}`}>
                        {optionLabel(address)}
                      </label>
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              if (shown.result !== 'loading' && shown.result.kind === 'found') {
                onUse(shown.result.options[chosen]?.full ?? '');
              }
            }}
          >
            この住所をご住所に入力する
          </button>
        </div>
      )}
    </div>
  );
}

function Result({ code, result }: { code: string; result: PostalLookupResult }) {
  switch (result.kind) {
    case 'found':
      return null;
    case 'not-found':
      return (
        <p className="hint">
          郵便番号 {code} に該当する住所が見つかりませんでした。ご住所を入力してください。
        </p>
      );
    case 'offline':
      return (
        <p className="hint">オフラインのため住所を検索できません。ご住所を入力してください。</p>
      );
    case 'error':
      return <p className="hint">住所を検索できませんでした。ご住所を入力してください。</p>;
  }
}
