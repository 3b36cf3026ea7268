import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { formatPoint } from '../lib/dates';
import { useAppStore } from '../store/app-store';

/** The example lesson over the bundled events, in the language shown now. */
function lessonHref(): string {
  const params = new URLSearchParams({ lesson: 'example' });
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (lang !== null) params.set('lang', lang);
  return `?${params.toString()}`;
}

/** What the About dialog says: a lazy chunk, loaded when it is first opened. */
export function AboutContent() {
  const { t } = useLingui();
  const dataset = useAppStore((s) => s.dataset);
  const sources = useMemo(() => {
    const byKey = new Map<string, { outlet: string; headline: string; published: string }>();
    for (const e of dataset?.events ?? []) {
      for (const s of e.props.sources) byKey.set(`${s.outlet}|${s.headline}`, s);
    }
    return [...byKey.values()].sort((a, b) => a.published.localeCompare(b.published));
  }, [dataset]);
  const meta = dataset?.metadata;
  const version = meta?.version;
  const updated = meta ? formatPoint(meta.updated) : '';
  const license = meta?.license;
  return (
    <>
      {meta && <p dir="auto">{meta.description}</p>}
      <p>
        <Trans>
          <a href={lessonHref()}>Take the example lesson</a>: seven steps through the bundled events, from the
          fall of Kabul in August 2021 to the bombing in Mastung in April 2025.
        </Trans>
      </p>
      <p>
        <Trans>
          Each event is placed and dated only as precisely as its sources allow, and says how: hollow markers
          are events known only to the month or year, or over a period, dashed rings are places known only to
          the district, province or country, or towns located by their name. A place the sources do not name
          is shown as its country, and the event says where its marker stands. What an event adds from outside
          its sources is listed under “Not in the cited sources”, and a figure read from damaged text says
          what the text reads. Every event lists its sources with a short quote.
        </Trans>
      </p>
      {sources.some((s) => s.outlet === 'IANS' && s.published === '2021-12-17') && (
        <p>
          <Trans>
            The IANS story is dated only “Dec 17”, with no year: 2021 is inferred from the US State Department
            report it describes, which came out in December 2021, and the dates it gives without a year are
            read as 2020.
          </Trans>
        </p>
      )}
      {meta?.contentNote && <p className="content-note">{meta.contentNote}</p>}
      {sources.length > 0 && (
        <>
          <h3>
            <Trans>Sources</Trans>
          </h3>
          <ul>
            {sources.map((s) => {
              const outlet = s.outlet;
              const headline = s.headline;
              const published = formatPoint(s.published);
              return (
                <li key={`${s.outlet}|${s.headline}`}>
                  <Trans comment="A source in the About dialog: the outlet, the headline of its story (in quotation marks) and the date it was published">
                    <bdi>{outlet}</bdi>, “<bdi>{headline}</bdi>”, {published}
                  </Trans>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>
        <Trans>Privacy</Trans>
      </h3>
      <p>
        <Trans>
          The page loads nothing from other websites: the map outlines (Natural Earth), the capitals named on
          the map and the events are served with it. It sets no cookies and keeps no record of what you look
          at. Place names in your own files are looked up in an offline gazetteer of towns from GeoNames (CC
          BY 4.0), also served with it, as are the capitals.
        </Trans>
      </p>
      {meta && (
        <p className="muted">
          {license
            ? t`Dataset version ${version}, updated ${updated}. ${license}.`
            : t`Dataset version ${version}, updated ${updated}.`}
        </p>
      )}
    </>
  );
}
