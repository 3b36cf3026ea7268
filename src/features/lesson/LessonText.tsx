import { Fragment, type ReactNode } from 'react';
import { parseLessonText, type Inline } from '../../lib/lesson-text';

/**
 * A lesson's text in its small Markdown (lib/lesson-text.ts), drawn with elements and text nodes
 * only: whatever the text holds, nothing in it becomes HTML.
 */
export function LessonText({ text, lang }: { text: string; lang?: string | undefined }) {
  return (
    <div className="lesson-text" lang={lang} dir="auto">
      {parseLessonText(text).map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>{inline(block.children)}</p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

function inline(nodes: readonly Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'em':
        return <em key={i}>{inline(node.children)}</em>;
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {inline(node.children)}
          </a>
        );
    }
  });
}
