import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { DownloadLessonButton } from '../../components/DownloadLessonButton';
import { usePlayingLesson } from '../../hooks/playing-lesson';
import { MAX_LINK_LENGTH } from '../../lib/lesson-fragment';

/**
 * Why the link (or embed code) of a lesson carried whole in the address is too long to share, and how
 * to share the lesson instead: its file, sent or put online and named by `?lesson=`.
 */
export function LongLessonLinkNote({ length, what }: { length: number; what: 'a link' | 'an embed code' }) {
  const { t, i18n } = useLingui();
  const lesson = usePlayingLesson();
  const chars = i18n.number(length);
  // Written as they are in every language: a parameter and an example address.
  const param = '?lesson=';
  const example = `${window.location.origin}${window.location.pathname}?lesson=https://example.org/lesson.json`;
  return (
    <div className="local-file-note">
      <p>
        {what === 'a link'
          ? t({
              comment:
                'When the link of a lesson is too long: {chars} is its length, # the most a link may have',
              message: plural(MAX_LINK_LENGTH, {
                other: `This link would be ${chars} characters long, because it carries the whole lesson: links longer than # are cut short by some mail, chat and learning platforms, and a cut link holds no lesson.`,
              }),
            })
          : t({
              comment:
                'When the embed code of a lesson is too long: {chars} is the length of its address, # the most an address should have',
              message: plural(MAX_LINK_LENGTH, {
                other: `This embed code carries the whole lesson in its address, ${chars} characters long: addresses longer than # are cut short by some learning platforms, and a cut address holds no lesson.`,
              }),
            })}
      </p>
      <p>
        <Trans comment="param is ?lesson=, example an address of the map with a lesson file's">
          Share the lesson as a file instead: download it, then send it (it opens with “Your data”) or put it
          online and share this map with <code className="nowrap">{param}</code> and the file’s address:{' '}
          <code>{example}</code>.
        </Trans>
      </p>
      {lesson && <DownloadLessonButton lesson={lesson} />}
    </div>
  );
}
