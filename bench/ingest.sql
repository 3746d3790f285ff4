-- pgbench: the SQL that one POST /v1/complaints of a new post sends, statement for statement
-- (read off PostgreSQL's log_statement=all): the key lookup, then one transaction with the
-- advisory lock on the post, the lookup by source, the complaint, its timeline event (numbered
-- after the complaint's last) and the look for webhook subscriptions that want it.
-- Variables: :hash (the API key's SHA-256) and :ws (its workspace), given with -D.
\set n random(1, 2000000000)
\set m random(1, 2000000000)
select id, workspace_id, scopes from api_key where secret_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now());
BEGIN;
select pg_advisory_xact_lock(hashtextextended(:ws::text || '|GOOGLE|' || 'pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint, 0));
select id from complaint where workspace_id = :ws::text and channel = 'GOOGLE' and external_id = 'pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint;
insert into complaint (acknowledged_at,assignee,author,body,channel,customer_email,customer_name,customer_phone,customer_erased_at,external_id,language,location,moved_to_private_at,posted_at,priority,priority_explicit,private_channel,rating,received_at,resolution_outcome,resolution_summary,resolved_at,resolved_from,search_text,source_url,status,tags,title,version,workspace_id,id) values (null,null,'Guest ' || :n::bigint % 997,'The pizza arrived cold on Saturday night and the driver was rude. Order ' || :n::bigint || '.','GOOGLE',null,null,null,null,'pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint,'en','Center',null,null,'NORMAL',false,null,2,now(),null,null,null,null,'the pizza arrived cold on saturday night and the driver was rude. order ' || :n::bigint || '.',null,'NEW','{delivery,saturday}',null,0,:ws::text,md5('pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint)::uuid);
insert into timeline_event (workspace_id, complaint_id, type, occurred_at, actor, from_status, to_status, data, sequence) values (:ws::text, md5('pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint)::uuid, 'RECEIVED', now(), 'key:' || 'pgbench', null, 'NEW', cast('{"channel": "google"}' as jsonb), (select coalesce(max(sequence), 0) + 1 from timeline_event where complaint_id = md5('pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint)::uuid)) returning sequence;
select id, events from webhook_subscription where workspace_id = :ws::text and active;
COMMIT;
