-- pgbench: the SQL that one POST /v1/complaints of a new post sends, statement for statement
-- (read off PostgreSQL's log_statement=all): the key lookup, then one transaction with the
-- advisory lock on the post, the lookup by source, the workspace's SLA policy, the complaint (its
-- acknowledgement due in an hour), its timeline event (numbered after the complaint's last), its
-- terms for the patterns, and the look for webhook subscriptions that want it.
-- Variables: :hash (the API key's SHA-256) and :ws (its workspace), given with -D.
\set n random(1, 2000000000)
\set m random(1, 2000000000)
select id, workspace_id, scopes from api_key where secret_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now());
BEGIN;
select pg_advisory_xact_lock(hashtextextended(:ws::text || '|GOOGLE|' || 'pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint, 0));
select id from complaint where workspace_id = :ws::text and channel = 'GOOGLE' and external_id = 'pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint;
select id, effective_from, definition::text from sla_policy where workspace_id = :ws::text order by effective_from desc, id desc limit 1;
insert into complaint (ack_breach_recorded_at,ack_due_at,acknowledged_at,assignee,author,body,channel,customer_email,customer_name,customer_phone,customer_erased_at,external_id,feedback_answered_at,feedback_comment,feedback_resolved_at,feedback_satisfaction,feedback_would_return,language,location,moved_to_private_at,posted_at,priority,priority_explicit,private_channel,private_contact_breach_recorded_at,private_contact_due_at,rating,rating_at_resolution,received_at,resolution_breach_recorded_at,resolution_due_at,resolution_outcome,resolution_summary,resolved_at,resolved_from,search_text,sla_missed,sla_policy_id,source_url,status,tags,ticket_id,ticket_system,ticket_url,title,version,workspace_id,id) values (null,now() + interval '1 hour',null,null,'Guest ' || :n::bigint % 997,'The pizza arrived cold on Saturday night and the driver was rude. Order ' || :n::bigint || '.','GOOGLE',null,null,null,null,'pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint,null,null,null,null,null,'en','Center',null,null,'NORMAL',false,null,null,null,2,null,now(),null,null,null,null,null,null,lower('The pizza arrived cold on Saturday night and the driver was rude. Order ' || :n::bigint || '.'),false,null,null,'NEW','{delivery,saturday}',null,null,null,null,0,:ws::text,md5('pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint)::uuid);
insert into timeline_event (workspace_id, complaint_id, type, occurred_at, actor, from_status, to_status, data, sequence) values (:ws::text, md5('pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint)::uuid, 'RECEIVED', now(), 'key:' || 'pgbench', null, 'NEW', cast('{"channel": "google"}' as jsonb), (select coalesce(max(sequence), 0) + 1 from timeline_event where complaint_id = md5('pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint)::uuid)) returning sequence;
insert into complaint_term (complaint_id, workspace_id, term, received_at, channel, location) select md5('pgbench-' || :client_id::bigint || '-' || :n::bigint || '-' || :m::bigint)::uuid, :ws::text, term, now(), 'GOOGLE', 'Center' from unnest('{pizza,arriv,cold,saturdai,night,driver,rude,order,#delivery,#saturday}'::text[]) as term;
select id, events from webhook_subscription where workspace_id = :ws::text and active;
COMMIT;
