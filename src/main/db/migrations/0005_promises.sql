CREATE TABLE `promises` (
	`id` text PRIMARY KEY NOT NULL,
	`call_id` text NOT NULL,
	`caller_person_id` text,
	`caller_name` text DEFAULT '' NOT NULL,
	`caller_phone` text DEFAULT '' NOT NULL,
	`next_step` text NOT NULL,
	`due_at` text NOT NULL,
	`text` text NOT NULL,
	`language` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolution` text DEFAULT '' NOT NULL,
	`resolved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`caller_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `promises_status_due_idx` ON `promises` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `promises_call_idx` ON `promises` (`call_id`);--> statement-breakpoint
ALTER TABLE `settings` ADD `promise_reminder_minutes` integer DEFAULT 30 NOT NULL;