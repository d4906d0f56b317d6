# riktlinjer's wording in Finnish.
# Message ids and the variables they take must be the same in every catalogue
# (tests/… and src/i18n.rs check it). Plurals by Fluent selectors.

## Documents: plain words and headings

title-field = Otsikko
statement-field = Linjaus
description-field = Kuvaus
added = uusi
removed = poistettu
modified = muutettu
unchanged = ennallaan
number = numero
theme = teema
and-word = ja
more-word = muuta
working-tree = työversio
round = kierros
round-cap = Kierros
review-round = Kierros
md-legend = Poistettu teksti on ~~yliviivattu~~, lisätty teksti on **lihavoitu**.
legend-intro = Jokainen muuttunut kenttä näytetään rinnakkain, voimassa oleva teksti vasemmalla ja uusi teksti oikealla, ja sen jälkeen yhtenäisenä tekstinä:
removed-text = poistettu teksti
is-struck = on yliviivattu
inserted-text = lisätty teksti
is-underlined = on alleviivattu
changed-guidelines = Muuttuneet linjaukset
old-text = Voimassa oleva teksti
new-text = Uusi teksti
no-text = (ei tekstiä)
inline = Muutokset tekstissä
disposition-header = Käsittely
statements-header = Lausunnot
organisation-header = Organisaatio
accepted-header = Hyväksytyt
partly-header = Osittain hyväksytyt
rejected-header = Hylätyt
noted-header = Tiedoksi merkityt
unanswered-header = Vastaamatta
accepted = hyväksytty
partly = osittain hyväksytty
rejected = hylätty
noted = merkitty tiedoksi
unanswered = vastaamatta
unanswered-statements = Vastaamattomat lausunnot
unanswered-from = ,{" "}
unanswered-on = :{" "}
whole-set = Linjaukset kokonaisuutena
received = Saapunut
late-note = myöhässä: lausuntokierroksen ulkopuolella
field = kenttä
answer = Vastaus
unanswered-caps = VASTAAMATTA
no-answer-yet = vastausta ei ole vielä kirjattu.
changed-in-answer = Muutettu lausunnon johdosta
no-text-changed = linjausten tekstiä ei muutettu
comment-round-note = Lausuntokierrokseen liittyvä huomautus:
no-comment-round = Kierroksella ei ole ollut lausuntokierrosta.
changelog = Muutoshistoria
unreleased = Hyväksymättä
cancel-out = Teksti on sama kuin hyväksytty teksti (muutokset kumoavat toisensa).
added-heading = Uudet
revised-heading = Päivitetyt
withdrawn-heading = Kumotut
to-revise-heading = Päivitettävät
confirmed-heading = Todettu ajantasaisiksi
unreadable = Ei luettavissa linjauksina toisessa versiossa (jätetty pois; aja `riktlinjer check` näissä versioissa)
unreadable-short = Ei luettavissa linjauksina toisessa versiossa (jätetty pois)
pending-heading = Kierrokset ilman kirjattua hyväksyntää
nothing-in-range = Tällä välillä ei ole hyväksyntöjä, ajantasaisuuden tarkistuksia eikä muutoksia linjauksiin.
approved-as-is = Tekstiin ei tehty muutoksia: hyväksytty sellaisenaan.
withdrawn-by-verdict = kumottu ajantasaisuuden tarkistuksen perusteella
file-removed = tiedosto on poistettu
no-body = (hyväksyjää ei kirjattu)
no-decision = (päätöstä ei kirjattu)
no-date = ei päivämäärää
overdue-cap = Myöhässä
overdue = myöhässä
due = erääntyy
ok = ajallaan
no-header = Nro
guideline-header = Linjaus
status-header = Tila
approved-header = Hyväksytty
last-check-header = Viimeisin tarkistus
next-check-header = Seuraava tarkistus
changed-since-header = Muutettu hyväksynnän jälkeen
deviations-header = Poikkeamat
in-force = voimassa
in-revision = päivitettävänä
withdrawn = kumottu
date-not-recorded = päivämäärä puuttuu
text-changed-since = tekstiä on muutettu sen jälkeen

## Documents: words by record name

verdict-current = ajantasainen
verdict-revise = päivitettävä
verdict-withdraw = kumotaan
action-enter = aloitettu
action-approve = hyväksytty
action-close = päätetty
action-correct = korjattu
action-cancel = peruttu

guidelines-count = { $count ->
    [one] { $count } linjaus
   *[other] { $count } linjausta
}
commits-count = { $count ->
    [one] { $count } muutos
   *[other] { $count } muutosta
}
and-more = … ja { $count } muuta

## Diff

changes-from-to = Muutokset { $from } – { $to }
changes-title = { $title }: muutokset { $from } – { $to }
diff-summary = Muutoksia { $total } linjauksessa ({ $modified ->
    [one] { $modified } muutettu
   *[other] { $modified } muutettua
}, { $added ->
    [one] { $added } uusi
   *[other] { $added } uutta
}, { $removed ->
    [one] { $removed } poistettu
   *[other] { $removed } poistettua
}): { $hunks ->
    [one] { $hunks } muutos
   *[other] { $hunks } muutosta
} { $fields } kentässä.
no-changes = Ei muutoksia: { $from } – { $to }.
tracked-note = Jokainen muutos on jäljitetty muutos (tekijä: { $author }): hyväksy tai hylkää muutokset yksitellen Wordissa (Tarkista-välilehti) tai LibreOfficessa (Muokkaa › Muutosten jäljitys).

## Summary of statements

statements-title = Lausuntotiivistelmä: { $round }
round-line = { $kind ->
    [revision] Kierros { $id } (päivityskierros), aloitettu { $opened }, { $guidelines }.
   *[currency-check] Kierros { $id } (ajantasaisuuden tarkistus), aloitettu { $opened }, { $guidelines }.
}
comment-round-line = Lausuntokierros { $opens } – { $closes }.
approved-line = Hyväksytty { $date }, hyväksyjä { $body }, päätös { $decision }.
approved-line-no-date = (päivämäärä puuttuu)
approved-line-no-body = (ei kirjattu)
approved-line-no-decision = (tunnus puuttuu)
not-approved-line = Hyväksyntää ei ole kirjattu; kierros on { $state ->
    [closed] päättynyt
   *[open] käynnissä
}, vaihe: { $stage }.
not-approved-no-stage = (ei vaihetta)
made-line = Koottu { $date } version { $commit } tiedoista.
totals-line = { $statements ->
    [one] { $statements } lausunto
   *[other] { $statements } lausuntoa
} { $organisations } organisaatiolta; myöhässä { $late }; vastattu { $answered }, vastaamatta { $unanswered }.
no-statements = Kierrokselle { $round } ei ole kirjattu lausuntoja.
others-without-statements = Kierroksen { $count } muusta linjauksesta ei ole annettu lausuntoja.

## Changelog

limited-to = Rajattu versioihin { $from }..{ $to } ({ $from-commit }..{ $to-commit }).
unreleased-since = Mikään hyväksyntä ei kata { $commits } linjauksiin tehtyä muutosta. Alla nykyistä tekstiä verrataan kierroksella { $round } hyväksyttyyn tekstiin (versio { $commit }).
unreleased-all = Linjauksiin on tallennettu { $commits ->
    [one] { $commits } muutos
   *[other] { $commits } muutosta
}, mutta hyväksyntää ei ole kirjattu, joten yhtäkään linjausta ei ole vielä hyväksytty.
pending-closed = päättynyt ilman hyväksyntää
pending-open-stage = käynnissä, vaihe: { $stage }
pending-open = käynnissä
entry-heading = { $kind ->
    [revision] Kierros { $round }: hyväksytty { $date }
   *[currency-check] Kierros { $round }: ajantasaisuuden tarkistus { $date }
}
revision-previous = { $title }. Hyväksyjä { $body }, päätös { $decision }; version { $text } teksti verrattuna kierroksella { $previous } hyväksyttyyn tekstiin.
revision-base = { $title }. Hyväksyjä { $body }, päätös { $decision }; version { $text } teksti. Ensimmäinen kirjattu hyväksyntä ({ $guidelines }); vertailukohtana on kierroksen alkaessa voimassa ollut teksti (versio { $commit }).
revision-first = { $title }. Hyväksyjä { $body }, päätös { $decision }; version { $text } teksti. Ensimmäinen kirjattu hyväksyntä ({ $guidelines }); kaikki sen linjaukset ovat uusia.
check-line = { $title }. Arviot: ajantasaisia { $confirmed }, päivitettäviä { $to-revise }, kumottuja { $withdrawn }.
check-line-by = { $title }. Arviot ({ $body }): ajantasaisia { $confirmed }, päivitettäviä { $to-revise }, kumottuja { $withdrawn }.

## Currency

currency-title = { $title } — ajantasaisuus, tilanne { $as-of }
currency-heading = Linjausten ajantasaisuus, tilanne { $as-of }
checked-every = Jokainen linjaus tarkistetaan { $months } kuukauden välein
due-means = tarkoittaa, että tarkistus on tehtävä { $months } kuukauden kuluessa.
currency-totals = { $total ->
    [one] { $total } linjaus
   *[other] { $total } linjausta
}: voimassa { $in-force }, päivitettävänä { $in-revision }, kumottu { $withdrawn }
changed-counts = Tekstiä muutettu voimassa olevan hyväksynnän jälkeen: { $changed }; ei kirjattua hyväksyntää: { $never-approved }; jäljessä olevia käännöksiä: { $behind }
approval-by = , hyväksyjä { $body }
approval-decision = , päätös { $decision }
approval-round = , kierros { $round }

## Terminal: round status

status-no-rounds = Tarkastelukierroksia ei vielä ole. Avaa kierros komennolla `riktlinjer round open ID --title …`.
status-heading = Kierros { $id }: { $title } ({ $kind })
status-state = Tila:
status-guidelines = Linjaukset:
status-opened = Aloitettu:
status-note = Huomautus:
status-events = Tapahtumat:
status-comments = Lausunnot:
status-statements = Saapuneet:
status-verdicts = Arviot:
status-text = Teksti:
status-approval = Hyväksyntä:
status-passed = Ohitettu:
status-next = Seuraavaksi:
status-no-date = ei päivämäärää
status-stage-of = vaihe { $position }/{ $of }, { $id } ({ $name })
status-no-stage = mikään vaihe ei ole alkanut
status-state-open = käynnissä — { $stage }
status-state-approved = hyväksytty — { $stage }
status-state-closed-approved = päättynyt, hyväksytty
status-state-closed = päättynyt
status-state-cancelled = peruttu (avattu vahingossa; säilyy kirjanpidossa)
status-verdict-counts = ajantasaisia { $current }, päivitettäviä { $revise }, kumottavia { $withdraw }, odottaa { $pending }
status-text-no-event = ei kirjattuja tapahtumia
status-text-unchanged = ennallaan tapahtuman { $event } jälkeen
status-text-changed = muuttunut tapahtuman { $event } jälkeen: { $fields }
status-approval-none = ei kirjattu
status-approval-line = { $date }, hyväksyjä { $body }, päätös { $decision }; { $text }
status-approval-same = nykyinen teksti on hyväksytty teksti (versio { $commit })
status-approval-differs = nykyinen teksti POIKKEAA hyväksytystä tekstistä (versio { $commit }): { $fields }
status-opened-line = { $opened }, kirjaaja { $by }; tuolloin voimassa ollut teksti: versio { $commit }
status-event-open = avoinna { $opens } – { $closes }
status-event-decision = päätös: { $decision }
status-event-corrects = korjaa tapahtuman { $event }
status-event-reason = syy: { $reason }
status-event-note = huomautus: { $note }
status-event-text-changed = teksti muuttunut sen jälkeen: { $fields }
status-comments-line = { $opens } – { $closes }, { $state }
status-comments-open = avoinna, { $days } päivää jäljellä
status-comments-not-yet-open = ei vielä avoinna
status-comments-closed = päättynyt
status-statements-none = ei kirjattuja
status-statements-summary = { $count }, vastaamatta { $unanswered }
status-whole-set = kokonaisuus
status-late = { $about } (myöhässä)
status-withdrawn = peruttu
status-revised = { $disposition } (muutettu)
status-unanswered = vastaamatta
status-disposition-accepted = hyväksytty
status-disposition-partly = osittain
status-disposition-rejected = hylätty
status-disposition-noted = tiedoksi
status-pending = odottaa
status-followed-by = päivityskierros { $round }
status-next-nothing = ei mitään; kierros on päättynyt
