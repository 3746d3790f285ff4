-- Help-desk integration: a complaint's link to a help-desk ticket, each workspace's settings per
-- help-desk for inbound events, and the inbound events already handled (replays change nothing).

alter table complaint add column ticket_system varchar(16)
    check (ticket_system in ('ZAMMAD', 'CHATWOOT', 'ZENDESK', 'FRESHDESK', 'OTHER'));
alter table complaint add column ticket_id varchar(200);
alter table complaint add column ticket_url varchar(2000);
alter table complaint add constraint ck_complaint_ticket
    check ((ticket_system is null) = (ticket_id is null) and (ticket_url is null or ticket_id is not null));

-- A ticket belongs to at most one complaint per workspace and help-desk. Ticket id first, so the
-- same index serves the lookup by ticket id alone (GET /v1/complaints?ticket=).
create unique index uq_complaint_ticket on complaint (workspace_id, ticket_id, ticket_system)
    where ticket_id is not null;
