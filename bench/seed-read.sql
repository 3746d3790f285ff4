-- The complaints that the read benchmark reads, with the shape an ingest gives them.
insert into complaint (id, workspace_id, channel, external_id, author, body, search_text, language, location, rating,
                       priority, priority_explicit, status, tags, received_at, version)
select ('00000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, :'ws', 'GOOGLE', 'seed-' || k, 'Guest ' || k % 997,
       'The pizza arrived cold on Saturday night and the driver was rude. Order ' || k || '.',
       'the pizza arrived cold on saturday night and the driver was rude. order ' || k || '.',
       'en', 'Center', 2, 'NORMAL', false, 'NEW', '{delivery,saturday}', now() - k * interval '1 second', 0
from generate_series(1, :rows) as k;
