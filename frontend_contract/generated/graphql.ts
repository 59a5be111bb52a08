// Generated from @library-cms/frontend-contract 1.2.0 (schema.graphql and operations/*.graphql) by `npm run codegen`. Do not edit.
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * The `Date` scalar type represents a Date
   * value as specified by
   * [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
   */
  Date: { input: string; output: string; }
  /**
   * The `DateTime` scalar type represents a DateTime
   * value as specified by
   * [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
   */
  DateTime: { input: string; output: string; }
  /** A JSON object, served as an object (not a string), e.g. schema.org JSON-LD: write it into a `<script type="application/ld+json">` with `JSON.stringify`. */
  JSON: { input: { [key: string]: unknown }; output: { [key: string]: unknown }; }
  /**
   * Allows use of a JSON String for input / output from the GraphQL schema.
   *
   * Use of this type is *not recommended* as you lose the benefits of having a defined, static
   * schema (one of the key benefits of GraphQL).
   */
  JSONString: { input: string; output: string; }
  /** GraphQL type for an integer that must be equal or greater than zero. */
  PositiveInt: { input: number; output: number; }
  /** HTML from the CMS's rich text, sanitised exactly like `SafeHTML` (an older name of the same thing). Safe to insert into a page as it is. */
  RichText: { input: string; output: string; }
  /**
   * HTML from the CMS's rich text: internal links resolved to page paths, and only
   * formatting tags, links and images kept. Safe to insert into a page as it is.
   */
  SafeHTML: { input: string; output: string; }
  /**
   * Leverages the internal Python implementation of UUID (uuid.UUID) to provide native UUID objects
   * in fields, resolvers and input.
   */
  UUID: { input: string; output: string; }
};

/** One `<link rel="alternate" hreflang="…" href="…">` for the page's head. */
export type Alternate = {
  __typename?: 'Alternate';
  /** Absolute URL on the frontend. */
  href: Scalars['String']['output'];
  /** A language code, or `x-default`. */
  hreflang: Scalars['String']['output'];
};

export type BlockQuoteBlock = StreamFieldInterface & {
  __typename?: 'BlockQuoteBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type BooleanBlock = StreamFieldInterface & {
  __typename?: 'BooleanBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['Boolean']['output'];
};

export type CalendarDay = {
  __typename?: 'CalendarDay';
  date: Scalars['Date']['output'];
  inMonth: Scalars['Boolean']['output'];
  isToday: Scalars['Boolean']['output'];
  occurrenceCount: Scalars['Int']['output'];
  occurrences: Array<EventOccurrence>;
};

/**
 * A month as a Monday-first grid, with the days of the adjacent months that fill its
 * first and last weeks.
 */
export type CalendarMonth = {
  __typename?: 'CalendarMonth';
  month: Scalars['Int']['output'];
  next: YearMonth;
  previous: YearMonth;
  /** e.g. 'December 2020'. */
  title: Scalars['String']['output'];
  weekdayNames: Array<Scalars['String']['output']>;
  weeks: Array<CalendarWeek>;
  year: Scalars['Int']['output'];
};

export type CalendarWeek = {
  __typename?: 'CalendarWeek';
  days: Array<CalendarDay>;
  /** ISO 8601 week number. */
  number: Scalars['Int']['output'];
};

export type CaptionedImageBlock = StreamFieldInterface & {
  __typename?: 'CaptionedImageBlock';
  alt: Scalars['String']['output'];
  blockType: Scalars['String']['output'];
  caption: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  image: PublicImage;
};

export type CharBlock = StreamFieldInterface & {
  __typename?: 'CharBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type ChoiceBlock = StreamFieldInterface & {
  __typename?: 'ChoiceBlock';
  blockType: Scalars['String']['output'];
  choices: Array<ChoiceOption>;
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type ChoiceOption = {
  __typename?: 'ChoiceOption';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type CookieNotice = {
  __typename?: 'CookieNotice';
  /** Label of the button that closes the notice. */
  closeLabel: Scalars['String']['output'];
  /** The link to the privacy policy; null when there is none. */
  privacyLink: Maybe<Link>;
  /** Label of the button that opens the cookie settings. */
  settingsLabel: Scalars['String']['output'];
  /** Plain text. */
  text: Scalars['String']['output'];
};

export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2, e.g. `LV`. */
  code: Scalars['String']['output'];
  /** The country's name in the page's language. */
  name: Scalars['String']['output'];
};

export type CountryFacet = {
  __typename?: 'CountryFacet';
  count: Scalars['Int']['output'];
  country: Country;
};

export type DateBlock = StreamFieldInterface & {
  __typename?: 'DateBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};


export type DateBlockValueArgs = {
  format?: InputMaybe<Scalars['String']['input']>;
};

export type DateTimeBlock = StreamFieldInterface & {
  __typename?: 'DateTimeBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};


export type DateTimeBlockValueArgs = {
  format?: InputMaybe<Scalars['String']['input']>;
};

export type DecimalBlock = StreamFieldInterface & {
  __typename?: 'DecimalBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type DocumentBlock = StreamFieldInterface & {
  __typename?: 'DocumentBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  fileExtension: Maybe<Scalars['String']['output']>;
  id: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type DocumentChooserBlock = StreamFieldInterface & {
  __typename?: 'DocumentChooserBlock';
  blockType: Scalars['String']['output'];
  /** Null when the document is not public. */
  document: Maybe<DocumentObjectType>;
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
};

/** A document from the CMS's library that the public may download (documents in private collections are never served). */
export type DocumentObjectType = {
  __typename?: 'DocumentObjectType';
  /** The file's extension in lower case, e.g. `pdf`. */
  fileExtension: Scalars['String']['output'];
  fileSize: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type EmailBlock = StreamFieldInterface & {
  __typename?: 'EmailBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type EmbedBlock = StreamFieldInterface & {
  __typename?: 'EmbedBlock';
  blockType: Scalars['String']['output'];
  embed: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  rawEmbed: Maybe<Scalars['JSONString']['output']>;
  url: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type EventCategory = SnippetInterface & {
  __typename?: 'EventCategory';
  contentType: Scalars['String']['output'];
  id: Maybe<Scalars['ID']['output']>;
  isFallback: Scalars['Boolean']['output'];
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  snippetType: Scalars['String']['output'];
};

export type EventIndexPage = PageInterface & {
  __typename?: 'EventIndexPage';
  /** This page and its public translations as absolute URLs, plus `x-default` (the default language's version), for hreflang links. */
  alternates: Array<Alternate>;
  ancestors: Array<PageInterface>;
  children: Array<PageInterface>;
  contentType: Scalars['String']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  descendants: Array<PageInterface>;
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Maybe<Scalars['ID']['output']>;
  intro: Scalars['SafeHTML']['output'];
  /** True when the requested language has no version of this page and the default language's is served instead (HEADLESS_LOCALE_FALLBACK). */
  isFallback: Scalars['Boolean']['output'];
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  live: Scalars['Boolean']['output'];
  /** Language code of this version of the page, e.g. `sl`. */
  locale: Scalars['String']['output'];
  nextSiblings: Array<PageInterface>;
  pageType: Maybe<Scalars['String']['output']>;
  parent: Maybe<PageInterface>;
  previousSiblings: Array<PageInterface>;
  searchDescription: Maybe<Scalars['String']['output']>;
  searchScore: Maybe<Scalars['Float']['output']>;
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  siblings: Array<PageInterface>;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Shared by all language versions of the page. */
  translationKey: Scalars['UUID']['output'];
  /** SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source changed since) or MACHINE_TRANSLATED (not reviewed by a person yet). */
  translationStatus: TranslationStatus;
  /** The other published, public language versions of this page. */
  translations: Array<PageTranslation>;
  url: Maybe<Scalars['String']['output']>;
  urlPath: Scalars['String']['output'];
};


export type EventIndexPageAncestorsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventIndexPageChildrenArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventIndexPageDescendantsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventIndexPageNextSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventIndexPagePreviousSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventIndexPageSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};

/** One time an event takes place. */
export type EventOccurrence = {
  __typename?: 'EventOccurrence';
  /** Whole days: `start` and `end` are local midnights. */
  allDay: Scalars['Boolean']['output'];
  end: Scalars['DateTime']['output'];
  event: EventPage;
  /** This occurrence was moved or cancelled on its own. */
  isChanged: Scalars['Boolean']['output'];
  /** When it was due before a change (RECURRENCE-ID). */
  originalStart: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
  status: EventStatus;
};

export type EventPage = PageInterface & {
  __typename?: 'EventPage';
  allDay: Scalars['Boolean']['output'];
  /** This page and its public translations as absolute URLs, plus `x-default` (the default language's version), for hreflang links. */
  alternates: Array<Alternate>;
  ancestors: Array<PageInterface>;
  audiences: Array<TargetGroup>;
  body: Maybe<Array<Maybe<StreamFieldInterface>>>;
  capacity: Maybe<Scalars['Int']['output']>;
  categories: Array<EventCategory>;
  children: Array<PageInterface>;
  contentType: Scalars['String']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  descendants: Array<PageInterface>;
  end: Scalars['DateTime']['output'];
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  icsUrl: Scalars['String']['output'];
  id: Maybe<Scalars['ID']['output']>;
  image: Maybe<PublicImage>;
  /** True when the requested language has no version of this page and the default language's is served instead (HEADLESS_LOCALE_FALLBACK). */
  isFallback: Scalars['Boolean']['output'];
  isFree: Scalars['Boolean']['output'];
  /** @deprecated Use `structuredData`: the same schema.org data as a JSON object, not a string, with the venue's full address and the price. */
  jsonLd: Scalars['JSONString']['output'];
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  live: Scalars['Boolean']['output'];
  /** Language code of this version of the page, e.g. `sl`. */
  locale: Scalars['String']['output'];
  /** The next occurrences from now (cancelled ones left out). */
  nextOccurrences: Array<EventOccurrence>;
  nextSiblings: Array<PageInterface>;
  onlineUrl: Scalars['String']['output'];
  pageType: Maybe<Scalars['String']['output']>;
  parent: Maybe<PageInterface>;
  previousSiblings: Array<PageInterface>;
  price: Scalars['String']['output'];
  recurrenceDescription: Scalars['String']['output'];
  recurrenceRule: Scalars['String']['output'];
  registration: Registration;
  registrationUrl: Scalars['String']['output'];
  relatedProject: Maybe<ProjectPage>;
  searchDescription: Maybe<Scalars['String']['output']>;
  searchScore: Maybe<Scalars['Float']['output']>;
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  siblings: Array<PageInterface>;
  slug: Scalars['String']['output'];
  start: Scalars['DateTime']['output'];
  status: EventStatus;
  /** schema.org `Event` as JSON-LD, for a `<script type="application/ld+json">`: dates, place, price, image, organiser. */
  structuredData: Scalars['JSON']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Shared by all language versions of the page. */
  translationKey: Scalars['UUID']['output'];
  /** SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source changed since) or MACHINE_TRANSLATED (not reviewed by a person yet). */
  translationStatus: TranslationStatus;
  /** The other published, public language versions of this page. */
  translations: Array<PageTranslation>;
  url: Maybe<Scalars['String']['output']>;
  urlPath: Scalars['String']['output'];
  venue: Maybe<Venue>;
  /** No venue and no online address yet (e.g. an imported event without LOCATION): show 'venue to be announced'. `venue` is then null and `onlineUrl` empty. */
  venueToBeAnnounced: Scalars['Boolean']['output'];
};


export type EventPageAncestorsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventPageChildrenArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventPageDescendantsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventPageNextOccurrencesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type EventPageNextSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventPagePreviousSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type EventPageSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};

/** The event as a whole. */
export type EventStatus =
  | 'CANCELLED'
  | 'MOVED_ONLINE'
  | 'POSTPONED'
  | 'SCHEDULED';

export type FloatBlock = StreamFieldInterface & {
  __typename?: 'FloatBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type Footer = {
  __typename?: 'Footer';
  cookieNotice: CookieNotice;
  /** In the editors' order. */
  partnerLogos: Array<PartnerLogo>;
};

export type FundingProgramme = SnippetInterface & {
  __typename?: 'FundingProgramme';
  contentType: Scalars['String']['output'];
  id: Maybe<Scalars['ID']['output']>;
  isFallback: Scalars['Boolean']['output'];
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  snippetType: Scalars['String']['output'];
  website: Maybe<Scalars['String']['output']>;
};

export type GoalBlock = StreamFieldInterface & {
  __typename?: 'GoalBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type HeadingBlock = StreamFieldInterface & {
  __typename?: 'HeadingBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  level: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type HomePage = PageInterface & {
  __typename?: 'HomePage';
  /** This page and its public translations as absolute URLs, plus `x-default` (the default language's version), for hreflang links. */
  alternates: Array<Alternate>;
  ancestors: Array<PageInterface>;
  children: Array<PageInterface>;
  contentType: Scalars['String']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  descendants: Array<PageInterface>;
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Maybe<Scalars['ID']['output']>;
  intro: Maybe<Scalars['RichText']['output']>;
  /** True when the requested language has no version of this page and the default language's is served instead (HEADLESS_LOCALE_FALLBACK). */
  isFallback: Scalars['Boolean']['output'];
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  live: Scalars['Boolean']['output'];
  /** Language code of this version of the page, e.g. `sl`. */
  locale: Scalars['String']['output'];
  nextSiblings: Array<PageInterface>;
  pageType: Maybe<Scalars['String']['output']>;
  parent: Maybe<PageInterface>;
  previousSiblings: Array<PageInterface>;
  searchDescription: Maybe<Scalars['String']['output']>;
  searchScore: Maybe<Scalars['Float']['output']>;
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  siblings: Array<PageInterface>;
  slug: Scalars['String']['output'];
  strapline: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Shared by all language versions of the page. */
  translationKey: Scalars['UUID']['output'];
  /** SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source changed since) or MACHINE_TRANSLATED (not reviewed by a person yet). */
  translationStatus: TranslationStatus;
  /** The other published, public language versions of this page. */
  translations: Array<PageTranslation>;
  url: Maybe<Scalars['String']['output']>;
  urlPath: Scalars['String']['output'];
};


export type HomePageAncestorsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type HomePageChildrenArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type HomePageDescendantsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type HomePageNextSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type HomePagePreviousSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type HomePageSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};

export type ImageBlock = StreamFieldInterface & {
  __typename?: 'ImageBlock';
  /** Null when the image is not public. */
  altText: Maybe<Scalars['String']['output']>;
  blockType: Scalars['String']['output'];
  decorative: Maybe<Scalars['Boolean']['output']>;
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  /** Null when the image is not public. */
  image: Maybe<ImageObjectType>;
};

export type ImageChooserBlock = StreamFieldInterface & {
  __typename?: 'ImageChooserBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  /** Null when the image is not public. */
  image: Maybe<ImageObjectType>;
};

/**
 * The area of the image an editor marked as what must stay in view when it is cropped:
 * its centre and size in pixels of the original, and the centre as fractions of the
 * original's width and height.
 */
export type ImageFocalPoint = {
  __typename?: 'ImageFocalPoint';
  height: Scalars['Int']['output'];
  /** Centre, 0 (left) to 1 (right). */
  relativeX: Scalars['Float']['output'];
  /** Centre, 0 (top) to 1 (bottom). */
  relativeY: Scalars['Float']['output'];
  width: Scalars['Int']['output'];
  /** Centre, in pixels from the left. */
  x: Scalars['Int']['output'];
  /** Centre, in pixels from the top. */
  y: Scalars['Int']['output'];
};

/**
 * The file formats renditions are made in. WebP is the default, which every current
 * browser decodes; AVIF is smaller at the same quality, for a `<source type="image/avif">`
 * in a `<picture>`, in front of the WebP `<img>`.
 */
export type ImageFormat =
  | 'AVIF'
  | 'WEBP';

export type ImageObjectType = {
  __typename?: 'ImageObjectType';
  aspectRatio: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  file: Scalars['String']['output'];
  fileSize: Maybe<Scalars['Int']['output']>;
  focalPointHeight: Maybe<Scalars['Int']['output']>;
  focalPointWidth: Maybe<Scalars['Int']['output']>;
  focalPointX: Maybe<Scalars['Int']['output']>;
  focalPointY: Maybe<Scalars['Int']['output']>;
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  isSvg: Scalars['Boolean']['output'];
  /** Only the renditions `PublicImage` offers: `max: "<w>x<4 × w>", format: "webp" or "avif"` with w one of 160, 320, 480, 640, 800, 1024, 1280, 1600, e.g. `rendition(max: "640x2560", format: "webp")`; other arguments are refused. */
  rendition: Maybe<ImageRenditionObjectType>;
  renditions: Array<ImageRenditionObjectType>;
  sizes: Scalars['String']['output'];
  /** @deprecated Use the `url` attribute */
  src: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};


export type ImageObjectTypeRenditionArgs = {
  bgcolor?: InputMaybe<Scalars['String']['input']>;
  fill?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<Scalars['String']['input']>;
  height?: InputMaybe<Scalars['Int']['input']>;
  jpegquality?: InputMaybe<Scalars['Int']['input']>;
  max?: InputMaybe<Scalars['String']['input']>;
  min?: InputMaybe<Scalars['String']['input']>;
  preserveSvg?: InputMaybe<Scalars['Boolean']['input']>;
  webpquality?: InputMaybe<Scalars['Int']['input']>;
  width?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * One rendition of an image, no wider than asked (never upscaled): what an `<img>`'s
 * `src` and a `srcset` candidate need.
 */
export type ImageRendition = {
  __typename?: 'ImageRendition';
  height: Scalars['Int']['output'];
  /** Absolute, like the other media URLs of the API. */
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

export type ImageRenditionObjectType = {
  __typename?: 'ImageRenditionObjectType';
  alt: Scalars['String']['output'];
  backgroundPositionStyle: Scalars['String']['output'];
  file: Scalars['String']['output'];
  filterSpec: Scalars['String']['output'];
  focalPoint: Maybe<Scalars['String']['output']>;
  focalPointKey: Scalars['String']['output'];
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  image: ImageObjectType;
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

export type IntegerBlock = StreamFieldInterface & {
  __typename?: 'IntegerBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['Int']['output'];
};

export type LibraryRole =
  | 'ASSOCIATE_PARTNER'
  | 'COORDINATOR'
  | 'PARTNER';

/**
 * A link with its text; ``url`` is null when it leads to a page the public cannot see in
 * this language.
 */
export type Link = {
  __typename?: 'Link';
  label: Scalars['String']['output'];
  /** A path on this site, or an absolute external address. */
  url: Maybe<Scalars['String']['output']>;
};

export type LinkBlock = StreamFieldInterface & {
  __typename?: 'LinkBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type LinkListBlock = StreamFieldInterface & {
  __typename?: 'LinkListBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  heading: Maybe<Scalars['String']['output']>;
  id: Maybe<Scalars['String']['output']>;
  links: Maybe<Array<Maybe<StreamFieldInterface>>>;
};

export type ListBlock = StreamFieldInterface & {
  __typename?: 'ListBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  items: Array<StreamFieldInterface>;
};

export type MainMenu = SnippetInterface & {
  __typename?: 'MainMenu';
  contentType: Scalars['String']['output'];
  id: Maybe<Scalars['ID']['output']>;
  snippetType: Scalars['String']['output'];
};

export type NavigationItem = {
  __typename?: 'NavigationItem';
  /** True for an address on another site. */
  isExternal: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  /** A path on this site, or an absolute external address. */
  url: Scalars['String']['output'];
};

/**
 * Base Page type used if one isn't generated for the current model.
 * All other node types extend this.
 */
export type Page = PageInterface & {
  __typename?: 'Page';
  /** This page and its public translations as absolute URLs, plus `x-default` (the default language's version), for hreflang links. */
  alternates: Array<Alternate>;
  ancestors: Array<PageInterface>;
  children: Array<PageInterface>;
  contentType: Scalars['String']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  descendants: Array<PageInterface>;
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Maybe<Scalars['ID']['output']>;
  /** True when the requested language has no version of this page and the default language's is served instead (HEADLESS_LOCALE_FALLBACK). */
  isFallback: Scalars['Boolean']['output'];
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  live: Scalars['Boolean']['output'];
  /** Language code of this version of the page, e.g. `sl`. */
  locale: Scalars['String']['output'];
  nextSiblings: Array<PageInterface>;
  pageType: Maybe<Scalars['String']['output']>;
  parent: Maybe<PageInterface>;
  previousSiblings: Array<PageInterface>;
  searchDescription: Maybe<Scalars['String']['output']>;
  searchScore: Maybe<Scalars['Float']['output']>;
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  siblings: Array<PageInterface>;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Shared by all language versions of the page. */
  translationKey: Scalars['UUID']['output'];
  /** SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source changed since) or MACHINE_TRANSLATED (not reviewed by a person yet). */
  translationStatus: TranslationStatus;
  /** The other published, public language versions of this page. */
  translations: Array<PageTranslation>;
  url: Maybe<Scalars['String']['output']>;
  urlPath: Scalars['String']['output'];
};


/**
 * Base Page type used if one isn't generated for the current model.
 * All other node types extend this.
 */
export type PageAncestorsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Base Page type used if one isn't generated for the current model.
 * All other node types extend this.
 */
export type PageChildrenArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Base Page type used if one isn't generated for the current model.
 * All other node types extend this.
 */
export type PageDescendantsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Base Page type used if one isn't generated for the current model.
 * All other node types extend this.
 */
export type PageNextSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Base Page type used if one isn't generated for the current model.
 * All other node types extend this.
 */
export type PagePreviousSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Base Page type used if one isn't generated for the current model.
 * All other node types extend this.
 */
export type PageSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};

export type PageChooserBlock = StreamFieldInterface & {
  __typename?: 'PageChooserBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  /** The chosen page's public version in the requested language; null when it has none. */
  page: Maybe<PageInterface>;
};

export type PageInterface = {
  /** This page and its public translations as absolute URLs, plus `x-default` (the default language's version), for hreflang links. */
  alternates: Array<Alternate>;
  ancestors: Array<PageInterface>;
  children: Array<PageInterface>;
  contentType: Scalars['String']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  descendants: Array<PageInterface>;
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Maybe<Scalars['ID']['output']>;
  /** True when the requested language has no version of this page and the default language's is served instead (HEADLESS_LOCALE_FALLBACK). */
  isFallback: Scalars['Boolean']['output'];
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  live: Scalars['Boolean']['output'];
  /** Language code of this version of the page, e.g. `sl`. */
  locale: Scalars['String']['output'];
  nextSiblings: Array<PageInterface>;
  pageType: Maybe<Scalars['String']['output']>;
  parent: Maybe<PageInterface>;
  previousSiblings: Array<PageInterface>;
  searchDescription: Maybe<Scalars['String']['output']>;
  searchScore: Maybe<Scalars['Float']['output']>;
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  siblings: Array<PageInterface>;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Shared by all language versions of the page. */
  translationKey: Scalars['UUID']['output'];
  /** SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source changed since) or MACHINE_TRANSLATED (not reviewed by a person yet). */
  translationStatus: TranslationStatus;
  /** The other published, public language versions of this page. */
  translations: Array<PageTranslation>;
  url: Maybe<Scalars['String']['output']>;
  urlPath: Scalars['String']['output'];
};


export type PageInterfaceAncestorsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type PageInterfaceChildrenArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type PageInterfaceDescendantsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type PageInterfaceNextSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type PageInterfacePreviousSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type PageInterfaceSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};

/** Another public language version of a page, enough to link to it. */
export type PageTranslation = {
  __typename?: 'PageTranslation';
  id: Scalars['ID']['output'];
  /** Language code, e.g. `en`. */
  locale: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Path of the page on the frontend, e.g. `/en/projects/`. */
  url: Maybe<Scalars['String']['output']>;
};

/** GraphQL type for Paginated QuerySet pagination field. */
export type PaginationType = {
  __typename?: 'PaginationType';
  count: Scalars['PositiveInt']['output'];
  currentPage: Scalars['PositiveInt']['output'];
  nextPage: Maybe<Scalars['PositiveInt']['output']>;
  perPage: Scalars['PositiveInt']['output'];
  prevPage: Maybe<Scalars['PositiveInt']['output']>;
  total: Scalars['PositiveInt']['output'];
  totalPages: Scalars['PositiveInt']['output'];
};

export type ParagraphBlock = StreamFieldInterface & {
  __typename?: 'ParagraphBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  html: Scalars['SafeHTML']['output'];
  id: Maybe<Scalars['String']['output']>;
};

export type PartnerLogo = {
  __typename?: 'PartnerLogo';
  image: PublicImage;
  /** The partner's name: the logo's alt text. */
  name: Scalars['String']['output'];
  /** The partner's website; null when there is none. */
  url: Maybe<Scalars['String']['output']>;
};

export type Person = SnippetInterface & {
  __typename?: 'Person';
  contentType: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  honorific: Scalars['String']['output'];
  id: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  snippetType: Scalars['String']['output'];
};

/** How many projects each filter value would give, with the other filters applied. */
export type ProjectFacets = {
  __typename?: 'ProjectFacets';
  countries: Array<CountryFacet>;
  programmes: Array<TermFacet>;
  statuses: Array<StatusFacet>;
  targetGroups: Array<TermFacet>;
  years: Array<YearFacet>;
};

export type ProjectIndexPage = PageInterface & {
  __typename?: 'ProjectIndexPage';
  /** This page and its public translations as absolute URLs, plus `x-default` (the default language's version), for hreflang links. */
  alternates: Array<Alternate>;
  ancestors: Array<PageInterface>;
  children: Array<PageInterface>;
  contentType: Scalars['String']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  descendants: Array<PageInterface>;
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Maybe<Scalars['ID']['output']>;
  intro: Scalars['SafeHTML']['output'];
  /** True when the requested language has no version of this page and the default language's is served instead (HEADLESS_LOCALE_FALLBACK). */
  isFallback: Scalars['Boolean']['output'];
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  live: Scalars['Boolean']['output'];
  /** Language code of this version of the page, e.g. `sl`. */
  locale: Scalars['String']['output'];
  nextSiblings: Array<PageInterface>;
  pageType: Maybe<Scalars['String']['output']>;
  parent: Maybe<PageInterface>;
  previousSiblings: Array<PageInterface>;
  projects: ProjectListing;
  searchDescription: Maybe<Scalars['String']['output']>;
  searchScore: Maybe<Scalars['Float']['output']>;
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  siblings: Array<PageInterface>;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Shared by all language versions of the page. */
  translationKey: Scalars['UUID']['output'];
  /** SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source changed since) or MACHINE_TRANSLATED (not reviewed by a person yet). */
  translationStatus: TranslationStatus;
  /** The other published, public language versions of this page. */
  translations: Array<PageTranslation>;
  url: Maybe<Scalars['String']['output']>;
  urlPath: Scalars['String']['output'];
};


export type ProjectIndexPageAncestorsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectIndexPageChildrenArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectIndexPageDescendantsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectIndexPageNextSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectIndexPagePreviousSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectIndexPageProjectsArgs = {
  activeInYear?: InputMaybe<Scalars['Int']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<ProjectOrder>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  programme?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProjectStatus>;
  targetGroup?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectIndexPageSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};

/** A page of projects, its pagination, and the facets of the same filters. */
export type ProjectListing = {
  __typename?: 'ProjectListing';
  facets: ProjectFacets;
  items: Array<ProjectPage>;
  pagination: PaginationType;
};

export type ProjectMaterial = {
  __typename?: 'ProjectMaterial';
  fileExtension: Maybe<Scalars['String']['output']>;
  id: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** Newest start first (default), oldest start first, or by title. */
export type ProjectOrder =
  | 'START_ASC'
  | 'START_DESC'
  | 'TITLE';

export type ProjectPage = PageInterface & {
  __typename?: 'ProjectPage';
  /** This page and its public translations as absolute URLs, plus `x-default` (the default language's version), for hreflang links. */
  alternates: Array<Alternate>;
  ancestors: Array<PageInterface>;
  body: Maybe<Array<Maybe<StreamFieldInterface>>>;
  children: Array<PageInterface>;
  contacts: Array<Person>;
  contentType: Scalars['String']['output'];
  depth: Maybe<Scalars['Int']['output']>;
  descendants: Array<PageInterface>;
  durationLabel: Scalars['String']['output'];
  endDate: Maybe<Scalars['Date']['output']>;
  endYear: Maybe<Scalars['Int']['output']>;
  /** Upcoming occurrences of this project's events. */
  events: Array<EventOccurrence>;
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  goals: Maybe<Array<Maybe<StreamFieldInterface>>>;
  id: Maybe<Scalars['ID']['output']>;
  /** True when the requested language has no version of this page and the default language's is served instead (HEADLESS_LOCALE_FALLBACK). */
  isFallback: Scalars['Boolean']['output'];
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  libraryRole: LibraryRole;
  live: Scalars['Boolean']['output'];
  /** Language code of this version of the page, e.g. `sl`. */
  locale: Scalars['String']['output'];
  logo: Maybe<PublicImage>;
  logos: Array<PublicImage>;
  materials: Array<ProjectMaterial>;
  nextSiblings: Array<PageInterface>;
  pageType: Maybe<Scalars['String']['output']>;
  parent: Maybe<PageInterface>;
  partnerCountries: Array<Country>;
  partners: Array<ProjectPartner>;
  previousSiblings: Array<PageInterface>;
  programme: Maybe<FundingProgramme>;
  searchDescription: Maybe<Scalars['String']['output']>;
  searchScore: Maybe<Scalars['Float']['output']>;
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  siblings: Array<PageInterface>;
  slug: Scalars['String']['output'];
  startDate: Maybe<Scalars['Date']['output']>;
  startYear: Maybe<Scalars['Int']['output']>;
  status: Maybe<ProjectStatus>;
  /** schema.org `Project` as JSON-LD, for a `<script type="application/ld+json">`: dates, funding programme, partners, logo. */
  structuredData: Scalars['JSON']['output'];
  summary: Scalars['String']['output'];
  targetGroups: Array<TargetGroup>;
  title: Scalars['String']['output'];
  /** Shared by all language versions of the page. */
  translationKey: Scalars['UUID']['output'];
  /** SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source changed since) or MACHINE_TRANSLATED (not reviewed by a person yet). */
  translationStatus: TranslationStatus;
  /** The other published, public language versions of this page. */
  translations: Array<PageTranslation>;
  url: Maybe<Scalars['String']['output']>;
  urlPath: Scalars['String']['output'];
  website: Maybe<Scalars['String']['output']>;
};


export type ProjectPageAncestorsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectPageChildrenArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectPageDescendantsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectPageEventsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectPageNextSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectPagePreviousSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectPageSiblingsArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectPartner = {
  __typename?: 'ProjectPartner';
  city: Scalars['String']['output'];
  country: Country;
  id: Maybe<Scalars['ID']['output']>;
  logo: Maybe<PublicImage>;
  organisation: Scalars['String']['output'];
  website: Scalars['String']['output'];
};

/** Where a project stands today; a year-only end counts to 31 December. */
export type ProjectStatus =
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

/**
 * An image from the CMS's library with its alt text. Never one in or below a private
 * collection: a field that would show one is null, a list leaves it out, and an image block
 * that holds one is left out of its body.
 */
export type PublicImage = {
  __typename?: 'PublicImage';
  /** Text alternative; empty for a purely decorative image. */
  alt: Scalars['String']['output'];
  /** Null when the editor marked none. */
  focalPoint: Maybe<ImageFocalPoint>;
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** CSS `object-position` that keeps the focal point in view when the image is cropped (`object-fit: cover`), e.g. "42% 30%"; "50% 50%" when there is none. */
  objectPosition: Scalars['String']['output'];
  rendition: ImageRendition;
  /** The srcset's candidates, narrowest first, one per width: widths at or above the original's are one candidate at the original's width (never upscaled). */
  renditions: Array<ImageRendition>;
  /** A ready `srcset` of `renditions` ("<url> <width>w, …"); write a `sizes` for it (frontend_contract/README.md, Images). */
  srcSet: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};


/**
 * An image from the CMS's library with its alt text. Never one in or below a private
 * collection: a field that would show one is null, a list leaves it out, and an image block
 * that holds one is left out of its body.
 */
export type PublicImageRenditionArgs = {
  format?: InputMaybe<ImageFormat>;
  width?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An image from the CMS's library with its alt text. Never one in or below a private
 * collection: a field that would show one is null, a list leaves it out, and an image block
 * that holds one is left out of its body.
 */
export type PublicImageRenditionsArgs = {
  format?: InputMaybe<ImageFormat>;
  widths?: InputMaybe<Array<Scalars['Int']['input']>>;
};


/**
 * An image from the CMS's library with its alt text. Never one in or below a private
 * collection: a field that would show one is null, a list leaves it out, and an image block
 * that holds one is left out of its body.
 */
export type PublicImageSrcSetArgs = {
  format?: InputMaybe<ImageFormat>;
  widths?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** An old address and where it now leads. */
export type PublicRedirect = {
  __typename?: 'PublicRedirect';
  /** 301 when true, else 302. */
  isPermanent: Scalars['Boolean']['output'];
  /** A path on this site, or an absolute address elsewhere. */
  newUrl: Scalars['String']['output'];
  /** The old path as Wagtail stores it, e.g. `/stari-projekt`. */
  oldPath: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  calendarMonth: CalendarMonth;
  /** Every event category in one language, by name. */
  eventCategories: Array<EventCategory>;
  /** Occurrences overlapping the days `from`..`to`, by start. */
  events: Array<EventOccurrence>;
  /** Every funding programme in one language, by name. */
  fundingProgrammes: Array<FundingProgramme>;
  image: Maybe<ImageObjectType>;
  imageType: Scalars['String']['output'];
  images: Array<ImageObjectType>;
  /** The site's languages, the default first: for a language switcher. */
  locales: Array<SiteLocale>;
  /** The main menu of one language; the default language's when that language has none yet (`isFallback`), null when neither has. */
  mainMenu: Maybe<SiteMenu>;
  /**
   * The main menu of one language, in order (the default language's when that language has none yet). Items whose page is not public in the language are left out.
   * @deprecated Use `mainMenu`: the same items, with the language they are served in and whether it is a fallback.
   */
  navigation: Array<NavigationItem>;
  /** One published, public page of one locale, or null when there is none. */
  page: Maybe<PageInterface>;
  /** Published, public pages of one locale. */
  pages: Array<PageInterface>;
  /** The library's projects in one language, filtered, ordered and paginated. */
  projects: ProjectListing;
  /** Redirects to public pages of one language and to other sites. */
  redirects: RedirectPage;
  /** Full-text search over the published, public pages of one locale. */
  search: Array<PageInterface>;
  /** The footer (cookie notice, partner logos) of one language; the default language's when that language has none yet (`isFallback`), null when neither has. */
  siteSettings: Maybe<SiteSettings>;
  /** Every published, public page of one language, in tree order. */
  sitemap: SitemapPage;
  /** Every target group (audience) in one language, by name. */
  targetGroups: Array<TargetGroup>;
  upcomingEvents: Array<EventOccurrence>;
  /** Every venue in one language, by name. */
  venues: Array<Venue>;
};


export type QueryCalendarMonthArgs = {
  audience?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['Int']['input'];
  project?: InputMaybe<Scalars['ID']['input']>;
  venue?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryEventCategoriesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventsArgs = {
  audience?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  project?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
  venue?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFundingProgrammesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryImageArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryImagesArgs = {
  collection?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMainMenuArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNavigationArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPageArgs = {
  contentType?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
  translationKey?: InputMaybe<Scalars['UUID']['input']>;
  urlPath?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPagesArgs = {
  contentType?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  inMenu?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['PositiveInt']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  searchOperator?: InputMaybe<SearchOperatorEnum>;
  searchQuery?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectsArgs = {
  activeInYear?: InputMaybe<Scalars['Int']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<ProjectOrder>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  programme?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProjectStatus>;
  targetGroup?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRedirectsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySiteSettingsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySitemapArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTargetGroupsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUpcomingEventsArgs = {
  audience?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  project?: InputMaybe<Scalars['ID']['input']>;
  venue?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVenuesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QuoteBlock = StreamFieldInterface & {
  __typename?: 'QuoteBlock';
  attribution: Maybe<Scalars['String']['output']>;
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type RawHtmlBlock = StreamFieldInterface & {
  __typename?: 'RawHTMLBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  /** Sanitised HTML, as `SafeHTML`. */
  value: Scalars['String']['output'];
};

export type RedirectPage = {
  __typename?: 'RedirectPage';
  items: Array<PublicRedirect>;
  pagination: PaginationType;
};

export type RegexBlock = StreamFieldInterface & {
  __typename?: 'RegexBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type Registration =
  | 'NONE'
  | 'REQUIRED';

export type RichTextBlock = StreamFieldInterface & {
  __typename?: 'RichTextBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  /** Sanitised HTML, as `SafeHTML`. */
  value: Scalars['String']['output'];
};

/** Enum for search operator. */
export type SearchOperatorEnum =
  | 'AND'
  | 'OR';

export type SiteFooter = SnippetInterface & {
  __typename?: 'SiteFooter';
  contentType: Scalars['String']['output'];
  id: Maybe<Scalars['ID']['output']>;
  snippetType: Scalars['String']['output'];
};

/** A language the site publishes in. */
export type SiteLocale = {
  __typename?: 'SiteLocale';
  /** e.g. `sl`; pass it as `locale`. */
  code: Scalars['String']['output'];
  isDefault: Scalars['Boolean']['output'];
  /** The language's name in itself. */
  name: Scalars['String']['output'];
};

/**
 * The main menu of one language, with the language it is served in: `navigation` gave
 * the items alone, so a frontend could not tell another language's menu from its own.
 */
export type SiteMenu = {
  __typename?: 'SiteMenu';
  /** True when the requested language has no menu of its own yet and the default language's is served instead. */
  isFallback: Scalars['Boolean']['output'];
  /** In the editors' order. Items whose page is not public in the requested language are left out. */
  items: Array<NavigationItem>;
  /** Language code of the menu served: the requested language, or the default language when the requested one has no menu yet. */
  locale: Scalars['String']['output'];
};

/** What every page of one language shows around its content. */
export type SiteSettings = {
  __typename?: 'SiteSettings';
  footer: Footer;
  /** True when the requested language has no settings of its own yet and the default language's are served instead. */
  isFallback: Scalars['Boolean']['output'];
  /** Language code of the settings served: the requested language, or the default language when the requested one has none yet. */
  locale: Scalars['String']['output'];
};

/** One public page of a language, as a sitemap lists it. */
export type SitemapEntry = {
  __typename?: 'SitemapEntry';
  /** The page's language versions, plus `x-default`, for `xhtml:link` entries. */
  alternates: Array<Alternate>;
  /** Absolute URL on the frontend. */
  href: Scalars['String']['output'];
  /** When the page was last published; null if it never was (a fallback placeholder). */
  lastmod: Maybe<Scalars['DateTime']['output']>;
  locale: Scalars['String']['output'];
  translationKey: Scalars['UUID']['output'];
  /** Path on the frontend, e.g. `/en/projects/`. */
  url: Scalars['String']['output'];
};

export type SitemapPage = {
  __typename?: 'SitemapPage';
  items: Array<SitemapEntry>;
  pagination: PaginationType;
};

export type SnippetChooserBlock = StreamFieldInterface & {
  __typename?: 'SnippetChooserBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  snippet: Maybe<SnippetInterface>;
};

export type SnippetInterface = {
  contentType: Scalars['String']['output'];
  snippetType: Scalars['String']['output'];
};

export type StaticBlock = StreamFieldInterface & {
  __typename?: 'StaticBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type StatusFacet = {
  __typename?: 'StatusFacet';
  count: Scalars['Int']['output'];
  status: ProjectStatus;
};

export type StreamBlock = StreamFieldInterface & {
  __typename?: 'StreamBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
};

export type StreamFieldBlock = StreamFieldInterface & {
  __typename?: 'StreamFieldBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type StreamFieldInterface = {
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
};

export type StructBlock = StreamFieldInterface & {
  __typename?: 'StructBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
};

export type TargetGroup = SnippetInterface & {
  __typename?: 'TargetGroup';
  contentType: Scalars['String']['output'];
  id: Maybe<Scalars['ID']['output']>;
  isFallback: Scalars['Boolean']['output'];
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  snippetType: Scalars['String']['output'];
};

export type TermFacet = {
  __typename?: 'TermFacet';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The value to pass back as a filter. */
  slug: Scalars['String']['output'];
};

export type TextBlock = StreamFieldInterface & {
  __typename?: 'TextBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type TimeBlock = StreamFieldInterface & {
  __typename?: 'TimeBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};


export type TimeBlockValueArgs = {
  format?: InputMaybe<Scalars['String']['input']>;
};

export type TranslationStatus =
  | 'MACHINE_TRANSLATED'
  | 'OUTDATED'
  | 'SOURCE'
  | 'UP_TO_DATE';

export type UrlBlock = StreamFieldInterface & {
  __typename?: 'URLBlock';
  blockType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type Venue = SnippetInterface & {
  __typename?: 'Venue';
  accessibility: Scalars['String']['output'];
  /** Street and number, e.g. `Kersnikova 2`. */
  address: Scalars['String']['output'];
  branch: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  /** Named in the venue's language. */
  country: Country;
  id: Maybe<Scalars['ID']['output']>;
  isFallback: Scalars['Boolean']['output'];
  latitude: Maybe<Scalars['Float']['output']>;
  locale: Scalars['String']['output'];
  /** The town, in the venue's language; empty when not given. */
  locality: Scalars['String']['output'];
  longitude: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** e.g. `1000`; empty when not given. */
  postalCode: Scalars['String']['output'];
  snippetType: Scalars['String']['output'];
};

export type VideoBlock = StreamFieldInterface & {
  __typename?: 'VideoBlock';
  blockType: Scalars['String']['output'];
  caption: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  id: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type YearFacet = {
  __typename?: 'YearFacet';
  count: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type YearMonth = {
  __typename?: 'YearMonth';
  month: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type CalendarMonthQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  month: Scalars['Int']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
}>;


export type CalendarMonthQuery = { __typename?: 'Query', calendarMonth: { __typename: 'CalendarMonth', year: number, month: number, title: string, weekdayNames: Array<string>, previous: { __typename: 'YearMonth', year: number, month: number }, next: { __typename: 'YearMonth', year: number, month: number }, weeks: Array<{ __typename: 'CalendarWeek', number: number, days: Array<{ __typename: 'CalendarDay', date: string, inMonth: boolean, isToday: boolean, occurrenceCount: number, occurrences: Array<{ __typename: 'EventOccurrence', start: string, end: string, allDay: boolean, status: EventStatus, event: { __typename: 'EventPage', id: string | null, title: string, url: string | null } }> }> }> } };

export type EventDetailQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  urlPath: Scalars['String']['input'];
}>;


export type EventDetailQuery = { __typename?: 'Query', page:
    | { __typename: 'EventIndexPage', id: string | null }
    | { __typename: 'EventPage', id: string | null, summary: string, start: string, end: string, allDay: boolean, recurrenceRule: string, recurrenceDescription: string, onlineUrl: string, venueToBeAnnounced: boolean, registration: Registration, registrationUrl: string, capacity: number | null, price: string, isFree: boolean, icsUrl: string, structuredData: { [key: string]: unknown }, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, eventStatus: EventStatus, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', id: string | null, blockType: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'GoalBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'LinkBlock', id: string | null, blockType: string }
        | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
            | { __typename: 'BlockQuoteBlock', id: string | null }
            | { __typename: 'BooleanBlock', id: string | null }
            | { __typename: 'CaptionedImageBlock', id: string | null }
            | { __typename: 'CharBlock', id: string | null }
            | { __typename: 'ChoiceBlock', id: string | null }
            | { __typename: 'DateBlock', id: string | null }
            | { __typename: 'DateTimeBlock', id: string | null }
            | { __typename: 'DecimalBlock', id: string | null }
            | { __typename: 'DocumentBlock', id: string | null }
            | { __typename: 'DocumentChooserBlock', id: string | null }
            | { __typename: 'EmailBlock', id: string | null }
            | { __typename: 'EmbedBlock', id: string | null }
            | { __typename: 'FloatBlock', id: string | null }
            | { __typename: 'GoalBlock', id: string | null }
            | { __typename: 'HeadingBlock', id: string | null }
            | { __typename: 'ImageBlock', id: string | null }
            | { __typename: 'ImageChooserBlock', id: string | null }
            | { __typename: 'IntegerBlock', id: string | null }
            | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
            | { __typename: 'LinkListBlock', id: string | null }
            | { __typename: 'ListBlock', id: string | null }
            | { __typename: 'PageChooserBlock', id: string | null }
            | { __typename: 'ParagraphBlock', id: string | null }
            | { __typename: 'QuoteBlock', id: string | null }
            | { __typename: 'RawHTMLBlock', id: string | null }
            | { __typename: 'RegexBlock', id: string | null }
            | { __typename: 'RichTextBlock', id: string | null }
            | { __typename: 'SnippetChooserBlock', id: string | null }
            | { __typename: 'StaticBlock', id: string | null }
            | { __typename: 'StreamBlock', id: string | null }
            | { __typename: 'StreamFieldBlock', id: string | null }
            | { __typename: 'StructBlock', id: string | null }
            | { __typename: 'TextBlock', id: string | null }
            | { __typename: 'TimeBlock', id: string | null }
            | { __typename: 'URLBlock', id: string | null }
            | { __typename: 'VideoBlock', id: string | null }
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
        | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
       | null> | null, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, nextOccurrences: Array<{ __typename: 'EventOccurrence', start: string, end: string, status: EventStatus, isChanged: boolean }>, venue: { __typename: 'Venue', id: string | null, name: string, branch: string, address: string, postalCode: string, locality: string, latitude: number | null, longitude: number | null, accessibility: string, country: { __typename: 'Country', code: string, name: string } } | null, audiences: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }>, relatedProject: { __typename: 'ProjectPage', id: string | null, title: string, url: string | null, locale: string } | null, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'HomePage', id: string | null }
    | { __typename: 'Page', id: string | null }
    | { __typename: 'ProjectIndexPage', id: string | null }
    | { __typename: 'ProjectPage', id: string | null }
   | null };

export type EventListQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  audience?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EventListQuery = { __typename?: 'Query', events: Array<{ __typename: 'EventOccurrence', start: string, end: string, allDay: boolean, status: EventStatus, isChanged: boolean, originalStart: string, event: { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, status: EventStatus, isFree: boolean, venueToBeAnnounced: boolean, id: string | null, title: string, url: string | null, locale: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, venue: { __typename: 'Venue', id: string | null, name: string, branch: string } | null, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> } }>, eventCategories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> };

export type HomeQueryVariables = Exact<{
  locale: Scalars['String']['input'];
}>;


export type HomeQuery = { __typename?: 'Query', page:
    | { __typename: 'EventIndexPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'EventPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'HomePage', strapline: string | null, intro: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'Page', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectIndexPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
   | null, projects: { __typename: 'ProjectListing', items: Array<{ __typename: 'ProjectPage', summary: string, durationLabel: string, status: ProjectStatus | null, startYear: number | null, endYear: number | null, id: string | null, title: string, url: string | null, locale: string, logo: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, targetGroups: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, programme: { __typename: 'FundingProgramme', id: string | null, slug: string, name: string } | null, partnerCountries: Array<{ __typename: 'Country', code: string, name: string }> }> }, upcomingEvents: Array<{ __typename: 'EventOccurrence', start: string, end: string, allDay: boolean, status: EventStatus, isChanged: boolean, originalStart: string, event: { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, status: EventStatus, isFree: boolean, venueToBeAnnounced: boolean, id: string | null, title: string, url: string | null, locale: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, venue: { __typename: 'Venue', id: string | null, name: string, branch: string } | null, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> } }> };

export type LanguageSwitcherQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  urlPath: Scalars['String']['input'];
}>;


export type LanguageSwitcherQuery = { __typename?: 'Query', locales: Array<{ __typename: 'SiteLocale', code: string, name: string, isDefault: boolean }>, page:
    | { __typename: 'EventIndexPage', id: string | null, locale: string, translationKey: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'EventPage', id: string | null, locale: string, translationKey: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'HomePage', id: string | null, locale: string, translationKey: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'Page', id: string | null, locale: string, translationKey: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectIndexPage', id: string | null, locale: string, translationKey: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectPage', id: string | null, locale: string, translationKey: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
   | null };

export type PagePreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PagePreviewQuery = { __typename?: 'Query', page:
    | { __typename: 'EventIndexPage', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'EventPage', pageType: string | null, summary: string, start: string, end: string, allDay: boolean, recurrenceRule: string, recurrenceDescription: string, onlineUrl: string, venueToBeAnnounced: boolean, registration: Registration, registrationUrl: string, capacity: number | null, price: string, isFree: boolean, icsUrl: string, structuredData: { [key: string]: unknown }, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, eventStatus: EventStatus, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', id: string | null, blockType: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'GoalBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'LinkBlock', id: string | null, blockType: string }
        | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
            | { __typename: 'BlockQuoteBlock', id: string | null }
            | { __typename: 'BooleanBlock', id: string | null }
            | { __typename: 'CaptionedImageBlock', id: string | null }
            | { __typename: 'CharBlock', id: string | null }
            | { __typename: 'ChoiceBlock', id: string | null }
            | { __typename: 'DateBlock', id: string | null }
            | { __typename: 'DateTimeBlock', id: string | null }
            | { __typename: 'DecimalBlock', id: string | null }
            | { __typename: 'DocumentBlock', id: string | null }
            | { __typename: 'DocumentChooserBlock', id: string | null }
            | { __typename: 'EmailBlock', id: string | null }
            | { __typename: 'EmbedBlock', id: string | null }
            | { __typename: 'FloatBlock', id: string | null }
            | { __typename: 'GoalBlock', id: string | null }
            | { __typename: 'HeadingBlock', id: string | null }
            | { __typename: 'ImageBlock', id: string | null }
            | { __typename: 'ImageChooserBlock', id: string | null }
            | { __typename: 'IntegerBlock', id: string | null }
            | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
            | { __typename: 'LinkListBlock', id: string | null }
            | { __typename: 'ListBlock', id: string | null }
            | { __typename: 'PageChooserBlock', id: string | null }
            | { __typename: 'ParagraphBlock', id: string | null }
            | { __typename: 'QuoteBlock', id: string | null }
            | { __typename: 'RawHTMLBlock', id: string | null }
            | { __typename: 'RegexBlock', id: string | null }
            | { __typename: 'RichTextBlock', id: string | null }
            | { __typename: 'SnippetChooserBlock', id: string | null }
            | { __typename: 'StaticBlock', id: string | null }
            | { __typename: 'StreamBlock', id: string | null }
            | { __typename: 'StreamFieldBlock', id: string | null }
            | { __typename: 'StructBlock', id: string | null }
            | { __typename: 'TextBlock', id: string | null }
            | { __typename: 'TimeBlock', id: string | null }
            | { __typename: 'URLBlock', id: string | null }
            | { __typename: 'VideoBlock', id: string | null }
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
        | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
       | null> | null, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, nextOccurrences: Array<{ __typename: 'EventOccurrence', start: string, end: string, status: EventStatus, isChanged: boolean }>, venue: { __typename: 'Venue', id: string | null, name: string, branch: string, address: string, postalCode: string, locality: string, latitude: number | null, longitude: number | null, accessibility: string, country: { __typename: 'Country', code: string, name: string } } | null, audiences: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }>, relatedProject: { __typename: 'ProjectPage', id: string | null, title: string, url: string | null, locale: string } | null, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'HomePage', strapline: string | null, intro: string | null, pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'Page', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectIndexPage', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectPage', pageType: string | null, summary: string, durationLabel: string, startYear: number | null, startDate: string | null, endYear: number | null, endDate: string | null, libraryRole: LibraryRole, website: string | null, structuredData: { [key: string]: unknown }, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, projectStatus: ProjectStatus | null, programme: { __typename: 'FundingProgramme', id: string | null, slug: string, name: string, website: string | null } | null, targetGroups: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, goals: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', id: string | null, blockType: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'GoalBlock', text: string, id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'LinkBlock', id: string | null, blockType: string }
        | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
            | { __typename: 'BlockQuoteBlock', id: string | null }
            | { __typename: 'BooleanBlock', id: string | null }
            | { __typename: 'CaptionedImageBlock', id: string | null }
            | { __typename: 'CharBlock', id: string | null }
            | { __typename: 'ChoiceBlock', id: string | null }
            | { __typename: 'DateBlock', id: string | null }
            | { __typename: 'DateTimeBlock', id: string | null }
            | { __typename: 'DecimalBlock', id: string | null }
            | { __typename: 'DocumentBlock', id: string | null }
            | { __typename: 'DocumentChooserBlock', id: string | null }
            | { __typename: 'EmailBlock', id: string | null }
            | { __typename: 'EmbedBlock', id: string | null }
            | { __typename: 'FloatBlock', id: string | null }
            | { __typename: 'GoalBlock', id: string | null }
            | { __typename: 'HeadingBlock', id: string | null }
            | { __typename: 'ImageBlock', id: string | null }
            | { __typename: 'ImageChooserBlock', id: string | null }
            | { __typename: 'IntegerBlock', id: string | null }
            | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
            | { __typename: 'LinkListBlock', id: string | null }
            | { __typename: 'ListBlock', id: string | null }
            | { __typename: 'PageChooserBlock', id: string | null }
            | { __typename: 'ParagraphBlock', id: string | null }
            | { __typename: 'QuoteBlock', id: string | null }
            | { __typename: 'RawHTMLBlock', id: string | null }
            | { __typename: 'RegexBlock', id: string | null }
            | { __typename: 'RichTextBlock', id: string | null }
            | { __typename: 'SnippetChooserBlock', id: string | null }
            | { __typename: 'StaticBlock', id: string | null }
            | { __typename: 'StreamBlock', id: string | null }
            | { __typename: 'StreamFieldBlock', id: string | null }
            | { __typename: 'StructBlock', id: string | null }
            | { __typename: 'TextBlock', id: string | null }
            | { __typename: 'TimeBlock', id: string | null }
            | { __typename: 'URLBlock', id: string | null }
            | { __typename: 'VideoBlock', id: string | null }
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
        | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
       | null> | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', id: string | null, blockType: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'GoalBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'LinkBlock', id: string | null, blockType: string }
        | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
            | { __typename: 'BlockQuoteBlock', id: string | null }
            | { __typename: 'BooleanBlock', id: string | null }
            | { __typename: 'CaptionedImageBlock', id: string | null }
            | { __typename: 'CharBlock', id: string | null }
            | { __typename: 'ChoiceBlock', id: string | null }
            | { __typename: 'DateBlock', id: string | null }
            | { __typename: 'DateTimeBlock', id: string | null }
            | { __typename: 'DecimalBlock', id: string | null }
            | { __typename: 'DocumentBlock', id: string | null }
            | { __typename: 'DocumentChooserBlock', id: string | null }
            | { __typename: 'EmailBlock', id: string | null }
            | { __typename: 'EmbedBlock', id: string | null }
            | { __typename: 'FloatBlock', id: string | null }
            | { __typename: 'GoalBlock', id: string | null }
            | { __typename: 'HeadingBlock', id: string | null }
            | { __typename: 'ImageBlock', id: string | null }
            | { __typename: 'ImageChooserBlock', id: string | null }
            | { __typename: 'IntegerBlock', id: string | null }
            | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
            | { __typename: 'LinkListBlock', id: string | null }
            | { __typename: 'ListBlock', id: string | null }
            | { __typename: 'PageChooserBlock', id: string | null }
            | { __typename: 'ParagraphBlock', id: string | null }
            | { __typename: 'QuoteBlock', id: string | null }
            | { __typename: 'RawHTMLBlock', id: string | null }
            | { __typename: 'RegexBlock', id: string | null }
            | { __typename: 'RichTextBlock', id: string | null }
            | { __typename: 'SnippetChooserBlock', id: string | null }
            | { __typename: 'StaticBlock', id: string | null }
            | { __typename: 'StreamBlock', id: string | null }
            | { __typename: 'StreamFieldBlock', id: string | null }
            | { __typename: 'StructBlock', id: string | null }
            | { __typename: 'TextBlock', id: string | null }
            | { __typename: 'TimeBlock', id: string | null }
            | { __typename: 'URLBlock', id: string | null }
            | { __typename: 'VideoBlock', id: string | null }
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
        | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
       | null> | null, partners: Array<{ __typename: 'ProjectPartner', id: string | null, organisation: string, city: string, website: string, country: { __typename: 'Country', code: string, name: string }, logo: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null }>, contacts: Array<{ __typename: 'Person', id: string | null, displayName: string, email: string, phone: string }>, materials: Array<{ __typename: 'ProjectMaterial', id: string | null, title: string, url: string, fileExtension: string | null }>, logos: Array<{ __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null }>, events: Array<{ __typename: 'EventOccurrence', start: string, end: string, allDay: boolean, status: EventStatus, isChanged: boolean, originalStart: string, event: { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, status: EventStatus, isFree: boolean, venueToBeAnnounced: boolean, id: string | null, title: string, url: string | null, locale: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, venue: { __typename: 'Venue', id: string | null, name: string, branch: string } | null, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> } }>, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
   | null };

export type PageRouteQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  urlPath: Scalars['String']['input'];
}>;


export type PageRouteQuery = { __typename?: 'Query', page:
    | { __typename: 'EventIndexPage', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, sectionIntro: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'EventPage', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'HomePage', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'Page', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectIndexPage', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, sectionIntro: string, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
    | { __typename: 'ProjectPage', pageType: string | null, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
   | null };

export type ProjectDetailQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  urlPath: Scalars['String']['input'];
}>;


export type ProjectDetailQuery = { __typename?: 'Query', page:
    | { __typename: 'EventIndexPage', id: string | null }
    | { __typename: 'EventPage', id: string | null }
    | { __typename: 'HomePage', id: string | null }
    | { __typename: 'Page', id: string | null }
    | { __typename: 'ProjectIndexPage', id: string | null }
    | { __typename: 'ProjectPage', id: string | null, summary: string, durationLabel: string, startYear: number | null, startDate: string | null, endYear: number | null, endDate: string | null, libraryRole: LibraryRole, website: string | null, structuredData: { [key: string]: unknown }, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, projectStatus: ProjectStatus | null, programme: { __typename: 'FundingProgramme', id: string | null, slug: string, name: string, website: string | null } | null, targetGroups: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, goals: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', id: string | null, blockType: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'GoalBlock', text: string, id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'LinkBlock', id: string | null, blockType: string }
        | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
            | { __typename: 'BlockQuoteBlock', id: string | null }
            | { __typename: 'BooleanBlock', id: string | null }
            | { __typename: 'CaptionedImageBlock', id: string | null }
            | { __typename: 'CharBlock', id: string | null }
            | { __typename: 'ChoiceBlock', id: string | null }
            | { __typename: 'DateBlock', id: string | null }
            | { __typename: 'DateTimeBlock', id: string | null }
            | { __typename: 'DecimalBlock', id: string | null }
            | { __typename: 'DocumentBlock', id: string | null }
            | { __typename: 'DocumentChooserBlock', id: string | null }
            | { __typename: 'EmailBlock', id: string | null }
            | { __typename: 'EmbedBlock', id: string | null }
            | { __typename: 'FloatBlock', id: string | null }
            | { __typename: 'GoalBlock', id: string | null }
            | { __typename: 'HeadingBlock', id: string | null }
            | { __typename: 'ImageBlock', id: string | null }
            | { __typename: 'ImageChooserBlock', id: string | null }
            | { __typename: 'IntegerBlock', id: string | null }
            | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
            | { __typename: 'LinkListBlock', id: string | null }
            | { __typename: 'ListBlock', id: string | null }
            | { __typename: 'PageChooserBlock', id: string | null }
            | { __typename: 'ParagraphBlock', id: string | null }
            | { __typename: 'QuoteBlock', id: string | null }
            | { __typename: 'RawHTMLBlock', id: string | null }
            | { __typename: 'RegexBlock', id: string | null }
            | { __typename: 'RichTextBlock', id: string | null }
            | { __typename: 'SnippetChooserBlock', id: string | null }
            | { __typename: 'StaticBlock', id: string | null }
            | { __typename: 'StreamBlock', id: string | null }
            | { __typename: 'StreamFieldBlock', id: string | null }
            | { __typename: 'StructBlock', id: string | null }
            | { __typename: 'TextBlock', id: string | null }
            | { __typename: 'TimeBlock', id: string | null }
            | { __typename: 'URLBlock', id: string | null }
            | { __typename: 'VideoBlock', id: string | null }
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
        | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
       | null> | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', id: string | null, blockType: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'GoalBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'LinkBlock', id: string | null, blockType: string }
        | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
            | { __typename: 'BlockQuoteBlock', id: string | null }
            | { __typename: 'BooleanBlock', id: string | null }
            | { __typename: 'CaptionedImageBlock', id: string | null }
            | { __typename: 'CharBlock', id: string | null }
            | { __typename: 'ChoiceBlock', id: string | null }
            | { __typename: 'DateBlock', id: string | null }
            | { __typename: 'DateTimeBlock', id: string | null }
            | { __typename: 'DecimalBlock', id: string | null }
            | { __typename: 'DocumentBlock', id: string | null }
            | { __typename: 'DocumentChooserBlock', id: string | null }
            | { __typename: 'EmailBlock', id: string | null }
            | { __typename: 'EmbedBlock', id: string | null }
            | { __typename: 'FloatBlock', id: string | null }
            | { __typename: 'GoalBlock', id: string | null }
            | { __typename: 'HeadingBlock', id: string | null }
            | { __typename: 'ImageBlock', id: string | null }
            | { __typename: 'ImageChooserBlock', id: string | null }
            | { __typename: 'IntegerBlock', id: string | null }
            | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
            | { __typename: 'LinkListBlock', id: string | null }
            | { __typename: 'ListBlock', id: string | null }
            | { __typename: 'PageChooserBlock', id: string | null }
            | { __typename: 'ParagraphBlock', id: string | null }
            | { __typename: 'QuoteBlock', id: string | null }
            | { __typename: 'RawHTMLBlock', id: string | null }
            | { __typename: 'RegexBlock', id: string | null }
            | { __typename: 'RichTextBlock', id: string | null }
            | { __typename: 'SnippetChooserBlock', id: string | null }
            | { __typename: 'StaticBlock', id: string | null }
            | { __typename: 'StreamBlock', id: string | null }
            | { __typename: 'StreamFieldBlock', id: string | null }
            | { __typename: 'StructBlock', id: string | null }
            | { __typename: 'TextBlock', id: string | null }
            | { __typename: 'TimeBlock', id: string | null }
            | { __typename: 'URLBlock', id: string | null }
            | { __typename: 'VideoBlock', id: string | null }
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
        | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
       | null> | null, partners: Array<{ __typename: 'ProjectPartner', id: string | null, organisation: string, city: string, website: string, country: { __typename: 'Country', code: string, name: string }, logo: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null }>, contacts: Array<{ __typename: 'Person', id: string | null, displayName: string, email: string, phone: string }>, materials: Array<{ __typename: 'ProjectMaterial', id: string | null, title: string, url: string, fileExtension: string | null }>, logos: Array<{ __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null }>, events: Array<{ __typename: 'EventOccurrence', start: string, end: string, allDay: boolean, status: EventStatus, isChanged: boolean, originalStart: string, event: { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, status: EventStatus, isFree: boolean, venueToBeAnnounced: boolean, id: string | null, title: string, url: string | null, locale: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, venue: { __typename: 'Venue', id: string | null, name: string, branch: string } | null, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> } }>, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }
   | null };

export type ProjectListQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  status?: InputMaybe<ProjectStatus>;
  programme?: InputMaybe<Scalars['String']['input']>;
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  activeInYear?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<ProjectOrder>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectListQuery = { __typename?: 'Query', projects: { __typename: 'ProjectListing', items: Array<{ __typename: 'ProjectPage', summary: string, durationLabel: string, status: ProjectStatus | null, startYear: number | null, endYear: number | null, id: string | null, title: string, url: string | null, locale: string, logo: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, targetGroups: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, programme: { __typename: 'FundingProgramme', id: string | null, slug: string, name: string } | null, partnerCountries: Array<{ __typename: 'Country', code: string, name: string }> }>, pagination: { __typename: 'PaginationType', total: number, count: number, perPage: number, currentPage: number, prevPage: number | null, nextPage: number | null, totalPages: number }, facets: { __typename: 'ProjectFacets', statuses: Array<{ __typename: 'StatusFacet', status: ProjectStatus, count: number }>, programmes: Array<{ __typename: 'TermFacet', slug: string, name: string, count: number }>, targetGroups: Array<{ __typename: 'TermFacet', slug: string, name: string, count: number }>, countries: Array<{ __typename: 'CountryFacet', count: number, country: { __typename: 'Country', code: string, name: string } }>, years: Array<{ __typename: 'YearFacet', year: number, count: number }> } } };

export type RedirectsQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RedirectsQuery = { __typename?: 'Query', redirects: { __typename: 'RedirectPage', items: Array<{ __typename: 'PublicRedirect', oldPath: string, newUrl: string, isPermanent: boolean }>, pagination: { __typename: 'PaginationType', total: number, count: number, perPage: number, currentPage: number, prevPage: number | null, nextPage: number | null, totalPages: number } } };

export type SearchQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  query: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<
    | { __typename: 'EventIndexPage', pageType: string | null, searchDescription: string | null, id: string | null, title: string, url: string | null, locale: string }
    | { __typename: 'EventPage', summary: string, start: string, pageType: string | null, searchDescription: string | null, id: string | null, title: string, url: string | null, locale: string }
    | { __typename: 'HomePage', pageType: string | null, searchDescription: string | null, id: string | null, title: string, url: string | null, locale: string }
    | { __typename: 'Page', pageType: string | null, searchDescription: string | null, id: string | null, title: string, url: string | null, locale: string }
    | { __typename: 'ProjectIndexPage', pageType: string | null, searchDescription: string | null, id: string | null, title: string, url: string | null, locale: string }
    | { __typename: 'ProjectPage', summary: string, pageType: string | null, searchDescription: string | null, id: string | null, title: string, url: string | null, locale: string }
  > };

export type SiteShellQueryVariables = Exact<{
  locale: Scalars['String']['input'];
}>;


export type SiteShellQuery = { __typename?: 'Query', locales: Array<{ __typename: 'SiteLocale', code: string, name: string, isDefault: boolean }>, mainMenu: { __typename: 'SiteMenu', locale: string, isFallback: boolean, items: Array<{ __typename: 'NavigationItem', label: string, url: string, isExternal: boolean }> } | null, siteSettings: { __typename: 'SiteSettings', locale: string, isFallback: boolean, footer: { __typename: 'Footer', cookieNotice: { __typename: 'CookieNotice', text: string, settingsLabel: string, closeLabel: string, privacyLink: { __typename: 'Link', label: string, url: string | null } | null }, partnerLogos: Array<{ __typename: 'PartnerLogo', name: string, url: string | null, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }> } } | null };

export type SitemapQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SitemapQuery = { __typename?: 'Query', sitemap: { __typename: 'SitemapPage', items: Array<{ __typename: 'SitemapEntry', url: string, href: string, lastmod: string | null, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> }>, pagination: { __typename: 'PaginationType', total: number, count: number, perPage: number, currentPage: number, prevPage: number | null, nextPage: number | null, totalPages: number } } };

export type ImageFragment = { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null };

type PageLink_EventIndexPage_Fragment = { __typename: 'EventIndexPage', id: string | null, title: string, url: string | null, locale: string };

type PageLink_EventPage_Fragment = { __typename: 'EventPage', id: string | null, title: string, url: string | null, locale: string };

type PageLink_HomePage_Fragment = { __typename: 'HomePage', id: string | null, title: string, url: string | null, locale: string };

type PageLink_Page_Fragment = { __typename: 'Page', id: string | null, title: string, url: string | null, locale: string };

type PageLink_ProjectIndexPage_Fragment = { __typename: 'ProjectIndexPage', id: string | null, title: string, url: string | null, locale: string };

type PageLink_ProjectPage_Fragment = { __typename: 'ProjectPage', id: string | null, title: string, url: string | null, locale: string };

export type PageLinkFragment =
  | PageLink_EventIndexPage_Fragment
  | PageLink_EventPage_Fragment
  | PageLink_HomePage_Fragment
  | PageLink_Page_Fragment
  | PageLink_ProjectIndexPage_Fragment
  | PageLink_ProjectPage_Fragment
;

type PageHead_EventIndexPage_Fragment = { __typename: 'EventIndexPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

type PageHead_EventPage_Fragment = { __typename: 'EventPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

type PageHead_HomePage_Fragment = { __typename: 'HomePage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

type PageHead_Page_Fragment = { __typename: 'Page', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

type PageHead_ProjectIndexPage_Fragment = { __typename: 'ProjectIndexPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

type PageHead_ProjectPage_Fragment = { __typename: 'ProjectPage', id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

export type PageHeadFragment =
  | PageHead_EventIndexPage_Fragment
  | PageHead_EventPage_Fragment
  | PageHead_HomePage_Fragment
  | PageHead_Page_Fragment
  | PageHead_ProjectIndexPage_Fragment
  | PageHead_ProjectPage_Fragment
;

type BodyBlocks_BlockQuoteBlock_Fragment = { __typename: 'BlockQuoteBlock', id: string | null, blockType: string };

type BodyBlocks_BooleanBlock_Fragment = { __typename: 'BooleanBlock', id: string | null, blockType: string };

type BodyBlocks_CaptionedImageBlock_Fragment = { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } };

type BodyBlocks_CharBlock_Fragment = { __typename: 'CharBlock', id: string | null, blockType: string };

type BodyBlocks_ChoiceBlock_Fragment = { __typename: 'ChoiceBlock', id: string | null, blockType: string };

type BodyBlocks_DateBlock_Fragment = { __typename: 'DateBlock', id: string | null, blockType: string };

type BodyBlocks_DateTimeBlock_Fragment = { __typename: 'DateTimeBlock', id: string | null, blockType: string };

type BodyBlocks_DecimalBlock_Fragment = { __typename: 'DecimalBlock', id: string | null, blockType: string };

type BodyBlocks_DocumentBlock_Fragment = { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null };

type BodyBlocks_DocumentChooserBlock_Fragment = { __typename: 'DocumentChooserBlock', id: string | null, blockType: string };

type BodyBlocks_EmailBlock_Fragment = { __typename: 'EmailBlock', id: string | null, blockType: string };

type BodyBlocks_EmbedBlock_Fragment = { __typename: 'EmbedBlock', id: string | null, blockType: string };

type BodyBlocks_FloatBlock_Fragment = { __typename: 'FloatBlock', id: string | null, blockType: string };

type BodyBlocks_GoalBlock_Fragment = { __typename: 'GoalBlock', id: string | null, blockType: string };

type BodyBlocks_HeadingBlock_Fragment = { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string };

type BodyBlocks_ImageBlock_Fragment = { __typename: 'ImageBlock', id: string | null, blockType: string };

type BodyBlocks_ImageChooserBlock_Fragment = { __typename: 'ImageChooserBlock', id: string | null, blockType: string };

type BodyBlocks_IntegerBlock_Fragment = { __typename: 'IntegerBlock', id: string | null, blockType: string };

type BodyBlocks_LinkBlock_Fragment = { __typename: 'LinkBlock', id: string | null, blockType: string };

type BodyBlocks_LinkListBlock_Fragment = { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
    | { __typename: 'BlockQuoteBlock', id: string | null }
    | { __typename: 'BooleanBlock', id: string | null }
    | { __typename: 'CaptionedImageBlock', id: string | null }
    | { __typename: 'CharBlock', id: string | null }
    | { __typename: 'ChoiceBlock', id: string | null }
    | { __typename: 'DateBlock', id: string | null }
    | { __typename: 'DateTimeBlock', id: string | null }
    | { __typename: 'DecimalBlock', id: string | null }
    | { __typename: 'DocumentBlock', id: string | null }
    | { __typename: 'DocumentChooserBlock', id: string | null }
    | { __typename: 'EmailBlock', id: string | null }
    | { __typename: 'EmbedBlock', id: string | null }
    | { __typename: 'FloatBlock', id: string | null }
    | { __typename: 'GoalBlock', id: string | null }
    | { __typename: 'HeadingBlock', id: string | null }
    | { __typename: 'ImageBlock', id: string | null }
    | { __typename: 'ImageChooserBlock', id: string | null }
    | { __typename: 'IntegerBlock', id: string | null }
    | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
    | { __typename: 'LinkListBlock', id: string | null }
    | { __typename: 'ListBlock', id: string | null }
    | { __typename: 'PageChooserBlock', id: string | null }
    | { __typename: 'ParagraphBlock', id: string | null }
    | { __typename: 'QuoteBlock', id: string | null }
    | { __typename: 'RawHTMLBlock', id: string | null }
    | { __typename: 'RegexBlock', id: string | null }
    | { __typename: 'RichTextBlock', id: string | null }
    | { __typename: 'SnippetChooserBlock', id: string | null }
    | { __typename: 'StaticBlock', id: string | null }
    | { __typename: 'StreamBlock', id: string | null }
    | { __typename: 'StreamFieldBlock', id: string | null }
    | { __typename: 'StructBlock', id: string | null }
    | { __typename: 'TextBlock', id: string | null }
    | { __typename: 'TimeBlock', id: string | null }
    | { __typename: 'URLBlock', id: string | null }
    | { __typename: 'VideoBlock', id: string | null }
   | null> | null };

type BodyBlocks_ListBlock_Fragment = { __typename: 'ListBlock', id: string | null, blockType: string };

type BodyBlocks_PageChooserBlock_Fragment = { __typename: 'PageChooserBlock', id: string | null, blockType: string };

type BodyBlocks_ParagraphBlock_Fragment = { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string };

type BodyBlocks_QuoteBlock_Fragment = { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string };

type BodyBlocks_RawHtmlBlock_Fragment = { __typename: 'RawHTMLBlock', id: string | null, blockType: string };

type BodyBlocks_RegexBlock_Fragment = { __typename: 'RegexBlock', id: string | null, blockType: string };

type BodyBlocks_RichTextBlock_Fragment = { __typename: 'RichTextBlock', id: string | null, blockType: string };

type BodyBlocks_SnippetChooserBlock_Fragment = { __typename: 'SnippetChooserBlock', id: string | null, blockType: string };

type BodyBlocks_StaticBlock_Fragment = { __typename: 'StaticBlock', id: string | null, blockType: string };

type BodyBlocks_StreamBlock_Fragment = { __typename: 'StreamBlock', id: string | null, blockType: string };

type BodyBlocks_StreamFieldBlock_Fragment = { __typename: 'StreamFieldBlock', id: string | null, blockType: string };

type BodyBlocks_StructBlock_Fragment = { __typename: 'StructBlock', id: string | null, blockType: string };

type BodyBlocks_TextBlock_Fragment = { __typename: 'TextBlock', id: string | null, blockType: string };

type BodyBlocks_TimeBlock_Fragment = { __typename: 'TimeBlock', id: string | null, blockType: string };

type BodyBlocks_UrlBlock_Fragment = { __typename: 'URLBlock', id: string | null, blockType: string };

type BodyBlocks_VideoBlock_Fragment = { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null };

export type BodyBlocksFragment =
  | BodyBlocks_BlockQuoteBlock_Fragment
  | BodyBlocks_BooleanBlock_Fragment
  | BodyBlocks_CaptionedImageBlock_Fragment
  | BodyBlocks_CharBlock_Fragment
  | BodyBlocks_ChoiceBlock_Fragment
  | BodyBlocks_DateBlock_Fragment
  | BodyBlocks_DateTimeBlock_Fragment
  | BodyBlocks_DecimalBlock_Fragment
  | BodyBlocks_DocumentBlock_Fragment
  | BodyBlocks_DocumentChooserBlock_Fragment
  | BodyBlocks_EmailBlock_Fragment
  | BodyBlocks_EmbedBlock_Fragment
  | BodyBlocks_FloatBlock_Fragment
  | BodyBlocks_GoalBlock_Fragment
  | BodyBlocks_HeadingBlock_Fragment
  | BodyBlocks_ImageBlock_Fragment
  | BodyBlocks_ImageChooserBlock_Fragment
  | BodyBlocks_IntegerBlock_Fragment
  | BodyBlocks_LinkBlock_Fragment
  | BodyBlocks_LinkListBlock_Fragment
  | BodyBlocks_ListBlock_Fragment
  | BodyBlocks_PageChooserBlock_Fragment
  | BodyBlocks_ParagraphBlock_Fragment
  | BodyBlocks_QuoteBlock_Fragment
  | BodyBlocks_RawHtmlBlock_Fragment
  | BodyBlocks_RegexBlock_Fragment
  | BodyBlocks_RichTextBlock_Fragment
  | BodyBlocks_SnippetChooserBlock_Fragment
  | BodyBlocks_StaticBlock_Fragment
  | BodyBlocks_StreamBlock_Fragment
  | BodyBlocks_StreamFieldBlock_Fragment
  | BodyBlocks_StructBlock_Fragment
  | BodyBlocks_TextBlock_Fragment
  | BodyBlocks_TimeBlock_Fragment
  | BodyBlocks_UrlBlock_Fragment
  | BodyBlocks_VideoBlock_Fragment
;

export type TermFragment = { __typename: 'TargetGroup', id: string | null, slug: string, name: string };

export type ProjectCardFragment = { __typename: 'ProjectPage', summary: string, durationLabel: string, status: ProjectStatus | null, startYear: number | null, endYear: number | null, id: string | null, title: string, url: string | null, locale: string, logo: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, targetGroups: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, programme: { __typename: 'FundingProgramme', id: string | null, slug: string, name: string } | null, partnerCountries: Array<{ __typename: 'Country', code: string, name: string }> };

export type ProjectDetailFragment = { __typename: 'ProjectPage', summary: string, durationLabel: string, startYear: number | null, startDate: string | null, endYear: number | null, endDate: string | null, libraryRole: LibraryRole, website: string | null, structuredData: { [key: string]: unknown }, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, projectStatus: ProjectStatus | null, programme: { __typename: 'FundingProgramme', id: string | null, slug: string, name: string, website: string | null } | null, targetGroups: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, goals: Array<
    | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
    | { __typename: 'BooleanBlock', id: string | null, blockType: string }
    | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
    | { __typename: 'CharBlock', id: string | null, blockType: string }
    | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
    | { __typename: 'DateBlock', id: string | null, blockType: string }
    | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
    | { __typename: 'DecimalBlock', id: string | null, blockType: string }
    | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
    | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
    | { __typename: 'EmailBlock', id: string | null, blockType: string }
    | { __typename: 'EmbedBlock', id: string | null, blockType: string }
    | { __typename: 'FloatBlock', id: string | null, blockType: string }
    | { __typename: 'GoalBlock', text: string, id: string | null, blockType: string }
    | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
    | { __typename: 'ImageBlock', id: string | null, blockType: string }
    | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
    | { __typename: 'IntegerBlock', id: string | null, blockType: string }
    | { __typename: 'LinkBlock', id: string | null, blockType: string }
    | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null }
        | { __typename: 'BooleanBlock', id: string | null }
        | { __typename: 'CaptionedImageBlock', id: string | null }
        | { __typename: 'CharBlock', id: string | null }
        | { __typename: 'ChoiceBlock', id: string | null }
        | { __typename: 'DateBlock', id: string | null }
        | { __typename: 'DateTimeBlock', id: string | null }
        | { __typename: 'DecimalBlock', id: string | null }
        | { __typename: 'DocumentBlock', id: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null }
        | { __typename: 'EmailBlock', id: string | null }
        | { __typename: 'EmbedBlock', id: string | null }
        | { __typename: 'FloatBlock', id: string | null }
        | { __typename: 'GoalBlock', id: string | null }
        | { __typename: 'HeadingBlock', id: string | null }
        | { __typename: 'ImageBlock', id: string | null }
        | { __typename: 'ImageChooserBlock', id: string | null }
        | { __typename: 'IntegerBlock', id: string | null }
        | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
        | { __typename: 'LinkListBlock', id: string | null }
        | { __typename: 'ListBlock', id: string | null }
        | { __typename: 'PageChooserBlock', id: string | null }
        | { __typename: 'ParagraphBlock', id: string | null }
        | { __typename: 'QuoteBlock', id: string | null }
        | { __typename: 'RawHTMLBlock', id: string | null }
        | { __typename: 'RegexBlock', id: string | null }
        | { __typename: 'RichTextBlock', id: string | null }
        | { __typename: 'SnippetChooserBlock', id: string | null }
        | { __typename: 'StaticBlock', id: string | null }
        | { __typename: 'StreamBlock', id: string | null }
        | { __typename: 'StreamFieldBlock', id: string | null }
        | { __typename: 'StructBlock', id: string | null }
        | { __typename: 'TextBlock', id: string | null }
        | { __typename: 'TimeBlock', id: string | null }
        | { __typename: 'URLBlock', id: string | null }
        | { __typename: 'VideoBlock', id: string | null }
       | null> | null }
    | { __typename: 'ListBlock', id: string | null, blockType: string }
    | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
    | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
    | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
    | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
    | { __typename: 'RegexBlock', id: string | null, blockType: string }
    | { __typename: 'RichTextBlock', id: string | null, blockType: string }
    | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
    | { __typename: 'StaticBlock', id: string | null, blockType: string }
    | { __typename: 'StreamBlock', id: string | null, blockType: string }
    | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
    | { __typename: 'StructBlock', id: string | null, blockType: string }
    | { __typename: 'TextBlock', id: string | null, blockType: string }
    | { __typename: 'TimeBlock', id: string | null, blockType: string }
    | { __typename: 'URLBlock', id: string | null, blockType: string }
    | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
   | null> | null, body: Array<
    | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
    | { __typename: 'BooleanBlock', id: string | null, blockType: string }
    | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
    | { __typename: 'CharBlock', id: string | null, blockType: string }
    | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
    | { __typename: 'DateBlock', id: string | null, blockType: string }
    | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
    | { __typename: 'DecimalBlock', id: string | null, blockType: string }
    | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
    | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
    | { __typename: 'EmailBlock', id: string | null, blockType: string }
    | { __typename: 'EmbedBlock', id: string | null, blockType: string }
    | { __typename: 'FloatBlock', id: string | null, blockType: string }
    | { __typename: 'GoalBlock', id: string | null, blockType: string }
    | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
    | { __typename: 'ImageBlock', id: string | null, blockType: string }
    | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
    | { __typename: 'IntegerBlock', id: string | null, blockType: string }
    | { __typename: 'LinkBlock', id: string | null, blockType: string }
    | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null }
        | { __typename: 'BooleanBlock', id: string | null }
        | { __typename: 'CaptionedImageBlock', id: string | null }
        | { __typename: 'CharBlock', id: string | null }
        | { __typename: 'ChoiceBlock', id: string | null }
        | { __typename: 'DateBlock', id: string | null }
        | { __typename: 'DateTimeBlock', id: string | null }
        | { __typename: 'DecimalBlock', id: string | null }
        | { __typename: 'DocumentBlock', id: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null }
        | { __typename: 'EmailBlock', id: string | null }
        | { __typename: 'EmbedBlock', id: string | null }
        | { __typename: 'FloatBlock', id: string | null }
        | { __typename: 'GoalBlock', id: string | null }
        | { __typename: 'HeadingBlock', id: string | null }
        | { __typename: 'ImageBlock', id: string | null }
        | { __typename: 'ImageChooserBlock', id: string | null }
        | { __typename: 'IntegerBlock', id: string | null }
        | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
        | { __typename: 'LinkListBlock', id: string | null }
        | { __typename: 'ListBlock', id: string | null }
        | { __typename: 'PageChooserBlock', id: string | null }
        | { __typename: 'ParagraphBlock', id: string | null }
        | { __typename: 'QuoteBlock', id: string | null }
        | { __typename: 'RawHTMLBlock', id: string | null }
        | { __typename: 'RegexBlock', id: string | null }
        | { __typename: 'RichTextBlock', id: string | null }
        | { __typename: 'SnippetChooserBlock', id: string | null }
        | { __typename: 'StaticBlock', id: string | null }
        | { __typename: 'StreamBlock', id: string | null }
        | { __typename: 'StreamFieldBlock', id: string | null }
        | { __typename: 'StructBlock', id: string | null }
        | { __typename: 'TextBlock', id: string | null }
        | { __typename: 'TimeBlock', id: string | null }
        | { __typename: 'URLBlock', id: string | null }
        | { __typename: 'VideoBlock', id: string | null }
       | null> | null }
    | { __typename: 'ListBlock', id: string | null, blockType: string }
    | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
    | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
    | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
    | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
    | { __typename: 'RegexBlock', id: string | null, blockType: string }
    | { __typename: 'RichTextBlock', id: string | null, blockType: string }
    | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
    | { __typename: 'StaticBlock', id: string | null, blockType: string }
    | { __typename: 'StreamBlock', id: string | null, blockType: string }
    | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
    | { __typename: 'StructBlock', id: string | null, blockType: string }
    | { __typename: 'TextBlock', id: string | null, blockType: string }
    | { __typename: 'TimeBlock', id: string | null, blockType: string }
    | { __typename: 'URLBlock', id: string | null, blockType: string }
    | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
   | null> | null, partners: Array<{ __typename: 'ProjectPartner', id: string | null, organisation: string, city: string, website: string, country: { __typename: 'Country', code: string, name: string }, logo: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null }>, contacts: Array<{ __typename: 'Person', id: string | null, displayName: string, email: string, phone: string }>, materials: Array<{ __typename: 'ProjectMaterial', id: string | null, title: string, url: string, fileExtension: string | null }>, logos: Array<{ __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null }>, events: Array<{ __typename: 'EventOccurrence', start: string, end: string, allDay: boolean, status: EventStatus, isChanged: boolean, originalStart: string, event: { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, status: EventStatus, isFree: boolean, venueToBeAnnounced: boolean, id: string | null, title: string, url: string | null, locale: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, venue: { __typename: 'Venue', id: string | null, name: string, branch: string } | null, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> } }>, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

export type VenueFragment = { __typename: 'Venue', id: string | null, name: string, branch: string, address: string, postalCode: string, locality: string, latitude: number | null, longitude: number | null, accessibility: string, country: { __typename: 'Country', code: string, name: string } };

export type EventCardFragment = { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, status: EventStatus, isFree: boolean, venueToBeAnnounced: boolean, id: string | null, title: string, url: string | null, locale: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, venue: { __typename: 'Venue', id: string | null, name: string, branch: string } | null, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> };

export type OccurrenceFragment = { __typename: 'EventOccurrence', start: string, end: string, allDay: boolean, status: EventStatus, isChanged: boolean, originalStart: string, event: { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, status: EventStatus, isFree: boolean, venueToBeAnnounced: boolean, id: string | null, title: string, url: string | null, locale: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, venue: { __typename: 'Venue', id: string | null, name: string, branch: string } | null, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }> } };

export type EventDetailFragment = { __typename: 'EventPage', summary: string, start: string, end: string, allDay: boolean, recurrenceRule: string, recurrenceDescription: string, onlineUrl: string, venueToBeAnnounced: boolean, registration: Registration, registrationUrl: string, capacity: number | null, price: string, isFree: boolean, icsUrl: string, structuredData: { [key: string]: unknown }, id: string | null, title: string, seoTitle: string, searchDescription: string | null, locale: string, url: string | null, isFallback: boolean, eventStatus: EventStatus, body: Array<
    | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
    | { __typename: 'BooleanBlock', id: string | null, blockType: string }
    | { __typename: 'CaptionedImageBlock', alt: string, caption: string, id: string | null, blockType: string, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } }
    | { __typename: 'CharBlock', id: string | null, blockType: string }
    | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
    | { __typename: 'DateBlock', id: string | null, blockType: string }
    | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
    | { __typename: 'DecimalBlock', id: string | null, blockType: string }
    | { __typename: 'DocumentBlock', fileExtension: string | null, id: string | null, blockType: string, documentTitle: string | null, documentUrl: string | null }
    | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
    | { __typename: 'EmailBlock', id: string | null, blockType: string }
    | { __typename: 'EmbedBlock', id: string | null, blockType: string }
    | { __typename: 'FloatBlock', id: string | null, blockType: string }
    | { __typename: 'GoalBlock', id: string | null, blockType: string }
    | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
    | { __typename: 'ImageBlock', id: string | null, blockType: string }
    | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
    | { __typename: 'IntegerBlock', id: string | null, blockType: string }
    | { __typename: 'LinkBlock', id: string | null, blockType: string }
    | { __typename: 'LinkListBlock', heading: string | null, id: string | null, blockType: string, links: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null }
        | { __typename: 'BooleanBlock', id: string | null }
        | { __typename: 'CaptionedImageBlock', id: string | null }
        | { __typename: 'CharBlock', id: string | null }
        | { __typename: 'ChoiceBlock', id: string | null }
        | { __typename: 'DateBlock', id: string | null }
        | { __typename: 'DateTimeBlock', id: string | null }
        | { __typename: 'DecimalBlock', id: string | null }
        | { __typename: 'DocumentBlock', id: string | null }
        | { __typename: 'DocumentChooserBlock', id: string | null }
        | { __typename: 'EmailBlock', id: string | null }
        | { __typename: 'EmbedBlock', id: string | null }
        | { __typename: 'FloatBlock', id: string | null }
        | { __typename: 'GoalBlock', id: string | null }
        | { __typename: 'HeadingBlock', id: string | null }
        | { __typename: 'ImageBlock', id: string | null }
        | { __typename: 'ImageChooserBlock', id: string | null }
        | { __typename: 'IntegerBlock', id: string | null }
        | { __typename: 'LinkBlock', title: string, url: string | null, id: string | null }
        | { __typename: 'LinkListBlock', id: string | null }
        | { __typename: 'ListBlock', id: string | null }
        | { __typename: 'PageChooserBlock', id: string | null }
        | { __typename: 'ParagraphBlock', id: string | null }
        | { __typename: 'QuoteBlock', id: string | null }
        | { __typename: 'RawHTMLBlock', id: string | null }
        | { __typename: 'RegexBlock', id: string | null }
        | { __typename: 'RichTextBlock', id: string | null }
        | { __typename: 'SnippetChooserBlock', id: string | null }
        | { __typename: 'StaticBlock', id: string | null }
        | { __typename: 'StreamBlock', id: string | null }
        | { __typename: 'StreamFieldBlock', id: string | null }
        | { __typename: 'StructBlock', id: string | null }
        | { __typename: 'TextBlock', id: string | null }
        | { __typename: 'TimeBlock', id: string | null }
        | { __typename: 'URLBlock', id: string | null }
        | { __typename: 'VideoBlock', id: string | null }
       | null> | null }
    | { __typename: 'ListBlock', id: string | null, blockType: string }
    | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
    | { __typename: 'ParagraphBlock', html: string, id: string | null, blockType: string }
    | { __typename: 'QuoteBlock', text: string, attribution: string | null, id: string | null, blockType: string }
    | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
    | { __typename: 'RegexBlock', id: string | null, blockType: string }
    | { __typename: 'RichTextBlock', id: string | null, blockType: string }
    | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
    | { __typename: 'StaticBlock', id: string | null, blockType: string }
    | { __typename: 'StreamBlock', id: string | null, blockType: string }
    | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
    | { __typename: 'StructBlock', id: string | null, blockType: string }
    | { __typename: 'TextBlock', id: string | null, blockType: string }
    | { __typename: 'TimeBlock', id: string | null, blockType: string }
    | { __typename: 'URLBlock', id: string | null, blockType: string }
    | { __typename: 'VideoBlock', id: string | null, blockType: string, videoUrl: string, videoTitle: string, videoCaption: string | null }
   | null> | null, image: { __typename: 'PublicImage', id: string, alt: string, width: number, height: number, srcSet: string, objectPosition: string, avifSrcSet: string, small: { __typename: 'ImageRendition', url: string, width: number, height: number }, large: { __typename: 'ImageRendition', url: string, width: number, height: number }, focalPoint: { __typename: 'ImageFocalPoint', x: number, y: number, width: number, height: number, relativeX: number, relativeY: number } | null } | null, nextOccurrences: Array<{ __typename: 'EventOccurrence', start: string, end: string, status: EventStatus, isChanged: boolean }>, venue: { __typename: 'Venue', id: string | null, name: string, branch: string, address: string, postalCode: string, locality: string, latitude: number | null, longitude: number | null, accessibility: string, country: { __typename: 'Country', code: string, name: string } } | null, audiences: Array<{ __typename: 'TargetGroup', id: string | null, slug: string, name: string }>, categories: Array<{ __typename: 'EventCategory', id: string | null, slug: string, name: string }>, relatedProject: { __typename: 'ProjectPage', id: string | null, title: string, url: string | null, locale: string } | null, translations: Array<{ __typename: 'PageTranslation', id: string, locale: string, title: string, url: string | null }>, alternates: Array<{ __typename: 'Alternate', hreflang: string, href: string }> };

export type PaginationFragment = { __typename: 'PaginationType', total: number, count: number, perPage: number, currentPage: number, prevPage: number | null, nextPage: number | null, totalPages: number };

export const PageLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<PageLinkFragment, unknown>;
export const ImageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}}]} as unknown as DocumentNode<ImageFragment, unknown>;
export const TermFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TermFragment, unknown>;
export const ProjectCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProjectCardFragment, unknown>;
export const PageHeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}}]} as unknown as DocumentNode<PageHeadFragment, unknown>;
export const BodyBlocksFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyBlocks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptionedImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"videoUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"videoTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"videoCaption"},"name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"documentTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"documentUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkListBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}}]} as unknown as DocumentNode<BodyBlocksFragment, unknown>;
export const EventCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}}]} as unknown as DocumentNode<EventCardFragment, unknown>;
export const OccurrenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Occurrence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventOccurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}},{"kind":"Field","name":{"kind":"Name","value":"originalStart"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OccurrenceFragment, unknown>;
export const ProjectDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"projectStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"libraryRole"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Occurrence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyBlocks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptionedImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"videoUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"videoTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"videoCaption"},"name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"documentTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"documentUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkListBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Occurrence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventOccurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}},{"kind":"Field","name":{"kind":"Name","value":"originalStart"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}}]} as unknown as DocumentNode<ProjectDetailFragment, unknown>;
export const VenueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Venue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}}]} as unknown as DocumentNode<VenueFragment, unknown>;
export const EventDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","alias":{"kind":"Name","value":"eventStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceRule"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceDescription"}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Venue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}},{"kind":"Field","name":{"kind":"Name","value":"relatedProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyBlocks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptionedImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"videoUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"videoTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"videoCaption"},"name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"documentTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"documentUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkListBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Venue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<EventDetailFragment, unknown>;
export const PaginationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pagination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaginationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"currentPage"}},{"kind":"Field","name":{"kind":"Name","value":"prevPage"}},{"kind":"Field","name":{"kind":"Name","value":"nextPage"}},{"kind":"Field","name":{"kind":"Name","value":"totalPages"}}]}}]} as unknown as DocumentNode<PaginationFragment, unknown>;
export const CalendarMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayNames"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"inMonth"}},{"kind":"Field","name":{"kind":"Name","value":"isToday"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarMonthQuery, CalendarMonthQueryVariables>;
export const EventDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentType"},"value":{"kind":"StringValue","value":"calendar_app.EventPage","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyBlocks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptionedImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"videoUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"videoTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"videoCaption"},"name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"documentTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"documentUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkListBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Venue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","alias":{"kind":"Name","value":"eventStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceRule"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceDescription"}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Venue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}},{"kind":"Field","name":{"kind":"Name","value":"relatedProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}}]}}]}}]} as unknown as DocumentNode<EventDetailQuery, EventDetailQueryVariables>;
export const EventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Occurrence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Occurrence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventOccurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}},{"kind":"Field","name":{"kind":"Name","value":"originalStart"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}}]} as unknown as DocumentNode<EventListQuery, EventListQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"StringValue","value":"/","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strapline"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Occurrence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Occurrence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventOccurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}},{"kind":"Field","name":{"kind":"Name","value":"originalStart"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const LanguageSwitcherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LanguageSwitcher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"translationKey"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}}]}}]} as unknown as DocumentNode<LanguageSwitcherQuery, LanguageSwitcherQueryVariables>;
export const PagePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PagePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strapline"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyBlocks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptionedImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"videoUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"videoTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"videoCaption"},"name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"documentTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"documentUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkListBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Occurrence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventOccurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}},{"kind":"Field","name":{"kind":"Name","value":"originalStart"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Venue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"projectStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"libraryRole"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Occurrence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","alias":{"kind":"Name","value":"eventStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceRule"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceDescription"}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Venue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}},{"kind":"Field","name":{"kind":"Name","value":"relatedProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}}]}}]}}]} as unknown as DocumentNode<PagePreviewQuery, PagePreviewQueryVariables>;
export const PageRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectIndexPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sectionIntro"},"name":{"kind":"Name","value":"intro"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventIndexPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sectionIntro"},"name":{"kind":"Name","value":"intro"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}}]} as unknown as DocumentNode<PageRouteQuery, PageRouteQueryVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentType"},"value":{"kind":"StringValue","value":"project_pages.ProjectPage","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageHead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodyBlocks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptionedImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"videoUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"videoTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"videoCaption"},"name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"documentTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"documentUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkListBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueToBeAnnounced"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Occurrence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventOccurrence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isChanged"}},{"kind":"Field","name":{"kind":"Name","value":"originalStart"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageHead"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationLabel"}},{"kind":"Field","alias":{"kind":"Name","value":"projectStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"libraryRole"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodyBlocks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Occurrence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const ProjectListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeInYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectOrder"}},"defaultValue":{"kind":"EnumValue","value":"START_DESC"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeInYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeInYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pagination"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Term"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"durationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Term"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pagination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaginationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"currentPage"}},{"kind":"Field","name":{"kind":"Name","value":"prevPage"}},{"kind":"Field","name":{"kind":"Name","value":"nextPage"}},{"kind":"Field","name":{"kind":"Name","value":"totalPages"}}]}}]} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const RedirectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Redirects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"oldPath"}},{"kind":"Field","name":{"kind":"Name","value":"newUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPermanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pagination"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pagination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaginationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"currentPage"}},{"kind":"Field","name":{"kind":"Name","value":"prevPage"}},{"kind":"Field","name":{"kind":"Name","value":"nextPage"}},{"kind":"Field","name":{"kind":"Name","value":"totalPages"}}]}}]} as unknown as DocumentNode<RedirectsQuery, RedirectsQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageLink"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SiteShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteShell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mainMenu"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isExternal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"siteSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"footer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cookieNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"privacyLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settingsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerLogos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Image"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Image"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","alias":{"kind":"Name","value":"small"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"480"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"large"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"1280"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"avifSrcSet"},"name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"AVIF"}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"relativeX"}},{"kind":"Field","name":{"kind":"Name","value":"relativeY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectPosition"}}]}}]} as unknown as DocumentNode<SiteShellQuery, SiteShellQueryVariables>;
export const SitemapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sitemap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"href"}},{"kind":"Field","name":{"kind":"Name","value":"lastmod"}},{"kind":"Field","name":{"kind":"Name","value":"alternates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hreflang"}},{"kind":"Field","name":{"kind":"Name","value":"href"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pagination"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pagination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaginationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"currentPage"}},{"kind":"Field","name":{"kind":"Name","value":"prevPage"}},{"kind":"Field","name":{"kind":"Name","value":"nextPage"}},{"kind":"Field","name":{"kind":"Name","value":"totalPages"}}]}}]} as unknown as DocumentNode<SitemapQuery, SitemapQueryVariables>;