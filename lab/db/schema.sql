-- The lab's database, created fresh by the harness before every run (TechEmpower's World and
-- Fortune tables in shape; the fortune texts are the lab's own).
DROP TABLE IF EXISTS world;
DROP TABLE IF EXISTS fortune;

CREATE TABLE world (
  id integer PRIMARY KEY,
  randomnumber integer NOT NULL DEFAULT 0
);
INSERT INTO world (id, randomnumber)
SELECT n, 1 + floor(random() * 10000)::integer FROM generate_series(1, 10000) AS n;

CREATE TABLE fortune (
  id integer PRIMARY KEY,
  message varchar(2048) NOT NULL
);
-- Twelve rows that exercise escaping (<, >, &, both quotes), sorting and non-ASCII text.
INSERT INTO fortune (id, message) VALUES
  (1, 'A benchmark measures the benchmark; your application measures itself.'),
  (2, 'Premature optimisation is the root of many late nights.'),
  (3, '<script>alert("escaping matters")</script>'),
  (4, 'Caches & queues: two hard problems, & an off-by-one.'),
  (5, 'The event loop waits for no one.'),
  (6, 'フレームワークのベンチマーク'),
  (7, 'Measure twice, deploy once.'),
  (8, 'Tail latency is where users live.'),
  (9, 'A "fast" framework still waits for the database.'),
  (10, 'It''s never the language until it is.'),
  (11, 'Données publiées avec leur écart.'),
  (12, 'Throughput without correctness is just noise.');

ANALYZE world;
ANALYZE fortune;
