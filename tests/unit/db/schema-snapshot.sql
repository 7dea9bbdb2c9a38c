CREATE UNIQUE INDEX `applications_name_unique` ON `applications` (`name`);

CREATE UNIQUE INDEX `article_applications_pair_unique` ON `article_applications` (`article_id`,`application_id`);

CREATE UNIQUE INDEX `article_departments_pair_unique` ON `article_departments` (`article_id`,`department_id`);

CREATE UNIQUE INDEX `call_flows_category_unique` ON `call_flows` (`category`);

CREATE UNIQUE INDEX `call_flows_key_unique` ON `call_flows` (`key`);

CREATE INDEX `call_solutions_category_idx` ON `call_solutions` (`category`,`position`);

CREATE UNIQUE INDEX `call_solutions_key_unique` ON `call_solutions` (`key`);

CREATE INDEX `calls_caller_idx` ON `calls` (`caller_person_id`);

CREATE INDEX `calls_cti_idx` ON `calls` (`cti_call_id`);

CREATE INDEX `calls_started_idx` ON `calls` (`started_at`);

CREATE INDEX `calls_status_started_idx` ON `calls` (`status`,`started_at`);

CREATE UNIQUE INDEX `department_applications_pair_unique` ON `department_applications` (`department_id`,`application_id`);

CREATE INDEX `department_terms_department_idx` ON `department_terms` (`department_id`);

CREATE UNIQUE INDEX `departments_name_unique` ON `departments` (`name`);

CREATE UNIQUE INDEX `export_targets_name_unique` ON `export_targets` (`name`);

CREATE UNIQUE INDEX `glossary_terms_term_unique` ON `glossary_terms` (`term`);

CREATE UNIQUE INDEX `holidays_date_unique` ON `holidays` (`date`);

CREATE UNIQUE INDEX `jargon_terms_term_unique` ON `jargon_terms` (`term`);

CREATE UNIQUE INDEX `learners_name_unique` ON `learners` (`name`);

CREATE INDEX `learning_items_position_idx` ON `learning_items` (`position`);

CREATE INDEX `learning_items_ref_idx` ON `learning_items` (`kind`,`ref_id`);

CREATE UNIQUE INDEX `outbox_call_target_unique` ON `outbox` (`call_id`,`target_id`);

CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);

CREATE INDEX `people_department_idx` ON `people` (`department_id`);

CREATE INDEX `person_phones_person_idx` ON `person_phones` (`person_id`);

CREATE INDEX `practice_runs_learner_idx` ON `practice_runs` (`learner_id`,`started_at`);

CREATE UNIQUE INDEX `practice_scenarios_key_unique` ON `practice_scenarios` (`key`);

CREATE UNIQUE INDEX `priority_targets_priority_unique` ON `priority_targets` (`priority`);

CREATE UNIQUE INDEX `private_notes_target_unique` ON `private_notes` (`target_type`,`target_id`);

CREATE INDEX `promises_call_idx` ON `promises` (`call_id`);

CREATE INDEX `promises_status_due_idx` ON `promises` (`status`,`due_at`);

CREATE INDEX `quiz_answers_learner_idx` ON `quiz_answers` (`learner_id`,`answered_at`);

CREATE INDEX `quiz_reviews_due_idx` ON `quiz_reviews` (`learner_id`,`due_at`);

CREATE INDEX `refusals_call_idx` ON `refusals` (`call_id`);

CREATE INDEX `refusals_rule_idx` ON `refusals` (`rule_id`,`updated_at`);

CREATE UNIQUE INDEX `search_keys_kind_ref_unique` ON `search_keys` (`kind`, `ref`);

CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric);

CREATE TABLE `agent_profile` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`resolver_group` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
, `resolver_contact` text DEFAULT '' NOT NULL, `support_hours` text DEFAULT '' NOT NULL, `known_issues` text DEFAULT '' NOT NULL);

CREATE TABLE `article_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`application_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `article_departments` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`department_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`audience` text DEFAULT 'agent' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE TABLE `call_flows` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`questions` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

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

CREATE TABLE `calls` (
	`id` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`caller_person_id` text,
	`caller_name` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL, `source` text DEFAULT 'manual' NOT NULL, `phone_number` text DEFAULT '' NOT NULL, `cti_call_id` text, `ended_at` text, `held_at` text, `draft` text DEFAULT '{}' NOT NULL, `answered` text DEFAULT '[]' NOT NULL, `identity_method` text, `department_id` text REFERENCES departments(id) ON DELETE set null, `category` text, `outcome` text, `priority` text, `callback_at` text, `search_text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`caller_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);

CREATE TABLE `department_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`department_id` text NOT NULL,
	`application_id` text NOT NULL,
	`criticality` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `department_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`department_id` text NOT NULL,
	`term` text NOT NULL,
	`meaning` text DEFAULT '' NOT NULL,
	`application_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL, `glossary_term_id` text REFERENCES glossary_terms(id) ON DELETE set null,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE set null
);

CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`mission` text DEFAULT '' NOT NULL,
	`what_matters` text DEFAULT '' NOT NULL,
	`busy_periods` text DEFAULT '[]' NOT NULL,
	`sensitivities` text DEFAULT '' NOT NULL,
	`preferred_contact` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
, `sensitivities_shareable` integer DEFAULT false NOT NULL);

CREATE TABLE `export_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`config` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE TABLE `glossary_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`term` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`meaning` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE TABLE `holidays` (
	`id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

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

CREATE TABLE `learners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

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

CREATE TABLE `learning_progress` (
	`learner_id` text NOT NULL,
	`item_id` text NOT NULL,
	`done_at` text NOT NULL,
	PRIMARY KEY(`learner_id`, `item_id`),
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `learning_items`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`call_id` text NOT NULL,
	`target_id` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`lease_owner` text,
	`lease_until` text,
	`last_error` text DEFAULT '' NOT NULL,
	`remote_id` text,
	`remote_url` text,
	`sent_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `export_targets`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`department_id` text,
	`role` text DEFAULT '' NOT NULL,
	`vip` integer DEFAULT false NOT NULL,
	`key_contact` integer DEFAULT false NOT NULL,
	`preferred_language` text DEFAULT 'nl' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL, `notes` text DEFAULT '' NOT NULL, `notes_shareable` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE set null
);

CREATE TABLE `person_phones` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`number` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);

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

CREATE TABLE `practice_scenarios` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`language` text NOT NULL,
	`data` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE TABLE `priority_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`priority` text NOT NULL,
	`response_minutes` integer NOT NULL,
	`resolution_minutes` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE TABLE `private_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

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

CREATE TABLE `quiz_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`learner_id` text NOT NULL,
	`question_id` text NOT NULL,
	`topic` text NOT NULL,
	`correct` integer NOT NULL,
	`answered_at` text NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE TABLE `quiz_reviews` (
	`learner_id` text NOT NULL,
	`question_id` text NOT NULL,
	`topic` text NOT NULL,
	`due_at` text NOT NULL,
	`state` text NOT NULL,
	PRIMARY KEY(`learner_id`, `question_id`),
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);

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

CREATE TABLE `rules` (
	`id` text PRIMARY KEY NOT NULL,
	`statement` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`owner_role` text DEFAULT '' NOT NULL,
	`exception_path` text DEFAULT '' NOT NULL,
	`alternatives` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1);

CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE `search_keys` (
	`rowid` integer PRIMARY KEY,
	`kind` text NOT NULL,
	`ref` text NOT NULL
);

CREATE TABLE `settings` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_name` text NOT NULL,
	`ui_language` text NOT NULL,
	`content_language` text NOT NULL,
	`form_of_address` text NOT NULL,
	`time_zone` text NOT NULL,
	`working_days` text NOT NULL,
	`work_start` text NOT NULL,
	`work_end` text NOT NULL,
	`pack_id` text,
	`pack_version` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
, `default_country` text DEFAULT 'NL' NOT NULL, `lookahead_working_days` integer DEFAULT 5 NOT NULL, `screen_sharing` integer DEFAULT false NOT NULL, `priority_matrix` text, `cti_port` integer DEFAULT 7318 NOT NULL, `promise_reminder_minutes` integer DEFAULT 30 NOT NULL);

CREATE TRIGGER `applications_search_delete` AFTER DELETE ON `applications` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'application' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'application' AND ref = OLD.id;
END;

CREATE TRIGGER `applications_search_insert` AFTER INSERT ON `applications` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('application', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.description || ' ' || NEW.owner || ' ' || NEW.resolver_group || ' ' || NEW.known_issues);
END;

CREATE TRIGGER `applications_search_update` AFTER UPDATE ON `applications` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'application' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'application' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('application', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.description || ' ' || NEW.owner || ' ' || NEW.resolver_group || ' ' || NEW.known_issues);
END;

CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'article' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'article' AND ref = OLD.id;
END;

CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('article', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.title, NEW.body || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), ''));
END;

CREATE TRIGGER `articles_search_update` AFTER UPDATE ON `articles` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'article' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'article' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('article', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.title, NEW.body || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), ''));
END;

CREATE TRIGGER `department_terms_search_delete` AFTER DELETE ON `department_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id;
END;

CREATE TRIGGER `department_terms_search_insert` AFTER INSERT ON `department_terms` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('own-word', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term, NEW.meaning);
END;

CREATE TRIGGER `department_terms_search_update` AFTER UPDATE ON `department_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('own-word', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term, NEW.meaning);
END;

CREATE TRIGGER `departments_search_delete` AFTER DELETE ON `departments` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'department' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'department' AND ref = OLD.id;
END;

CREATE TRIGGER `departments_search_insert` AFTER INSERT ON `departments` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('department', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.mission || ' ' || NEW.what_matters || ' ' || NEW.preferred_contact || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.label'), ' ') FROM json_each(NEW.busy_periods)), ''));
END;

CREATE TRIGGER `departments_search_update` AFTER UPDATE ON `departments` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'department' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'department' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('department', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.mission || ' ' || NEW.what_matters || ' ' || NEW.preferred_contact || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.label'), ' ') FROM json_each(NEW.busy_periods)), ''));
END;

CREATE TRIGGER `glossary_terms_search_delete` AFTER DELETE ON `glossary_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id;
END;

CREATE TRIGGER `glossary_terms_search_insert` AFTER INSERT ON `glossary_terms` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('glossary', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.aliases)), ''), NEW.meaning);
END;

CREATE TRIGGER `glossary_terms_search_update` AFTER UPDATE ON `glossary_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('glossary', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.aliases)), ''), NEW.meaning);
END;

CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'person' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'person' AND ref = OLD.id;
END;

CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('person', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.role || ' ' || NEW.email);
END;

CREATE TRIGGER `people_search_update` AFTER UPDATE ON `people` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'person' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'person' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('person', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.role || ' ' || NEW.email);
END;

CREATE TRIGGER `rules_search_delete` AFTER DELETE ON `rules` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'rule' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'rule' AND ref = OLD.id;
END;

CREATE TRIGGER `rules_search_insert` AFTER INSERT ON `rules` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('rule', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.statement, NEW.reason || ' ' || NEW.owner_role || ' ' || NEW.exception_path || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.alternatives)), ''));
END;

CREATE TRIGGER `rules_search_update` AFTER UPDATE ON `rules` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'rule' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'rule' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('rule', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.statement, NEW.reason || ' ' || NEW.owner_role || ' ' || NEW.exception_path || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.alternatives)), ''));
END;
