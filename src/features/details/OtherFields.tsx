import { Trans } from '@lingui/react/macro';
import { Fragment } from 'react';
import type { EventProperties } from '../../lib/event-schema';

/** The reader's file's own columns that are none of our fields, as the file names and gives them. */
export function OtherFields({ fields }: { fields: EventProperties['otherFields'] }) {
  if (!fields || fields.length === 0) return null;
  return (
    <div className="other-fields">
      <h3>
        <Trans comment="Heading over the columns of the reader's own file that the map does not use">
          Other fields in the file
        </Trans>
      </h3>
      <dl className="facts">
        {fields.map(({ name, value }) => (
          <Fragment key={name}>
            <dt>
              <bdi>{name}</bdi>
            </dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
