import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { CopyText } from '../../components/CopyText';
import { DownloadLessonButton } from '../../components/DownloadLessonButton';
import { choicesFor, embedSnippet } from '../../lib/embed-snippet';
import { lessonIssueText, type Lesson, type LessonResult } from '../../lib/lesson';
import { MAX_LINK_LENGTH } from '../../lib/lesson-fragment';
import { lessonLink } from '../../lib/lesson-link';

/**
 * The page a lesson's link opens: this one, with what the lesson's views need besides themselves (the
 * events of `?data=`), and nothing of the view on screen: the lesson's first step gives that.
 */
function pageAddress(): string {
  const url = new URL(window.location.pathname, window.location.origin);
  const data = new URLSearchParams(window.location.search).get('data');
  if (data !== null) url.searchParams.set('data', data);
  return url.toString();
}

/**
 * Sharing the lesson written: a link with the lesson in its fragment (lib/lesson-link.ts), its JSON
 * file, and the code to embed it; or, while it is not a lesson yet, what still has to be done.
 */
export function LessonShare({ result }: { result: LessonResult }) {
  const { t, i18n } = useLingui();
  const lesson = result.ok ? result.lesson : null;
  const [made, setMade] = useState<{ of: Lesson; link: string; fits: boolean } | null>(null);
  useEffect(
    function makeLink() {
      if (!lesson) return;
      let gone = false;
      void lessonLink(pageAddress(), lesson).then((link) => {
        if (!gone) setMade({ of: lesson, ...link });
      });
      return () => {
        gone = true;
      };
    },
    [lesson],
  );
  // Only the link of the lesson as it is now: none while the new one is made.
  const link = made && made.of === lesson ? made : null;

  const length = link ? i18n.number(link.link.length) : '';
  const count = result.ok ? 0 : result.issues.length;
  const title = result.ok ? result.lesson.title : '';
  return (
    <section className="lesson-share" aria-labelledby="lesson-share-title">
      <h3 id="lesson-share-title">
        <Trans comment="Heading of the part of the lesson panel that shares the lesson">Share</Trans>
      </h3>
      {!result.ok ? (
        <>
          <p>
            {t({
              comment: 'Above the list of what keeps a lesson being written from being shared',
              message: plural(count, {
                one: 'One thing to do before the lesson can be shared:',
                other: '# things to do before the lesson can be shared:',
              }),
            })}
          </p>
          <ul className="lesson-todo">
            {result.issues.map((issue, i) => (
              <li key={i}>{lessonIssueText(issue)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <DownloadLessonButton lesson={result.lesson} />
          {link === null ? null : link.fits ? (
            <>
              <CopyText
                label={t`Lesson link`}
                button={t`Copy lesson link`}
                text={link.link}
                rows={3}
                className="citation lesson-link"
              />
              <p>
                <a href={link.link}>
                  <Trans>Play the lesson here</Trans>
                </a>
              </p>
              <CopyText
                label={t({ comment: 'The HTML to paste into another page', message: 'Embed code' })}
                button={t`Copy embed code`}
                text={embedSnippet(
                  link.link,
                  t({
                    comment: 'The title of an embedded lesson’s frame: {title} is the lesson’s',
                    message: `Lesson: ${title}`,
                  }),
                  choicesFor(link.link),
                )}
                rows={5}
                className="citation snippet"
              />
            </>
          ) : (
            <p className="notice notice-warning" role="status">
              {t({
                comment:
                  'When a lesson is too long for a link: {length} is the link’s length, # the most a link may have',
                message: plural(MAX_LINK_LENGTH, {
                  other: `This lesson is too long for a link: it would take ${length} characters, and links longer than # are cut short by some mail, chat and learning platforms. Share it as a file instead: use “Download lesson (JSON)”, and open the file with “Your data”.`,
                }),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
