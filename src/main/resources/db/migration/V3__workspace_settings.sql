-- Settings belong to a workspace too: each business publishes its own contact points.
alter table workspace add column reply_allowed_contacts text[] not null default '{}';
