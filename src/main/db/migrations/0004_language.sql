CREATE TABLE `jargon_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`term` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`plain_nl` text DEFAULT '' NOT NULL,
	`plain_en` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jargon_terms_term_unique` ON `jargon_terms` (`term`);--> statement-breakpoint
CREATE TABLE `refusals` (
	`id` text PRIMARY KEY NOT NULL,
	`call_id` text,
	`rule_id` text,
	`rule_text` text DEFAULT '' NOT NULL,
	`language` text NOT NULL,
	`form_of_address` text NOT NULL,
	`decision` text NOT NULL,
	`parts` text NOT NULL,
	`spoken` text NOT NULL,
	`written` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`rule_id`) REFERENCES `rules`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `refusals_rule_idx` ON `refusals` (`rule_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `refusals_call_idx` ON `refusals` (`call_id`);