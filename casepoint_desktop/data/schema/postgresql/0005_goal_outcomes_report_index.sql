-- Schema version 5: an index that covers every goal column the goal outcomes report reads,
-- the same index as SQLite's schema version 5. It was measured on SQLite only.
CREATE INDEX "goal_outcomes_report" ON "goal" (
    "date_set",
    "provider_id",
    "classification_id",
    "goal_type_id",
    "status_id",
    "outcome_id",
    "target_date",
    "percent_complete"
);
