-- Schema version 2: the stored copy of each attachment, in parts of at most a mebibyte, kept
-- in the database so that backups carry it and deleting its owner deletes it.
CREATE TABLE "attachment_part" ("id" INTEGER NOT NULL PRIMARY KEY, "attachment_id" INTEGER NOT NULL, "part" INTEGER NOT NULL, "data" BLOB NOT NULL, FOREIGN KEY ("attachment_id") REFERENCES "attachment" ("id") ON DELETE CASCADE);

CREATE UNIQUE INDEX "attachment_part_attachment_id_part" ON "attachment_part" ("attachment_id", "part");
