-- pgbench: the SQL that one GET /v1/complaints/{id} sends (read off PostgreSQL's log): the key
-- lookup, then the complaint by id within the workspace. Variables: :hash, :ws, and :rows, the
-- number of seeded complaints, whose ids are 00000000-0000-4000-8000-<k as 12 hex digits>.
\set k random(1, :rows)
select id, workspace_id, scopes from api_key where secret_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now());
select c1_0.id,c1_0.acknowledged_at,c1_0.assignee,c1_0.author,c1_0.body,c1_0.channel,c1_0.customer_email,c1_0.customer_name,c1_0.customer_phone,c1_0.customer_erased_at,c1_0.external_id,c1_0.language,c1_0.location,c1_0.moved_to_private_at,c1_0.posted_at,c1_0.priority,c1_0.priority_explicit,c1_0.private_channel,c1_0.rating,c1_0.received_at,c1_0.resolution_outcome,c1_0.resolution_summary,c1_0.resolved_at,c1_0.resolved_from,c1_0.search_text,c1_0.source_url,c1_0.status,c1_0.tags,c1_0.title,c1_0.version,c1_0.workspace_id from complaint c1_0 where c1_0.id = ('00000000-0000-4000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid and c1_0.workspace_id = :ws::text;
