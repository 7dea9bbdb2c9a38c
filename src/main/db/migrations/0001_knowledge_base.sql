CREATE TABLE `article_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`application_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_applications_pair_unique` ON `article_applications` (`article_id`,`application_id`);--> statement-breakpoint
CREATE TABLE `article_departments` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`department_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_departments_pair_unique` ON `article_departments` (`article_id`,`department_id`);--> statement-breakpoint
CREATE TABLE `glossary_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`term` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`meaning` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `glossary_terms_term_unique` ON `glossary_terms` (`term`);--> statement-breakpoint
CREATE TABLE `private_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `private_notes_target_unique` ON `private_notes` (`target_type`,`target_id`);--> statement-breakpoint
ALTER TABLE `settings` ADD `default_country` text DEFAULT 'NL' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `lookahead_working_days` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `screen_sharing` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `resolver_contact` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `support_hours` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `known_issues` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `department_terms` ADD `glossary_term_id` text REFERENCES glossary_terms(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `departments` ADD `sensitivities_shareable` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `notes_shareable` integer DEFAULT false NOT NULL;