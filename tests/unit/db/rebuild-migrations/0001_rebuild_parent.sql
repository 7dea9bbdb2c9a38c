PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_parent` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_parent`("id", "name") SELECT "id", "name" FROM `parent`;--> statement-breakpoint
DROP TABLE `parent`;--> statement-breakpoint
ALTER TABLE `__new_parent` RENAME TO `parent`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
