/** What a part of the result that failed to render shows instead; the rest is unaffected. */
export function SectionFailed({ name }: { name: string }) {
  return (
    <p className="notice notice--warning" role="alert">
      The {name} could not be shown. The rest of the result is unaffected; reloading the page may
      help.
    </p>
  );
}
