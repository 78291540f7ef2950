-- Schema version 1: every table of the first release.

CREATE TABLE schema_version (version INTEGER NOT NULL);

CREATE TABLE "agency_settings" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(200) NOT NULL, "paper_size" VARCHAR(10) NOT NULL, "lockout_attempts" INTEGER NOT NULL, "lockout_minutes" INTEGER NOT NULL, "idle_lock_minutes" INTEGER NOT NULL, "attachment_max_mb" INTEGER NOT NULL, "case_notes_editable" INTEGER NOT NULL, "case_notes_deletable" INTEGER NOT NULL, "password_min_length" INTEGER NOT NULL, "backup_on_exit" INTEGER NOT NULL, "backups_kept" INTEGER NOT NULL, "hmis_organization_id" VARCHAR(50), "created_at" DATETIME NOT NULL);

CREATE TABLE "provider" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(200) NOT NULL, "hmis_project_id" VARCHAR(50), "active" INTEGER NOT NULL, "created_at" DATETIME NOT NULL);

CREATE UNIQUE INDEX "provider_name" ON "provider" ("name");

CREATE UNIQUE INDEX "provider_hmis_project_id" ON "provider" ("hmis_project_id");

CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "username" VARCHAR(100) NOT NULL, "first_name" VARCHAR(100) NOT NULL, "last_name" VARCHAR(100) NOT NULL, "password_hash" VARCHAR(255) NOT NULL, "role" VARCHAR(20) NOT NULL, "home_provider_id" INTEGER NOT NULL, "active" INTEGER NOT NULL, "must_change_password" INTEGER NOT NULL, "email" VARCHAR(200), "phone" VARCHAR(30), "created_at" DATETIME NOT NULL, "last_login_at" DATETIME, FOREIGN KEY ("home_provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT);

CREATE UNIQUE INDEX "user_username" ON "user" ("username");

CREATE INDEX "user_home_provider_id" ON "user" ("home_provider_id");

CREATE TABLE "user_provider" ("id" INTEGER NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "provider_id" INTEGER NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE CASCADE);

CREATE INDEX "user_provider_user_id" ON "user_provider" ("user_id");

CREATE INDEX "user_provider_provider_id" ON "user_provider" ("provider_id");

CREATE UNIQUE INDEX "user_provider_user_id_provider_id" ON "user_provider" ("user_id", "provider_id");

CREATE TABLE "login_throttle" ("username" VARCHAR(100) NOT NULL PRIMARY KEY, "failed_attempts" INTEGER NOT NULL, "locked_until" DATETIME);

CREATE TABLE "client" ("id" INTEGER NOT NULL PRIMARY KEY, "first_name" VARCHAR(100) NOT NULL, "middle_name" VARCHAR(100) NOT NULL, "last_name" VARCHAR(100) NOT NULL, "suffix" VARCHAR(20) NOT NULL, "alias" VARCHAR(100) NOT NULL, "date_of_birth" DATE, "gender" VARCHAR(50) NOT NULL, "phone" VARCHAR(30) NOT NULL, "email" VARCHAR(200) NOT NULL, "address" TEXT NOT NULL, "ssn_last4" VARCHAR(4), "sort_name" VARCHAR(210) NOT NULL, "hmis_personal_id" VARCHAR(50), "provider_id" INTEGER, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE SET NULL, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL);

CREATE INDEX "client_date_of_birth" ON "client" ("date_of_birth");

CREATE INDEX "client_ssn_last4" ON "client" ("ssn_last4");

CREATE INDEX "client_sort_name" ON "client" ("sort_name");

CREATE UNIQUE INDEX "client_hmis_personal_id" ON "client" ("hmis_personal_id");

CREATE INDEX "client_provider_id" ON "client" ("provider_id");

CREATE INDEX "client_created_by_id" ON "client" ("created_by_id");

CREATE TABLE "client_search_term" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "term" VARCHAR(100) NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE);

CREATE INDEX "client_search_term_client_id" ON "client_search_term" ("client_id");

CREATE INDEX "client_search_term_term_client_id" ON "client_search_term" ("term", "client_id");

CREATE TABLE "household" ("id" INTEGER NOT NULL PRIMARY KEY, "hmis_household_id" VARCHAR(50), "created_at" DATETIME NOT NULL);

CREATE UNIQUE INDEX "household_hmis_household_id" ON "household" ("hmis_household_id");

CREATE TABLE "relationship" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "hmis_code" INTEGER, "sort_order" INTEGER NOT NULL, "retired" INTEGER NOT NULL);

CREATE UNIQUE INDEX "relationship_name" ON "relationship" ("name");

CREATE UNIQUE INDEX "relationship_hmis_code" ON "relationship" ("hmis_code");

CREATE TABLE "household_member" ("id" INTEGER NOT NULL PRIMARY KEY, "household_id" INTEGER NOT NULL, "client_id" INTEGER NOT NULL, "is_head" INTEGER NOT NULL, "relationship_id" INTEGER, "date_joined" DATE, "date_left" DATE, FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE CASCADE, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("relationship_id") REFERENCES "relationship" ("id") ON DELETE RESTRICT);

CREATE INDEX "household_member_household_id" ON "household_member" ("household_id");

CREATE INDEX "household_member_client_id" ON "household_member" ("client_id");

CREATE INDEX "household_member_relationship_id" ON "household_member" ("relationship_id");

CREATE UNIQUE INDEX "household_member_household_id_client_id" ON "household_member" ("household_id", "client_id");

CREATE TABLE "client_note" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "provider_id" INTEGER NOT NULL, "author_id" INTEGER NOT NULL, "note_date" DATE NOT NULL, "text" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE RESTRICT);

CREATE INDEX "client_note_client_id" ON "client_note" ("client_id");

CREATE INDEX "client_note_provider_id" ON "client_note" ("provider_id");

CREATE INDEX "client_note_author_id" ON "client_note" ("author_id");

CREATE INDEX "client_note_client_id_note_date" ON "client_note" ("client_id", "note_date");

CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "timestamp" DATETIME NOT NULL, "user_id" INTEGER, "provider_id" INTEGER, "action" VARCHAR(20) NOT NULL, "record_type" VARCHAR(50) NOT NULL, "record_id" INTEGER, "client_id" INTEGER, "changes" TEXT, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT);

CREATE INDEX "audit_entry_timestamp" ON "audit_entry" ("timestamp");

CREATE INDEX "audit_entry_user_id" ON "audit_entry" ("user_id");

CREATE INDEX "audit_entry_provider_id" ON "audit_entry" ("provider_id");

CREATE INDEX "audit_entry_client_id" ON "audit_entry" ("client_id");

CREATE TABLE "goal_classification" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "sort_order" INTEGER NOT NULL, "retired" INTEGER NOT NULL);

CREATE UNIQUE INDEX "goal_classification_name" ON "goal_classification" ("name");

CREATE TABLE "goal_type" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "sort_order" INTEGER NOT NULL, "retired" INTEGER NOT NULL, "classification_id" INTEGER NOT NULL, FOREIGN KEY ("classification_id") REFERENCES "goal_classification" ("id") ON DELETE RESTRICT);

CREATE INDEX "goal_type_classification_id" ON "goal_type" ("classification_id");

CREATE UNIQUE INDEX "goal_type_classification_id_name" ON "goal_type" ("classification_id", "name");

CREATE TABLE "goal_status" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "sort_order" INTEGER NOT NULL, "retired" INTEGER NOT NULL, "is_closed" INTEGER NOT NULL);

CREATE UNIQUE INDEX "goal_status_name" ON "goal_status" ("name");

CREATE TABLE "goal_outcome" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "sort_order" INTEGER NOT NULL, "retired" INTEGER NOT NULL, "is_partial" INTEGER NOT NULL, "is_achieved" INTEGER NOT NULL);

CREATE UNIQUE INDEX "goal_outcome_name" ON "goal_outcome" ("name");

CREATE TABLE "service_type" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(100) NOT NULL, "sort_order" INTEGER NOT NULL, "retired" INTEGER NOT NULL, "default_unit_type" VARCHAR(50) NOT NULL, "hmis_record_type" INTEGER, "hmis_type_provided" INTEGER);

CREATE UNIQUE INDEX "service_type_name" ON "service_type" ("name");

CREATE UNIQUE INDEX "service_type_hmis_record_type_hmis_type_provided" ON "service_type" ("hmis_record_type", "hmis_type_provided");

CREATE TABLE "case_manager_assignment" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "user_id" INTEGER, "other_name" VARCHAR(200) NOT NULL, "other_agency_uses_program" INTEGER NOT NULL, "provider_id" INTEGER NOT NULL, "title" VARCHAR(100) NOT NULL, "phone" VARCHAR(30) NOT NULL, "email" VARCHAR(200) NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL);

CREATE INDEX "case_manager_assignment_client_id" ON "case_manager_assignment" ("client_id");

CREATE INDEX "case_manager_assignment_user_id" ON "case_manager_assignment" ("user_id");

CREATE INDEX "case_manager_assignment_provider_id" ON "case_manager_assignment" ("provider_id");

CREATE INDEX "case_manager_assignment_created_by_id" ON "case_manager_assignment" ("created_by_id");

CREATE TABLE "case_manager_member" ("id" INTEGER NOT NULL PRIMARY KEY, "assignment_id" INTEGER NOT NULL, "client_id" INTEGER NOT NULL, FOREIGN KEY ("assignment_id") REFERENCES "case_manager_assignment" ("id") ON DELETE CASCADE, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE);

CREATE INDEX "case_manager_member_assignment_id" ON "case_manager_member" ("assignment_id");

CREATE INDEX "case_manager_member_client_id" ON "case_manager_member" ("client_id");

CREATE UNIQUE INDEX "case_manager_member_assignment_id_client_id" ON "case_manager_member" ("assignment_id", "client_id");

CREATE TABLE "goal" ("id" INTEGER NOT NULL PRIMARY KEY, "followup_date" DATE, "followup_provider_id" INTEGER, "followup_user_id" INTEGER, "followup_actual_date" DATE, "followup_made_by_id" INTEGER, "followup_notes" TEXT NOT NULL, "client_id" INTEGER NOT NULL, "provider_id" INTEGER NOT NULL, "case_manager_id" INTEGER, "date_set" DATE NOT NULL, "classification_id" INTEGER NOT NULL, "goal_type_id" INTEGER NOT NULL, "description" TEXT NOT NULL, "target_date" DATE, "status_id" INTEGER NOT NULL, "outcome_id" INTEGER, "percent_complete" INTEGER, "date_closed" DATE, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("followup_provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("followup_user_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("followup_made_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("case_manager_id") REFERENCES "case_manager_assignment" ("id") ON DELETE RESTRICT, FOREIGN KEY ("classification_id") REFERENCES "goal_classification" ("id") ON DELETE RESTRICT, FOREIGN KEY ("goal_type_id") REFERENCES "goal_type" ("id") ON DELETE RESTRICT, FOREIGN KEY ("status_id") REFERENCES "goal_status" ("id") ON DELETE RESTRICT, FOREIGN KEY ("outcome_id") REFERENCES "goal_outcome" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL);

CREATE INDEX "goal_followup_date" ON "goal" ("followup_date");

CREATE INDEX "goal_followup_provider_id" ON "goal" ("followup_provider_id");

CREATE INDEX "goal_followup_user_id" ON "goal" ("followup_user_id");

CREATE INDEX "goal_followup_made_by_id" ON "goal" ("followup_made_by_id");

CREATE INDEX "goal_client_id" ON "goal" ("client_id");

CREATE INDEX "goal_provider_id" ON "goal" ("provider_id");

CREATE INDEX "goal_case_manager_id" ON "goal" ("case_manager_id");

CREATE INDEX "goal_date_set" ON "goal" ("date_set");

CREATE INDEX "goal_classification_id" ON "goal" ("classification_id");

CREATE INDEX "goal_goal_type_id" ON "goal" ("goal_type_id");

CREATE INDEX "goal_status_id" ON "goal" ("status_id");

CREATE INDEX "goal_outcome_id" ON "goal" ("outcome_id");

CREATE INDEX "goal_created_by_id" ON "goal" ("created_by_id");

CREATE INDEX "goal_followup_user_id_followup_actual_date" ON "goal" ("followup_user_id", "followup_actual_date");

CREATE TABLE "goal_member" ("id" INTEGER NOT NULL PRIMARY KEY, "goal_id" INTEGER NOT NULL, "client_id" INTEGER NOT NULL, FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE);

CREATE INDEX "goal_member_goal_id" ON "goal_member" ("goal_id");

CREATE INDEX "goal_member_client_id" ON "goal_member" ("client_id");

CREATE UNIQUE INDEX "goal_member_goal_id_client_id" ON "goal_member" ("goal_id", "client_id");

CREATE TABLE "action_step" ("id" INTEGER NOT NULL PRIMARY KEY, "followup_date" DATE, "followup_provider_id" INTEGER, "followup_user_id" INTEGER, "followup_actual_date" DATE, "followup_made_by_id" INTEGER, "followup_notes" TEXT NOT NULL, "goal_id" INTEGER NOT NULL, "description" TEXT NOT NULL, "provider_id" INTEGER NOT NULL, "date_set" DATE NOT NULL, "target_date" DATE, "status_id" INTEGER NOT NULL, "outcome_id" INTEGER, "date_closed" DATE, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("followup_provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("followup_user_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("followup_made_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("status_id") REFERENCES "goal_status" ("id") ON DELETE RESTRICT, FOREIGN KEY ("outcome_id") REFERENCES "goal_outcome" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL);

CREATE INDEX "action_step_followup_date" ON "action_step" ("followup_date");

CREATE INDEX "action_step_followup_provider_id" ON "action_step" ("followup_provider_id");

CREATE INDEX "action_step_followup_user_id" ON "action_step" ("followup_user_id");

CREATE INDEX "action_step_followup_made_by_id" ON "action_step" ("followup_made_by_id");

CREATE INDEX "action_step_goal_id" ON "action_step" ("goal_id");

CREATE INDEX "action_step_provider_id" ON "action_step" ("provider_id");

CREATE INDEX "action_step_status_id" ON "action_step" ("status_id");

CREATE INDEX "action_step_outcome_id" ON "action_step" ("outcome_id");

CREATE INDEX "action_step_created_by_id" ON "action_step" ("created_by_id");

CREATE INDEX "action_step_followup_user_id_followup_actual_date" ON "action_step" ("followup_user_id", "followup_actual_date");

CREATE TABLE "action_step_member" ("id" INTEGER NOT NULL PRIMARY KEY, "action_step_id" INTEGER NOT NULL, "client_id" INTEGER NOT NULL, FOREIGN KEY ("action_step_id") REFERENCES "action_step" ("id") ON DELETE CASCADE, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE);

CREATE INDEX "action_step_member_action_step_id" ON "action_step_member" ("action_step_id");

CREATE INDEX "action_step_member_client_id" ON "action_step_member" ("client_id");

CREATE UNIQUE INDEX "action_step_member_action_step_id_client_id" ON "action_step_member" ("action_step_id", "client_id");

CREATE TABLE "case_note" ("id" INTEGER NOT NULL PRIMARY KEY, "goal_id" INTEGER NOT NULL, "provider_id" INTEGER NOT NULL, "case_manager_id" INTEGER, "author_id" INTEGER NOT NULL, "note_date" DATE NOT NULL, "text" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("case_manager_id") REFERENCES "case_manager_assignment" ("id") ON DELETE RESTRICT, FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE RESTRICT);

CREATE INDEX "case_note_goal_id" ON "case_note" ("goal_id");

CREATE INDEX "case_note_provider_id" ON "case_note" ("provider_id");

CREATE INDEX "case_note_case_manager_id" ON "case_note" ("case_manager_id");

CREATE INDEX "case_note_author_id" ON "case_note" ("author_id");

CREATE INDEX "case_note_goal_id_note_date" ON "case_note" ("goal_id", "note_date");

CREATE TABLE "case_note_member" ("id" INTEGER NOT NULL PRIMARY KEY, "case_note_id" INTEGER NOT NULL, "client_id" INTEGER NOT NULL, FOREIGN KEY ("case_note_id") REFERENCES "case_note" ("id") ON DELETE CASCADE, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE);

CREATE INDEX "case_note_member_case_note_id" ON "case_note_member" ("case_note_id");

CREATE INDEX "case_note_member_client_id" ON "case_note_member" ("client_id");

CREATE UNIQUE INDEX "case_note_member_case_note_id_client_id" ON "case_note_member" ("case_note_id", "client_id");

CREATE TABLE "service_transaction" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "goal_id" INTEGER, "provider_id" INTEGER NOT NULL, "service_type_id" INTEGER NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE, "units" DECIMAL(12, 2), "unit_type" VARCHAR(50) NOT NULL, "amount" DECIMAL(12, 2), "notes" TEXT NOT NULL, "hmis_services_id" VARCHAR(50), "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("service_type_id") REFERENCES "service_type" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL);

CREATE INDEX "service_transaction_client_id" ON "service_transaction" ("client_id");

CREATE INDEX "service_transaction_goal_id" ON "service_transaction" ("goal_id");

CREATE INDEX "service_transaction_provider_id" ON "service_transaction" ("provider_id");

CREATE INDEX "service_transaction_service_type_id" ON "service_transaction" ("service_type_id");

CREATE INDEX "service_transaction_start_date" ON "service_transaction" ("start_date");

CREATE UNIQUE INDEX "service_transaction_hmis_services_id" ON "service_transaction" ("hmis_services_id");

CREATE INDEX "service_transaction_created_by_id" ON "service_transaction" ("created_by_id");

CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "goal_id" INTEGER, "case_note_id" INTEGER, "added_from" VARCHAR(20) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "size_bytes" INTEGER NOT NULL, "sha256" VARCHAR(64) NOT NULL, "storage_key" VARCHAR(100) NOT NULL, "media_type" VARCHAR(100) NOT NULL, "locked" INTEGER NOT NULL, "provider_id" INTEGER NOT NULL, "added_by_id" INTEGER NOT NULL, "added_at" DATETIME NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE, FOREIGN KEY ("case_note_id") REFERENCES "case_note" ("id") ON DELETE CASCADE, FOREIGN KEY ("provider_id") REFERENCES "provider" ("id") ON DELETE RESTRICT, FOREIGN KEY ("added_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT);

CREATE INDEX "attachment_client_id" ON "attachment" ("client_id");

CREATE INDEX "attachment_goal_id" ON "attachment" ("goal_id");

CREATE INDEX "attachment_case_note_id" ON "attachment" ("case_note_id");

CREATE UNIQUE INDEX "attachment_storage_key" ON "attachment" ("storage_key");

CREATE INDEX "attachment_provider_id" ON "attachment" ("provider_id");

CREATE INDEX "attachment_added_by_id" ON "attachment" ("added_by_id");
