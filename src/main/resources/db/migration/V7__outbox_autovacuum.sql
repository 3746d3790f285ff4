-- The webhook outbox is a queue: rows are inserted, updated a few times and deleted by retention.
-- Analyse and vacuum it after a small share of changes rather than the default 10 % and 20 %,
-- so that its statistics follow a backlog that grows within seconds and dead row versions from
-- the dispatchers' updates do not pile up.
alter table webhook_delivery set (
    autovacuum_analyze_scale_factor = 0.02,
    autovacuum_analyze_threshold = 200,
    autovacuum_vacuum_scale_factor = 0.05,
    autovacuum_vacuum_threshold = 200
);
alter table webhook_event set (
    autovacuum_analyze_scale_factor = 0.02,
    autovacuum_analyze_threshold = 200
);
