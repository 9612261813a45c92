// Claims as schema.org ClaimReview (https://schema.org/ClaimReview), the form fact-checking tools
// and search engines read. Only claims with a verdict are reviews: unverified claims are left out
// (they are in the CSV and JSON exports). The verdict maps onto a 1–3 rating scale.
import type { PublicStatement } from "./schema";

type ReviewedStatus = "SUPPORTED" | "DISPUTED" | "FALSE";

export const CLAIM_RATING: Record<ReviewedStatus, { ratingValue: number; alternateName: string }> = {
  FALSE: { ratingValue: 1, alternateName: "False" },
  DISPUTED: { ratingValue: 2, alternateName: "Disputed" },
  SUPPORTED: { ratingValue: 3, alternateName: "Supported" },
};

/** The statement's date as far as it is known: a day, a month or a year in ISO 8601. */
function knownDate(date: PublicStatement["date"]): string | undefined {
  if (date.precision === "DAY") return date.start;
  if (date.precision === "MONTH") return date.start.slice(0, 7);
  if (date.precision === "YEAR") return date.start.slice(0, 4);
  return undefined;
}

export interface ClaimReview {
  "@type": "ClaimReview";
  "@id": string;
  url: string;
  claimReviewed: string;
  reviewRating: { "@type": "Rating"; ratingValue: number; bestRating: 3; worstRating: 1; alternateName: string };
  itemReviewed: {
    "@type": "Claim";
    author: { "@type": "Person"; name: string; url: string; jobTitle?: string };
    datePublished?: string;
    appearance: { "@type": "CreativeWork"; url: string; headline: string }[];
  };
  author: { "@type": "Organization"; name: string; url: string };
  dateModified: string;
  reviewBody?: string;
  isBasedOn?: string;
}

export function claimReviews(statement: PublicStatement, site: { name: string; url: string }): ClaimReview[] {
  return statement.claims.flatMap((claim): ClaimReview[] => {
    if (claim.status === "UNVERIFIED") return [];
    const rating = CLAIM_RATING[claim.status];
    const datePublished = knownDate(statement.date);
    return [
      {
        "@type": "ClaimReview",
        "@id": `${statement.url}#claim-${claim.id}`,
        url: statement.url,
        claimReviewed: claim.text,
        reviewRating: { "@type": "Rating", ...rating, bestRating: 3, worstRating: 1 },
        itemReviewed: {
          "@type": "Claim",
          author: {
            "@type": "Person",
            name: statement.speaker.name,
            url: statement.speaker.url,
            ...(statement.speaker.role ? { jobTitle: statement.speaker.role } : {}),
          },
          ...(datePublished ? { datePublished } : {}),
          appearance: [
            { "@type": "CreativeWork", url: statement.url, headline: `${statement.speaker.name}, ${statement.date.label}` },
            ...statement.sources.flatMap((source) =>
              source.url ? [{ "@type": "CreativeWork" as const, url: source.url, headline: source.title }] : [],
            ),
          ],
        },
        author: { "@type": "Organization", name: site.name, url: site.url },
        dateModified: statement.updatedAt,
        ...(claim.note ? { reviewBody: claim.note } : {}),
        ...(claim.evidenceUrl ? { isBasedOn: claim.evidenceUrl } : {}),
      },
    ];
  });
}
