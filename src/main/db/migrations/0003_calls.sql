CREATE TABLE `call_flows` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`questions` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `call_flows_key_unique` ON `call_flows` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `call_flows_category_unique` ON `call_flows` (`category`);--> statement-breakpoint
CREATE TABLE `call_solutions` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`notes` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `call_solutions_key_unique` ON `call_solutions` (`key`);--> statement-breakpoint
CREATE INDEX `call_solutions_category_idx` ON `call_solutions` (`category`,`position`);--> statement-breakpoint
ALTER TABLE `settings` ADD `priority_matrix` text;--> statement-breakpoint
ALTER TABLE `settings` ADD `cti_port` integer DEFAULT 7318 NOT NULL;--> statement-breakpoint
ALTER TABLE `calls` ADD `source` text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE `calls` ADD `phone_number` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `calls` ADD `cti_call_id` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `ended_at` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `held_at` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `draft` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `calls` ADD `answered` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `calls` ADD `identity_method` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `department_id` text REFERENCES departments(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `calls` ADD `category` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `priority` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `callback_at` text;--> statement-breakpoint
ALTER TABLE `calls` ADD `search_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `calls_status_started_idx` ON `calls` (`status`,`started_at`);--> statement-breakpoint
CREATE INDEX `calls_started_idx` ON `calls` (`started_at`);--> statement-breakpoint
CREATE INDEX `calls_cti_idx` ON `calls` (`cti_call_id`);--> statement-breakpoint
-- Calls from the first release kept a name and notes only: carry them into the draft, so they read the same.
UPDATE `calls` SET
	`draft` = json_object('caller', json_object('personId', `caller_person_id`, 'name', CASE WHEN `caller_person_id` IS NULL THEN `caller_name` ELSE '' END), 'intake', json_object('what', `notes`)),
	`ended_at` = `finished_at`,
	`search_text` = lower(`caller_name` || ' ' || `notes`)
WHERE `draft` = '{}';
