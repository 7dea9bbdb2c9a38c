CREATE TABLE `parent` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` text PRIMARY KEY NOT NULL,
	`parent_id` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
