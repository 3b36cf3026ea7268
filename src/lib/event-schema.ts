import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { ACTOR_ROLES, CATEGORIES, CLAIM_STATUSES, CLAIM_SUBJECTS, LOCATION_PRECISIONS } from './vocabulary';

// No compiled validators: they need `new Function`, which the app's
// Content-Security-Policy (script-src 'self') forbids.
z.config({ jitless: true });

// The messages say what is wrong with a field, after its name ('field "properties.title": is missing').
// Each is a function, so it is worded when a value fails, in the language shown then, not when this loads.

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

const realDay = z
  .string()
  .regex(DAY, {
    error: () =>
      t({
        comment:
          'A problem with a field of a data file, after its name; YYYY-MM-DD is the form a day must have',
        message: 'expected a day as YYYY-MM-DD',
      }),
  })
  .refine(isRealDay, {
    error: () =>
      t({
        comment: 'A problem with a field of a data file, after its name: a day such as 2025-02-30',
        message: 'is not a real calendar day',
      }),
  });

/** A span end point may be a day, a month or a year. */
const spanPoint = z.string().refine((s) => (DAY.test(s) && isRealDay(s)) || MONTH.test(s) || YEAR.test(s), {
  error: () =>
    t({
      comment:
        'A problem with a field of a data file, after its name; the forms a date may have, not to be translated',
      message: 'expected YYYY, YYYY-MM or YYYY-MM-DD',
    }),
});

export const eventDateSchema = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('day'), value: realDay }),
  z.strictObject({
    precision: z.literal('month'),
    value: z.string().regex(MONTH, {
      error: () =>
        t({
          comment:
            'A problem with a field of a data file, after its name; YYYY-MM is the form a month must have',
          message: 'expected a month as YYYY-MM',
        }),
    }),
  }),
  z.strictObject({
    precision: z.literal('year'),
    value: z.string().regex(YEAR, {
      error: () =>
        t({
          comment: 'A problem with a field of a data file, after its name; YYYY is the form a year must have',
          message: 'expected a year as YYYY',
        }),
    }),
  }),
  z
    .strictObject({ precision: z.literal('span'), start: spanPoint, end: spanPoint })
    .refine((d) => d.start <= d.end, {
      error: () =>
        t({
          comment:
            'A problem with a field of a data file, after its name ("end"): "start" and "end" are the names of fields',
          message: 'start is after end',
        }),
      path: ['end'],
    }),
]);
export type EventDate = z.infer<typeof eventDateSchema>;

const text = z
  .string()
  .trim()
  .min(1, {
    error: () =>
      t({ comment: 'A problem with a field of a data file, after its name', message: 'must not be empty' }),
  });

const figureSchema = z.strictObject({
  /** The number used for marker size and sums: the lower bound where the figure is vague. */
  value: z.number().int().nonnegative(),
  /** The figure in words, as the sources give it ("more than 54", "dozens"). */
  text,
  approximate: z.boolean(),
  /**
   * Only where `text` is a reading rather than a quote (damaged or run-together source
   * text): one line saying what the source literally says and how it is read.
   */
  reading: text
    .max(300, {
      error: () =>
        t({
          comment: 'A problem with a field of a data file, after its name',
          message: 'is longer than one line should be (300 characters)',
        }),
    })
    .optional(),
});

const httpUrl = z
  .string()
  .url({
    error: () =>
      t({ comment: 'A problem with a field of a data file, after its name', message: 'is not a URL' }),
  })
  .refine((u) => /^https?:\/\//i.test(u), {
    error: () =>
      t({
        comment: 'A problem with a field of a data file, after its name',
        message: 'must start with http:// or https://',
      }),
  });

export const sourceSchema = z.strictObject({
  outlet: text,
  headline: text,
  published: realDay,
  /** One sentence at most, copied exactly from the article. */
  quote: text.max(400, {
    error: () =>
      t({
        comment: 'A problem with a field of a data file, after its name',
        message: 'is longer than one sentence should be (400 characters)',
      }),
  }),
  url: httpUrl.optional(),
});

export const actorSchema = z.strictObject({
  name: text,
  role: z.enum(ACTOR_ROLES),
  /** Who made the claim or the accusation, where it matters ("US officials"). */
  by: text.optional(),
});

/**
 * A claim in the event that the sources report as disputed, or only as its
 * maker's word: which part of the event it is about, who makes it, who
 * disputes it, and the cited source that says so.
 */
export const claimSchema = z
  .strictObject({
    status: z.enum(CLAIM_STATUSES),
    about: z.enum(CLAIM_SUBJECTS),
    /** With `about: "actor"`: the name of the actor, as the event's `actors` spell it. */
    actor: text.optional(),
    /** Who makes the claim ("US officials", or the group claiming an attack). */
    by: text,
    /** Who disputes it: required for a disputed claim, absent for an unverified one. */
    disputedBy: text.optional(),
    /** What the sources say about it, in one short paragraph of plain text. */
    note: text
      .max(300, {
        error: () =>
          t({
            comment: 'A problem with a field of a data file, after its name',
            message: 'is too long for a note (300 characters)',
          }),
      })
      .regex(/^[^\n\r]*$/, {
        error: () =>
          t({
            comment: 'A problem with a field of a data file, after its name',
            message: 'must be a single line',
          }),
      }),
    /** The outlet of the cited source that reports the dispute or the unconfirmed claim. */
    source: text,
  })
  .superRefine((claim, ctx) => {
    if ((claim.about === 'actor') !== (claim.actor !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['actor'],
        message:
          claim.actor === undefined
            ? t({
                comment: 'A problem with a field of a data file, after its name ("actor", in a claim)',
                message: 'is needed when the claim is about an actor',
              })
            : t({
                comment: 'A problem with a field of a data file, after its name ("actor", in a claim)',
                message: 'is only for claims about an actor',
              }),
      });
    }
    if ((claim.status === 'disputed') !== (claim.disputedBy !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['disputedBy'],
        message:
          claim.disputedBy === undefined
            ? t({
                comment: 'A problem with a field of a data file, after its name ("disputedBy", in a claim)',
                message: 'is needed for a disputed claim',
              })
            : t({
                comment: 'A problem with a field of a data file, after its name ("disputedBy", in a claim)',
                message: 'is only for disputed claims',
              }),
      });
    }
  });
export type Claim = z.infer<typeof claimSchema>;

/** A BCP 47 language tag, as a file gives it: "ur", "fa-AF", "ru". */
const languageTag = z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, {
  error: () =>
    t({
      comment:
        'A problem with a field of a data file, after its name: a language code such as "ur" or "fa-AF"',
      message: 'expected a language code such as "ur" or "fa-AF"',
    }),
});

/** An event's words in another language: any of its title, summary and place label. */
const translationSchema = z.strictObject({
  title: text.max(160).optional(),
  summary: text.optional(),
  placeLabel: text.max(40).optional(),
});
export type Translation = z.infer<typeof translationSchema>;

const eventFields = z.strictObject({
  title: text.max(160, {
    error: () =>
      t({
        comment: 'A problem with a field of a data file, after its name',
        message: 'is too long for a title (160 characters)',
      }),
  }),
  summary: text,
  /** The language the title, summary and place label are written in (a BCP 47 tag): English if not given. */
  lang: languageTag.optional(),
  /** The title, summary and place label in other languages, by language tag: `{ "ur": { "title": "..." } }`. */
  translations: z.record(languageTag, translationSchema).optional(),
  category: z.enum(CATEGORIES),
  date: eventDateSchema,
  /** How the sources give the date, where that needs saying. */
  dateNote: text.optional(),
  place: z.strictObject({
    name: text,
    /** Short label drawn on the map next to the marker. */
    label: text.max(40),
    precision: z.enum(LOCATION_PRECISIONS),
    /** ISO 3166-1 alpha-2 codes of the countries the place lies in. */
    countries: z
      .array(
        z.string().regex(/^[A-Z]{2}$/, {
          error: () =>
            t({
              comment: 'A problem with a field of a data file, after its name: a country code such as "PK"',
              message: 'expected an ISO 3166-1 alpha-2 code',
            }),
        }),
      )
      .min(1),
    note: text.optional(),
    /** For a place located by its name, the gazetteer's town the point is taken from: "Quetta, PK". */
    gazetteer: text.optional(),
  }),
  actors: z.array(actorSchema),
  casualties: z
    .strictObject({
      killed: figureSchema.optional(),
      wounded: figureSchema.optional(),
      note: text.optional(),
    })
    .optional(),
  /** Facts stated in the event that the cited sources do not state. */
  notInSources: z.array(text).optional(),
  /** Claims the sources report as disputed or unverified. */
  claims: z
    .array(claimSchema)
    .min(1, {
      error: () =>
        t({
          comment: 'A problem with a field of a data file, after its name ("claims", an empty list)',
          message: 'leave it out when there are no claims to flag',
        }),
    })
    .optional(),
  sources: z.array(sourceSchema).min(1, {
    error: () =>
      t({
        comment: 'A problem with a field of a data file, after its name',
        message: 'needs at least one source',
      }),
  }),
  /**
   * A reader's file's columns that are none of these fields, by the file's
   * own names: kept so nothing is lost, shown in the details and exported.
   */
  otherFields: z
    .array(z.strictObject({ name: text, value: text }))
    .min(1, {
      error: () =>
        t({
          comment: 'A problem with a field of a data file, after its name ("otherFields", an empty list)',
          message: 'leave it out when there are no other fields',
        }),
    })
    .optional(),
});

export const eventPropertiesSchema = eventFields.superRefine((props, ctx) => {
  // A claim points into the event: its actor and its source must be there, spelled the same.
  props.claims?.forEach((claim, i) => {
    if (claim.actor !== undefined && !props.actors.some((a) => a.name === claim.actor)) {
      ctx.addIssue({
        code: 'custom',
        path: ['claims', i, 'actor'],
        message: t({
          comment: 'A problem with a field of a data file, after its name ("actor", in a claim)',
          message: "is not one of the event's actors",
        }),
      });
    }
    if (!props.sources.some((s) => s.outlet === claim.source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['claims', i, 'source'],
        message: t({
          comment: 'A problem with a field of a data file, after its name ("source", in a claim)',
          message: "is not the outlet of one of the event's sources",
        }),
      });
    }
  });
});
export type EventProperties = z.infer<typeof eventPropertiesSchema>;

export const eventFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: () =>
      t({
        comment:
          'A problem with a field of a data file, after its name ("id"); a slug is a name of lower-case letters, digits and hyphens, not to be translated',
        message: 'expected a lower-case slug such as "kabul-airport-2021"',
      }),
  }),
  geometry: z.strictObject({
    type: z.literal('Point'),
    coordinates: z
      .tuple([
        z
          .number()
          .gte(-180, {
            error: () =>
              t({
                comment: 'A problem with a field of a data file, after its name',
                message: 'longitude below -180',
              }),
          })
          .lte(180, {
            error: () =>
              t({
                comment: 'A problem with a field of a data file, after its name',
                message: 'longitude above 180',
              }),
          }),
        z
          .number()
          .gte(-90, {
            error: () =>
              t({
                comment: 'A problem with a field of a data file, after its name',
                message: 'latitude below -90',
              }),
          })
          .lte(90, {
            error: () =>
              t({
                comment: 'A problem with a field of a data file, after its name',
                message: 'latitude above 90',
              }),
          }),
      ])
      .describe('[longitude, latitude]'),
  }),
  properties: eventPropertiesSchema,
});
export type EventFeature = z.infer<typeof eventFeatureSchema>;

export const datasetMetadataSchema = z.strictObject({
  title: text,
  description: text,
  version: text,
  updated: realDay,
  license: text.optional(),
  /** Shown to the reader before the map, for datasets about violent events. */
  contentNote: text.optional(),
});
export type DatasetMetadata = z.infer<typeof datasetMetadataSchema>;

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
