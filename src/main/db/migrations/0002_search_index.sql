-- Full-text search over the knowledge base (SQLite FTS5). Titles and bodies are separate columns so
-- bm25 can weigh titles higher; unicode61 with remove_diacritics 2 folds "café" and "cafe" together;
-- prefix indexes make type-ahead fast. search_keys maps (kind, ref) to the FTS rowid, so a trigger
-- finds its row by index instead of scanning. Triggers keep the index in the writer's transaction.
-- Internal fields (department sensitivities, person notes) are deliberately not indexed.
CREATE TABLE `search_keys` (
	`rowid` integer PRIMARY KEY,
	`kind` text NOT NULL,
	`ref` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_keys_kind_ref_unique` ON `search_keys` (`kind`, `ref`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
--> statement-breakpoint
CREATE TRIGGER `departments_search_insert` AFTER INSERT ON `departments` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('department', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.mission || ' ' || NEW.what_matters || ' ' || NEW.preferred_contact || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.label'), ' ') FROM json_each(NEW.busy_periods)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `departments_search_update` AFTER UPDATE ON `departments` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'department' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'department' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('department', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.mission || ' ' || NEW.what_matters || ' ' || NEW.preferred_contact || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.label'), ' ') FROM json_each(NEW.busy_periods)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `departments_search_delete` AFTER DELETE ON `departments` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'department' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'department' AND ref = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('person', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.role || ' ' || NEW.email);
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE ON `people` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'person' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'person' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('person', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.role || ' ' || NEW.email);
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'person' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'person' AND ref = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_search_insert` AFTER INSERT ON `applications` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('application', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.description || ' ' || NEW.owner || ' ' || NEW.resolver_group || ' ' || NEW.known_issues);
END;
--> statement-breakpoint
CREATE TRIGGER `applications_search_update` AFTER UPDATE ON `applications` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'application' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'application' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('application', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.name, NEW.description || ' ' || NEW.owner || ' ' || NEW.resolver_group || ' ' || NEW.known_issues);
END;
--> statement-breakpoint
CREATE TRIGGER `applications_search_delete` AFTER DELETE ON `applications` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'application' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'application' AND ref = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `rules_search_insert` AFTER INSERT ON `rules` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('rule', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.statement, NEW.reason || ' ' || NEW.owner_role || ' ' || NEW.exception_path || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.alternatives)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `rules_search_update` AFTER UPDATE ON `rules` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'rule' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'rule' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('rule', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.statement, NEW.reason || ' ' || NEW.owner_role || ' ' || NEW.exception_path || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.alternatives)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `rules_search_delete` AFTER DELETE ON `rules` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'rule' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'rule' AND ref = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('article', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.title, NEW.body || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_update` AFTER UPDATE ON `articles` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'article' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'article' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('article', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.title, NEW.body || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'article' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'article' AND ref = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `glossary_terms_search_insert` AFTER INSERT ON `glossary_terms` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('glossary', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.aliases)), ''), NEW.meaning);
END;
--> statement-breakpoint
CREATE TRIGGER `glossary_terms_search_update` AFTER UPDATE ON `glossary_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('glossary', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.aliases)), ''), NEW.meaning);
END;
--> statement-breakpoint
CREATE TRIGGER `glossary_terms_search_delete` AFTER DELETE ON `glossary_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'glossary' AND ref = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `department_terms_search_insert` AFTER INSERT ON `department_terms` BEGIN
	INSERT INTO search_keys (kind, ref) VALUES ('own-word', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term, NEW.meaning);
END;
--> statement-breakpoint
CREATE TRIGGER `department_terms_search_update` AFTER UPDATE ON `department_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id;
	INSERT INTO search_keys (kind, ref) VALUES ('own-word', NEW.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), NEW.term, NEW.meaning);
END;
--> statement-breakpoint
CREATE TRIGGER `department_terms_search_delete` AFTER DELETE ON `department_terms` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id);
	DELETE FROM search_keys WHERE kind = 'own-word' AND ref = OLD.id;
END;
--> statement-breakpoint
INSERT INTO search_keys (kind, ref) SELECT 'department', id FROM `departments`;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT k.rowid, src.name, src.mission || ' ' || src.what_matters || ' ' || src.preferred_contact || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.label'), ' ') FROM json_each(src.busy_periods)), '') FROM `departments` src JOIN search_keys k ON k.kind = 'department' AND k.ref = src.id;
--> statement-breakpoint
INSERT INTO search_keys (kind, ref) SELECT 'person', id FROM `people`;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT k.rowid, src.name, src.role || ' ' || src.email FROM `people` src JOIN search_keys k ON k.kind = 'person' AND k.ref = src.id;
--> statement-breakpoint
INSERT INTO search_keys (kind, ref) SELECT 'application', id FROM `applications`;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT k.rowid, src.name, src.description || ' ' || src.owner || ' ' || src.resolver_group || ' ' || src.known_issues FROM `applications` src JOIN search_keys k ON k.kind = 'application' AND k.ref = src.id;
--> statement-breakpoint
INSERT INTO search_keys (kind, ref) SELECT 'rule', id FROM `rules`;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT k.rowid, src.statement, src.reason || ' ' || src.owner_role || ' ' || src.exception_path || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(src.alternatives)), '') FROM `rules` src JOIN search_keys k ON k.kind = 'rule' AND k.ref = src.id;
--> statement-breakpoint
INSERT INTO search_keys (kind, ref) SELECT 'article', id FROM `articles`;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT k.rowid, src.title, src.body || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(src.tags)), '') FROM `articles` src JOIN search_keys k ON k.kind = 'article' AND k.ref = src.id;
--> statement-breakpoint
INSERT INTO search_keys (kind, ref) SELECT 'glossary', id FROM `glossary_terms`;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT k.rowid, src.term || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(src.aliases)), ''), src.meaning FROM `glossary_terms` src JOIN search_keys k ON k.kind = 'glossary' AND k.ref = src.id;
--> statement-breakpoint
INSERT INTO search_keys (kind, ref) SELECT 'own-word', id FROM `department_terms`;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT k.rowid, src.term, src.meaning FROM `department_terms` src JOIN search_keys k ON k.kind = 'own-word' AND k.ref = src.id;
