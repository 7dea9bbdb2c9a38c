CREATE TABLE `learners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `learners_name_unique` ON `learners` (`name`);--> statement-breakpoint
CREATE TABLE `learning_items` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`ref_id` text,
	`title` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`required` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `learning_items_position_idx` ON `learning_items` (`position`);--> statement-breakpoint
CREATE INDEX `learning_items_ref_idx` ON `learning_items` (`kind`,`ref_id`);--> statement-breakpoint
CREATE TABLE `learning_progress` (
	`learner_id` text NOT NULL,
	`item_id` text NOT NULL,
	`done_at` text NOT NULL,
	PRIMARY KEY(`learner_id`, `item_id`),
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `learning_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `practice_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`learner_id` text NOT NULL,
	`scenario_key` text NOT NULL,
	`draft` text NOT NULL,
	`question_order` text DEFAULT '[]' NOT NULL,
	`refusal` text,
	`started_at` text NOT NULL,
	`finished_at` text,
	`score` integer,
	`result` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `practice_runs_learner_idx` ON `practice_runs` (`learner_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `practice_scenarios` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`language` text NOT NULL,
	`data` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practice_scenarios_key_unique` ON `practice_scenarios` (`key`);--> statement-breakpoint
CREATE TABLE `quiz_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`learner_id` text NOT NULL,
	`question_id` text NOT NULL,
	`topic` text NOT NULL,
	`correct` integer NOT NULL,
	`answered_at` text NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quiz_answers_learner_idx` ON `quiz_answers` (`learner_id`,`answered_at`);--> statement-breakpoint
CREATE TABLE `quiz_reviews` (
	`learner_id` text NOT NULL,
	`question_id` text NOT NULL,
	`topic` text NOT NULL,
	`due_at` text NOT NULL,
	`state` text NOT NULL,
	PRIMARY KEY(`learner_id`, `question_id`),
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quiz_reviews_due_idx` ON `quiz_reviews` (`learner_id`,`due_at`);