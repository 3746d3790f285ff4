-- Generates :rows complaints in workspace :ws (made when missing), with the spread a busy
-- restaurant chain gets over a year. One insert ... select from generate_series; 1M rows take
-- one to two minutes. Deterministic for a given :seed (default 0.42): the same rows every run.
--
--   psql -v ws=bench -v rows=1000000 -f bench/generate-complaints.sql
--   psql -v ws=bench -v rows=1000000 -v tz=Asia/Jakarta -v seed=0.7 -f bench/generate-complaints.sql
--
-- :tz (default Europe/Bucharest) is the workspace's time zone the planted pattern lives in. Rows
-- are written the way the service stores them (search_text folded like TextFolding: lower case,
-- no diacritics), with a state and the timestamps that go with it, so every list filter and the
-- insights summary find realistic data. The patterns it plants, for GET /v1/insights/patterns:
--
-- * "cold" on Saturday nights: 8 % of the complaints are received on a Saturday between 18:00
--   and 22:00 in :tz and complain that the food (pizza, soup, fries...) came cold, in the
--   complaint's language (English cold, Indonesian dingin, Romanian rece, Estonian külm,
--   Armenian սառը), tagged cold-food; half of them at location Center. Outside that window cold
--   food is only one topic in twelve (about 7 % of the other complaints), spread over the week.
-- * Every other complaint is one of twelve topics (slow delivery, rude staff, wrong order, billing,
--   long wait, dirty table, noise, missing item, burnt food, booking lost, parking, cold food),
--   uniform over the last 365 days and the hours 10-23, with its topic's tags.
-- * Languages: English 40 %, Indonesian 20 %, Romanian 15 %, Armenian 15 %, Estonian 10 %;
--   each topic has one sentence per language, with a dish and an order number around it.
-- * "slow delivery" grows: its share in the last 90 days is twice that before (a rising topic).
-- * Channels Google 35 %, Facebook 20 %, TripAdvisor 12 %, Yelp 10 %, Instagram 8 %, email 8 %,
--   web form 7 %; twelve locations, Center the busiest; twenty assignees on 75 % of complaints.
-- * Ratings 1-5 (1 and 2 most often, 10 % without a rating); states by age: most of the
--   older complaints are resolved, new ones mostly new or acknowledged. Acknowledgement after
--   minutes to two days (the default one-hour SLA clock is missed for about half), private
--   contact for 40 % of the handled ones, a feedback answer for 35 % of the resolved ones, and
--   for a tenth of those a rating changed after the resolution.
--
-- Every breach of the acknowledgement clock is marked as already recorded, so that the breach
-- job of a service started on this data has nothing to catch up on.

\if :{?tz}
\else
\set tz Europe/Bucharest
\endif
\if :{?seed}
\else
\set seed 0.42
\endif

insert into workspace (id, name, created_at)
values (:'ws', 'Generated ' || :'ws', now())
on conflict (id) do nothing;

begin;

-- One sentence per topic and language; {dish} is filled from the language's dishes.
create temporary table generated_sentence (topic int, language text, sentence text, tags text[]) on commit drop;
insert into generated_sentence values
  (0, 'en', 'The delivery took almost two hours and the {dish} arrived late.', '{delivery,late}'),
  (0, 'id', 'Pengantaran hampir dua jam, {dish} datang terlambat.', '{delivery,late}'),
  (0, 'ro', 'Livrarea a durat aproape două ore și {dish} a ajuns târziu.', '{delivery,late}'),
  (0, 'et', 'Kohaletoimetamine võttis peaaegu kaks tundi, {dish} jõudis hilja.', '{delivery,late}'),
  (0, 'hy', 'առաքումը տևեց գրեթե երկու ժամ, {dish} ուշ հասավ։', '{delivery,late}'),
  (1, 'en', 'The waiter was rude and ignored us when we asked about the {dish}.', '{staff,rude}'),
  (1, 'id', 'Pelayannya kasar dan mengabaikan kami saat bertanya soal {dish}.', '{staff,rude}'),
  (1, 'ro', 'Ospătarul a fost nepoliticos și ne-a ignorat când am întrebat de {dish}.', '{staff,rude}'),
  (1, 'et', 'Ettekandja oli ebaviisakas ja ignoreeris meid, kui küsisime {dish} kohta.', '{staff,rude}'),
  (1, 'hy', 'մատուցողը կոպիտ էր և անտեսեց մեզ, երբ հարցրինք {dish} մասին։', '{staff,rude}'),
  (2, 'en', 'We ordered {dish} but received something else entirely.', '{order,wrong-order}'),
  (2, 'id', 'Kami memesan {dish} tapi yang datang pesanan lain.', '{order,wrong-order}'),
  (2, 'ro', 'Am comandat {dish} dar am primit cu totul altceva.', '{order,wrong-order}'),
  (2, 'et', 'Tellisime {dish}, aga saime hoopis midagi muud.', '{order,wrong-order}'),
  (2, 'hy', 'պատվիրեցինք {dish}, բայց ստացանք բոլորովին այլ բան։', '{order,wrong-order}'),
  (3, 'en', 'We were charged twice for the {dish} and nobody fixed the bill.', '{billing}'),
  (3, 'id', 'Kami ditagih dua kali untuk {dish} dan tagihannya tidak diperbaiki.', '{billing}'),
  (3, 'ro', 'Ni s-a taxat de două ori {dish} și nimeni nu a corectat nota.', '{billing}'),
  (3, 'et', 'Meilt võeti {dish} eest kaks korda raha ja arvet ei parandatud.', '{billing}'),
  (3, 'hy', '{dish} համար երկու անգամ գանձեցին, և հաշիվը ոչ ոք չուղղեց։', '{billing}'),
  (4, 'en', 'We waited fifty minutes for a table and then for the {dish}.', '{wait}'),
  (4, 'id', 'Kami menunggu lima puluh menit untuk meja lalu untuk {dish}.', '{wait}'),
  (4, 'ro', 'Am așteptat cincizeci de minute pentru o masă și apoi pentru {dish}.', '{wait}'),
  (4, 'et', 'Ootasime viiskümmend minutit lauda ja siis {dish}.', '{wait}'),
  (4, 'hy', 'հիսուն րոպե սպասեցինք սեղանի, հետո {dish}։', '{wait}'),
  (5, 'en', 'The table was dirty and the glasses were not clean.', '{hygiene}'),
  (5, 'id', 'Mejanya kotor dan gelasnya tidak bersih.', '{hygiene}'),
  (5, 'ro', 'Masa era murdară și paharele nu erau curate.', '{hygiene}'),
  (5, 'et', 'Laud oli must ja klaasid ei olnud puhtad.', '{hygiene}'),
  (5, 'hy', 'սեղանը կեղտոտ էր, և բաժակները մաքուր չէին։', '{hygiene}'),
  (6, 'en', 'The music was so loud we could not talk over dinner.', '{noise}'),
  (6, 'id', 'Musiknya terlalu keras sampai kami tidak bisa mengobrol.', '{noise}'),
  (6, 'ro', 'Muzica era atât de tare încât nu ne puteam auzi.', '{noise}'),
  (6, 'et', 'Muusika oli nii vali, et me ei saanud rääkida.', '{noise}'),
  (6, 'hy', 'երաժշտությունը այնքան բարձր էր, որ չէինք կարողանում խոսել։', '{noise}'),
  (7, 'en', 'The {dish} was missing from our delivery bag.', '{delivery,missing-item}'),
  (7, 'id', '{dish} tidak ada di dalam kantong pesanan kami.', '{delivery,missing-item}'),
  (7, 'ro', '{dish} lipsea din punga cu comanda.', '{delivery,missing-item}'),
  (7, 'et', '{dish} puudus meie tellimuse kotist.', '{delivery,missing-item}'),
  (7, 'hy', '{dish} բացակայում էր մեր պատվերի տոպրակից։', '{delivery,missing-item}'),
  (8, 'en', 'The {dish} was burnt and tasted bitter.', '{food,burnt}'),
  (8, 'id', '{dish} gosong dan rasanya pahit.', '{food,burnt}'),
  (8, 'ro', '{dish} era arsă și avea gust amar.', '{food,burnt}'),
  (8, 'et', '{dish} oli kõrbenud ja maitses kibedalt.', '{food,burnt}'),
  (8, 'hy', '{dish} այրված էր և դառը համ ուներ։', '{food,burnt}'),
  (9, 'en', 'Our booking was lost and we had to leave.', '{booking}'),
  (9, 'id', 'Reservasi kami hilang dan kami harus pergi.', '{booking}'),
  (9, 'ro', 'Rezervarea noastră s-a pierdut și a trebuit să plecăm.', '{booking}'),
  (9, 'et', 'Meie broneering oli kadunud ja pidime lahkuma.', '{booking}'),
  (9, 'hy', 'մեր ամրագրումը կորել էր, և ստիպված էինք հեռանալ։', '{booking}'),
  (10, 'en', 'There was no parking and the staff would not help.', '{parking}'),
  (10, 'id', 'Tidak ada tempat parkir dan staf tidak mau membantu.', '{parking}'),
  (10, 'ro', 'Nu era loc de parcare și personalul nu a ajutat.', '{parking}'),
  (10, 'et', 'Parkimiskohta polnud ja töötajad ei aidanud.', '{parking}'),
  (10, 'hy', 'կայանատեղի չկար, և աշխատակիցները չօգնեցին։', '{parking}'),
  (11, 'en', 'The {dish} was cold when it reached our table.', '{food,cold-food}'),
  (11, 'id', '{dish} sudah dingin waktu sampai di meja kami.', '{food,cold-food}'),
  (11, 'ro', '{dish} era rece când a ajuns la masă.', '{food,cold-food}'),
  (11, 'et', '{dish} oli külm, kui see lauale jõudis.', '{food,cold-food}'),
  (11, 'hy', '{dish} սառը էր, երբ հասավ մեր սեղանին։', '{food,cold-food}');

-- Dishes and closing remarks, five and three per language.
create temporary table generated_word (language text, dishes text[], closings text[]) on commit drop;
insert into generated_word values
  ('en', '{pizza,soup,fries,burger,pasta}', '{"Very disappointed.","Not coming back.","Please do better."}'),
  ('id', '{pizza,sup,"kentang goreng",burger,pasta}', '{"Sangat kecewa.","Tidak akan kembali.","Tolong diperbaiki."}'),
  ('ro', '{pizza,ciorba,"cartofii prăjiți",burgerul,pastele}',
         '{"Foarte dezamăgit.","Nu mai revin.","Vă rog să vă îmbunătățiți."}'),
  ('et', '{pitsa,supp,friikartulid,burger,pasta}', '{"Väga pettunud.","Ei tule tagasi.","Palun tehke paremini."}'),
  ('hy', '{պիցցան,ապուրը,կարտոֆիլը,բուրգերը,մակարոնը}',
         '{"շատ հիասթափված եմ։","այլևս չենք գա։","խնդրում եմ, ավելի լավ արեք։"}');

select setseed(:seed);

insert into complaint (id, workspace_id, channel, external_id, author, rating, title, body, search_text, language,
                       tags, priority, priority_explicit, assignee, location, status, resolved_from, received_at,
                       acknowledged_at, moved_to_private_at, private_channel, resolved_at, resolution_outcome, resolution_summary,
                       rating_at_resolution, feedback_satisfaction, feedback_would_return, feedback_answered_at,
                       feedback_resolved_at, ack_due_at, ack_breach_recorded_at, sla_missed, version)
with draw as materialized (
    -- Every random choice of a row, drawn once.
    select k, random() as u_window, random() as u_day, random() as u_hour, random() as u_lang, random() as u_topic,
           random() as u_rising, random() as u_dish, random() as u_closing, random() as u_channel,
           random() as u_location, random() as u_assignee, random() as u_rating, random() as u_state,
           random() as u_ack, random() as u_private, random() as u_private_after, random() as u_resolve,
           random() as u_outcome, random() as u_feedback, random() as u_satisfaction, random() as u_rating_change
    from generate_series(1, :rows) as k
), timed as (
    select d.*, d.u_window < 0.08 as saturday_night,
           (now() at time zone :'tz')::date as today
    from draw d
), received as (
    select t.*,
           case
               -- A Saturday 18:00-22:00 local, one of the last 51 weeks.
               when saturday_night then
                   ((today - (extract(isodow from today)::int + 1) % 7 - 7 * (1 + floor(u_day * 51)::int))
                        + time '18:00' + u_hour * interval '4 hours') at time zone :'tz'
               -- Any day of the last 364, 10:00-23:00 local.
               else ((today - (1 + floor(u_day * 364)::int)) + time '10:00' + u_hour * interval '13 hours')
                        at time zone :'tz'
           end as received_at,
           case
               when u_lang < 0.40 then 'en' when u_lang < 0.60 then 'id' when u_lang < 0.75 then 'ro'
               when u_lang < 0.90 then 'hy' else 'et'
           end as language
    from timed t
), topical as (
    select r.*,
           case
               when saturday_night then 11
               -- Slow delivery doubles its share in the last 90 days.
               when received_at > now() - interval '90 days' and u_rising < 1.0 / 11 then 0
               else floor(u_topic * 12)::int
           end as topic,
           case
               when u_rating < 0.10 then null when u_rating < 0.42 then 1 when u_rating < 0.70 then 2
               when u_rating < 0.85 then 3 when u_rating < 0.95 then 4 else 5
           end as rating,
           extract(epoch from now() - received_at) / 86400 as age_days
    from received r
), stated as (
    select t.*,
           case
               when age_days < 2 then
                   case when u_state < 0.50 then 'NEW' when u_state < 0.85 then 'ACKNOWLEDGED' else 'MOVED_TO_PRIVATE' end
               else
                   case when u_state < 0.03 then 'NEW' when u_state < 0.10 then 'ACKNOWLEDGED'
                        when u_state < 0.15 then 'MOVED_TO_PRIVATE' else 'RESOLVED' end
           end as status,
           -- One minute to two days, log-uniform: the median is just under the hour.
           received_at + 60 * exp(u_ack * ln(2880)) * interval '1 second' as ack_time
    from topical t
), handled as (
    select s.*,
           case when status <> 'NEW' then least(ack_time, now()) end as acknowledged_at,
           case
               when status = 'MOVED_TO_PRIVATE' or (status = 'RESOLVED' and u_private < 0.4)
                   then least(ack_time + 1800 * exp(u_private_after * ln(48)) * interval '1 second', now())
           end as moved_to_private_at
    from stated s
), resolved as (
    select h.*,
           case
               when status = 'RESOLVED' then least(coalesce(moved_to_private_at, acknowledged_at)
                   + 3600 * exp(u_resolve * ln(120)) * interval '1 second', now())
           end as resolved_at,
           status = 'RESOLVED' and u_feedback < 0.35 as answered
    from handled h
), satisfied as (
    select r.*,
           case
               when answered then
                   case when u_satisfaction < 0.15 then 1 when u_satisfaction < 0.25 then 2
                        when u_satisfaction < 0.45 then 3 when u_satisfaction < 0.70 then 4 else 5 end
           end as satisfaction
    from resolved r
)
select md5(:'ws' || '-' || k)::uuid,
       :'ws',
       case
           when u_channel < 0.35 then 'GOOGLE' when u_channel < 0.55 then 'FACEBOOK'
           when u_channel < 0.67 then 'TRIPADVISOR' when u_channel < 0.77 then 'YELP'
           when u_channel < 0.85 then 'INSTAGRAM' when u_channel < 0.93 then 'EMAIL' else 'WEB_FORM'
       end,
       :'ws' || '-' || k,
       'Guest ' || k % 7919,
       -- A tenth of the answered ones changed their rating after the resolution.
       case when answered and u_rating_change < 0.1 then least(5, coalesce(rating, 1) + 2) else rating end,
       null,
       text.body,
       lower(translate(text.body, 'ĂÂÎȘŞȚŢăâîșşțţÄÖÜÕŠŽäöüõšž', 'AAISSTTaaisstt' || 'AOUOSZaouosz')),
       satisfied.language,
       sentence.tags,
       case when rating = 1 then 'HIGH' when rating >= 4 then 'LOW' else 'NORMAL' end,
       false,
       case
           when status <> 'NEW' and u_assignee < 0.75 then
               (array['maria', 'andi', 'ioana', 'kertu', 'anna', 'budi', 'elena', 'mart', 'aram', 'siti', 'mihai',
                      'liis', 'narek', 'dewi', 'andrei', 'kadri', 'ani', 'rizky', 'cristina', 'tiit'])
                   [1 + floor(u_assignee / 0.75 * 20)::int]
       end,
       case
           when u_location < case when saturday_night then 0.50 else 0.25 end then 'Center'
           else (array['Airport', 'Mall', 'Harbour', 'Old Town', 'University', 'Station', 'Riverside', 'Park',
                       'Stadium', 'Market', 'North'])[1 + floor(u_location * 1000)::int % 11]
       end,
       status,
       case when status = 'RESOLVED' then case when moved_to_private_at is null then 'ACKNOWLEDGED' else 'MOVED_TO_PRIVATE' end end,
       received_at,
       acknowledged_at,
       moved_to_private_at,
       case when moved_to_private_at is not null then (array['DIRECT_MESSAGE', 'EMAIL', 'PHONE'])[1 + k % 3] end,
       resolved_at,
       case when status = 'RESOLVED' then (array['RESOLVED_SATISFIED', 'COMPENSATED', 'EXPLAINED',
                                                 'NO_RESPONSE_FROM_CUSTOMER', 'NOT_ACTIONABLE'])[1 + floor(u_outcome * 5)::int] end,
       case when status = 'RESOLVED' then (array['Apologised and fixed it.', 'Refunded the order.', 'Explained what happened.',
                                                 'No answer from the customer.', 'Nothing we could act on.'])[1 + floor(u_outcome * 5)::int] end,
       case when status = 'RESOLVED' then rating end,
       satisfaction,
       case when answered then satisfaction >= 4 or (satisfaction = 3 and u_satisfaction < 0.35) end,
       case when answered then least(resolved_at + interval '7 days', now()) end,
       case when answered then resolved_at end,
       received_at + interval '1 hour',
       -- The breach of an open clock counts as recorded already (see the top).
       case when acknowledged_at is null and received_at + interval '1 hour' < now() then received_at + interval '1 hour' end,
       coalesce(acknowledged_at, now()) > received_at + interval '1 hour',
       0
from satisfied
join generated_word word using (language)
join generated_sentence sentence on sentence.topic = satisfied.topic and sentence.language = satisfied.language
cross join lateral (
    select replace(sentence.sentence, '{dish}', word.dishes[1 + floor(u_dish * 5)::int])
               || ' ' || word.closings[1 + floor(u_closing * 3)::int] || ' #' || (100000 + k) as body
) text
-- In time order, so that the indexes led by received_at grow at their end.
order by received_at;

commit;
