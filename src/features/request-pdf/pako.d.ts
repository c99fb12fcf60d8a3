// pako 1 ships no types; only what deflate.ts uses (`level` is deflate.ts's own mark).
declare module 'pako' {
  type Deflate = ((data: Uint8Array, options?: { level?: number }) => Uint8Array) & {
    level?: number;
  };
  const pako: { deflate: Deflate };
  export default pako;
}
