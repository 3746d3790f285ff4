-- pgbench: the SQL that one GET /v1/complaints/{id} sends (read off PostgreSQL's log): the key
-- lookup, then the complaint by id within the workspace (complaint/ComplaintReads). Variables:
-- :hash, :ws, and :rows, the number of seeded complaints, whose ids are
-- 00000000-0000-4000-8000-<k as 12 hex digits>.
\set k random(1, :rows)
select id, workspace_id, scopes from api_key where secret_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now());
select id, workspace_id, channel, external_id, source_url, author, customer_name, customer_email, customer_phone, rating, title, body, language, posted_at, tags, priority, priority_explicit, assignee, location, status, resolved_from, received_at, acknowledged_at, moved_to_private_at, private_channel, resolved_at, resolution_outcome, resolution_summary, rating_at_resolution, feedback_satisfaction, feedback_would_return, feedback_comment, feedback_answered_at, feedback_resolved_at, search_text, customer_erased_at, ticket_system, ticket_id, ticket_url, sla_policy_id, ack_due_at, ack_breach_recorded_at, private_contact_due_at, private_contact_breach_recorded_at, resolution_due_at, resolution_breach_recorded_at, sla_missed, version from complaint where id = ('00000000-0000-4000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid and workspace_id = :ws::text;
