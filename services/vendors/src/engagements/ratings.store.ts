import type { Queryable } from '@playbook/db/client';

export interface RatingRow {
  engagement_id: string;
  rated_by: string;
  score: number;
  comment: string | null;
  rated_at: Date;
}

/** The rating, or undefined when this rater rated the engagement already. */
export async function insertRating(
  db: Queryable,
  engagementId: string,
  by: string,
  score: number,
  comment: string | null,
) {
  const [row] = await db<RatingRow[]>`
    insert into engagement_ratings (engagement_id, rated_by, score, comment)
    values (${engagementId}, ${by}, ${score}, ${comment}) on conflict do nothing returning *`;
  return row;
}

export const toRating = (r: RatingRow, vendorId: string) => ({
  engagementId: r.engagement_id,
  vendorId,
  score: r.score,
  comment: r.comment,
  ratedBy: r.rated_by,
  ratedAt: r.rated_at.toISOString(),
});
