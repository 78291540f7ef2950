-- Schema version 4: outcomes that count as "not achieved" in the outcomes report, apart
-- from other outcomes such as a client who withdrew.
ALTER TABLE "goal_outcome" ADD COLUMN "is_not_achieved" boolean NOT NULL DEFAULT false;

UPDATE "goal_outcome" SET "is_not_achieved" = true WHERE "name" = 'Not Achieved';
