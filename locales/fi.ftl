# riktlinjer's wording in Finnish.
# Message ids and the variables they take must be the same in every catalogue
# (the tests in src/i18n.rs check it). Plurals by Fluent selectors.

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
status-comments-open = avoinna, { $days ->
    [one] { $days } päivä jäljellä
   *[other] { $days } päivää jäljellä
}
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
status-comments-closed-on = lausuntokierros päättyi { $date }
status-next-verdicts = anna arvio { $count ->
    [one] { $count } linjauksesta
   *[other] { $count } linjauksesta
} ({ $guidelines }): `riktlinjer round verdict { $round } LINJAUS current|revise|withdraw`
status-next-revision-round = avaa päivityskierros linjauksille { $guidelines }: `riktlinjer round open UUSI-ID --title … --guidelines { $ids }`
status-next-close-check = päätä tarkistus: `riktlinjer round close { $round }`
status-next-nothing-required = mitään ei vaadita; `riktlinjer round close { $round }` päättää kierroksen
status-next-answer = vastaa { $count ->
    [one] { $count } lausuntoon
   *[other] { $count } lausuntoon
} ({ $statements }): `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`
status-next-comments-open = lausuntokierros on avoinna { $closes } asti; kirjaa lausunnot komennolla `riktlinjer comment add { $round } --from ORGANISAATIO --text …` tai `riktlinjer comment import { $round } TIEDOSTO.csv`
status-next-close = päätä kierros: `riktlinjer round close { $round }`
status-next-stage = seuraava vaihe: { $stage } ({ $kind ->
    [preparation] valmistelu
    [treatment] käsittely
    [comment-round] lausuntokierros
    [notice] tiedoksi
    [approval] hyväksyntä
   *[other] { $kind }
}): { $command }
status-next-stage-by = seuraava vaihe: { $stage } ({ $kind ->
    [preparation] valmistelu
    [treatment] käsittely
    [comment-round] lausuntokierros
    [notice] tiedoksi
    [approval] hyväksyntä
   *[other] { $kind }
}), käsittelijä { $body }: { $command }

## Terminal: errors

error-prefix = virhe:
error-caused-by = syy:
error-hint = vihje:
warning-prefix = varoitus:
error-did-you-mean = {" "}(tarkoititko `{ $suggestion }`?)
error-did-you-mean-one-of = {" "}(tarkoititko jotakin näistä: { $suggestions }?)
error-not-a-repository = { $path } ei ole git-arkiston sisällä
error-not-a-repository-hint = aja komento linjausten arkistossa, anna `--repo POLKU`, tai luo arkisto komennolla `riktlinjer init HAKEMISTO --example`
error-no-collection = { $path } ei sisällä linjauskokoelmaa (guidelines/index.toml puuttuu)
error-no-collection-hint = luo kokoelma komennolla `riktlinjer init` (lisää `--example` julkaistuille linjauksille)
error-unknown-guideline = ei linjausta `{ $wanted }`{ $suggestions }
error-unknown-guideline-hint = `riktlinjer list` näyttää jokaisen linjauksen tunnuksen ja numeron
error-unknown-round = hakemistossa reviews/ ei ole kierrosta `{ $wanted }`{ $suggestions }{ $known }
error-no-rounds-yet = ; kierroksia ei vielä ole
error-the-rounds-are = ; kierrokset ovat: { $rounds }
error-unknown-round-hint = `riktlinjer round status` luettelee kierrokset; `riktlinjer round open ID --title …` avaa uuden
error-unknown-statement = kierroksella { $round } ei ole lausuntoa `{ $wanted }`{ $suggestions }
error-unknown-statement-hint = `riktlinjer round status { $round }` luettelee kierroksen kaikki lausunnot
error-bad-date = { $option }: { $reason }
error-bad-date-hint = kirjoita päivämäärä muodossa VVVV-KK-PP (tai P.K.VVVV), tai VVVV-KK tai VVVV, kun vain kuukausi tai vuosi tiedetään
error-no-commits = arkistossa ei ole vielä versioita, joten { $consequence }
error-no-commits-hint = tallenna linjaukset ensin (`git add guidelines && git commit`), tai luo kokoelma komennolla `riktlinjer init`
no-commits-history = luettavaa historiaa ei ole
no-commits-changelog = historiaa, josta muutosloki koottaisiin, ei ole
no-commits-round = kirjattua kierrosta `{ $round }` ei ole
no-commits-bind = tekstiä, johon tosiasia sidottaisiin, ei ole
no-commits-diff-head = HEAD-versiota, johon työversiota verrattaisiin, ei ole
error-busy = toinen riktlinjer-komento kirjaa tähän arkistoon{ $holder }; odotettiin { $waited } s sen valmistumista
error-busy-hint = mitään ei kirjattu; aja komento uudelleen, kun toinen on valmis, tai odota pidempään valinnalla `--wait SEKUNTIA`. Jos nimetty prosessi ei ole riktlinjer, poista { $lock }

error-unknown-revision = versiota `{ $rev }` ei ole tässä arkistossa
error-unknown-revision-hint = anna version tunnus, tagi tai haara; `git log --oneline` luettelee versiot
error-io = { $action ->
    [read] tiedostoa { $path } ei voi lukea: { $reason }
    [write] tiedostoa { $path } ei voi kirjoittaa: { $reason }
    [create] kohdetta { $path } ei voi luoda: { $reason }
    [remove] tiedostoa { $path } ei voi poistaa: { $reason }
    [replace] tiedostoa { $path } ei voi korvata: { $reason }
    [lock] tiedostoa { $path } ei voi lukita: { $reason }
   *[other] { $path }: { $action } ei onnistu: { $reason }
}
error-io-read-hint = tarkista, että tiedosto on olemassa ja luettavissa, ja aja komento sitten uudelleen
error-io-write-hint = tarkista, että levyllä on tilaa ja tiedosto tai hakemisto on kirjoitettavissa, ja aja komento sitten uudelleen
error-unreadable-input-hint = tarkista polku ja että tiedosto on luettavissa; mitään ei muutettu
error-output = tulostetta ei voi kirjoittaa: { $reason }
error-no-output-folder = tiedostoa { $path } ei voi kirjoittaa: hakemistoa { $folder } ei ole
error-no-output-folder-hint = luo hakemisto ensin (`mkdir -p { $folder }`) tai kirjoita olemassa olevaan; riktlinjer ei luo hakemistoja, eikä mitään kirjoitettu
error-file-exists = { $path } on jo olemassa
error-would-overwrite-hint = valitse tyhjä tai uusi hakemisto; mitään ei kirjoitettu
error-invalid-hint = korjaa yllä olevat rivit ja aja sitten `riktlinjer check`
error-bad-rows-hint = mitään ei tuotu; korjaa nämä solut (tai nimeä sarakkeet valinnalla --map) ja aja komento uudelleen
error-bad-input-hint = mitään ei muutettu; korjaa syötetiedosto ja aja komento uudelleen
error-future-date = { $option } { $date } on tulevaisuudessa (tänään on { $today })
error-future-date-hint = kirjaa tosiasia vasta, kun se on tapahtunut; mitään ei kirjattu
error-unknown-stage = tuntematon vaihe `{ $wanted }`{ $suggestions }; tiedoston reviews/workflow.toml vaiheet järjestyksessä: { $stages }
error-unknown-stage-hint = nimeä tiedoston reviews/workflow.toml vaihe; `riktlinjer round status KIERROS` näyttää, missä kierros on
error-unknown-language = kokoelmassa ei ole kieltä `{ $wanted }`; sen kielet ovat: { $languages }
error-unknown-language-hint = anna jokin kokoelman kielistä tai jätä --lang pois, niin käytetään pääkieltä
error-bare-repository = { $path } on paljas arkisto (bare); riktlinjer tarvitsee työversion
error-bare-repository-hint = aja komento kloonissa, jossa on työversio (`git clone ARKISTO HAKEMISTO`), tai anna `--repo HAKEMISTO`
error-uncommitted = { $what } ei voi kirjata: hakemistossa guidelines/ on tallentamattomia muutoksia ({ $paths }{ $more ->
    [0] {""}
   *[other] {" "}ja { $more } muuta
}); kirjaus sidottaisiin tallennettuun tekstiin eikä näkemääsi tekstiin
error-uncommitted-hint = tallenna linjausten muutokset ensin (`git add guidelines && git commit`) ja kirjaa tapahtuma sitten
error-round-uncommitted-hint = tallenna kierros ensin (`git add reviews/{ $round } && git commit`)
error-in-progress = kirjaaminen ei onnistu, kun { $operation } on kesken: versio voi kadota, kun { $operation } viedään loppuun tai keskeytetään
error-in-progress-hint = vie se ensin loppuun ({ $finish }) ja kirjaa sitten; mitään ei kirjattu
error-behind-head = työversio tai indeksi ei sisällä sitä, mitä HEAD tallensi hakemistoon reviews/ ({ $paths }); aiempi kirjaus keskeytyi tai tiedostoja on muutettu
error-behind-head-hint = palauta tallennetut kirjaukset komennolla `git checkout HEAD -- { $paths }` ja aja komento sitten uudelleen; mitään ei kirjattu
error-internal = sisäinen virhe: { $message }
error-internal-hint = tämä on riktlinjerin virhe; ilmoita siitä ja kerro ajamasi komento
round-exists = kierros { $round } on jo olemassa (reviews/{ $round }/, avattu { $opened }, avaaja { $by }); valitse toinen tunnus
round-advance-approval-stage = `{ $stage }` on hyväksyntävaihe; kirjaa hyväksyntä komennolla `riktlinjer round approve { $round } --date … --decision …`, joka sitoo sen tallennettuun tekstiin
round-advance-comment-dates = `{ $stage }` on lausuntokierros: anna sen päivämäärät valinnoilla --opens VVVV-KK-PP --closes VVVV-KK-PP
round-closes-before-opens = --closes { $closes } on ennen --opens { $opens }; lausuntokierros päättyy alkamisensa jälkeen
round-advance-date-missing = anna vaiheen { $stage } päivämäärä valinnalla --date VVVV-KK-PP (tai VVVV-KK, VVVV, tai `unknown`, jos lähde ei kerro sitä)
round-approve-not-next = kierroksen { $round } seuraava vaihe on `{ $stage }` ({ $kind ->
    [preparation] valmistelu
    [treatment] käsittely
    [comment-round] lausuntokierros
    [notice] tiedoksi
    [approval] hyväksyntä
   *[other] { $kind }
}), ei hyväksyntä; kierros ei voi ohittaa vaihetta
round-approve-not-next-hint = kirjaa ensin se vaihe: `riktlinjer round advance { $round } { $stage } …`
round-approve-passed = kierros { $round } on käynyt läpi työnkulun kaikki vaiheet
round-approve-passed-approved = kierros { $round } on käynyt läpi työnkulun kaikki vaiheet ja hyväksytty (tapahtuma { $event })
round-approve-passed-hint = hyväksyttävää ei ole jäljellä; `riktlinjer round status { $round }` näyttää kierroksen
round-approve-no-body = nimeä päättävä toimielin valinnalla --body (vaiheella `{ $stage }` ei ole oletustoimielintä)
round-verdict-not-currency = kierros { $round } on päivityskierros; arviot kuuluvat ajantasaisuuden tarkistuksiin
round-verdict-not-currency-hint = avaa sellainen komennolla `riktlinjer round open ID --kind currency-check --title …`
round-verdict-closed = kierros { $round } on päättynyt (tapahtuma { $event }); siihen ei voi kirjata enää mitään
round-verdict-closed-hint = kirjatun arvion voi yhä korjata valinnalla --supersedes
round-verdict-out-of-scope = linjaus `{ $guideline }` ei kuulu kierrokseen { $round } ({ $scope })
round-verdict-out-of-scope-hint = nimeä kierrokseen kuuluva linjaus; muun linjauksen tarkistus kuuluu omalle kierrokselleen
round-verdict-exists = linjauksella `{ $guideline }` on jo arvio `{ $verdict }` ({ $date }) kierroksella { $round }
round-verdict-exists-hint = korjaa se kirjaamalla uusi arvio, joka korvaa sen: `riktlinjer round verdict { $round } { $guideline } ARVIO --supersedes --note …`
round-already-closed = kierros { $round } on jo päättynyt (tapahtuma { $event })
round-nothing-recorded-status-hint = mitään ei kirjattu; `riktlinjer round status { $round }` näyttää kierroksen
round-close-verdicts-pending = kierrosta { $round } ei voi päättää, kun { $count ->
    [one] { $count } linjaukselta puuttuu
   *[other] { $count } linjaukselta puuttuu
} arvio ({ $guidelines })
round-close-verdicts-pending-hint = kirjaa jokainen komennolla `riktlinjer round verdict { $round } LINJAUS current|revise|withdraw`
round-nothing-to-correct = ei korjattavaa: komento ei anna uutta arvoa
round-nothing-to-correct-hint = kerro, mitä korjataan: --date, --decision, --body tai lausuntokierroksen --opens/--closes
round-cancel-ended = kierros { $round } on jo päättynyt (tapahtuma { $event }); päättynyt kierros pysyy sellaisenaan
round-cancel-approved = kierros { $round } on hyväksytty (tapahtuma { $event }); hyväksyntää ei peruta
round-cancel-approved-hint = päätä kierros komennolla `riktlinjer round close { $round }` ja muuta tekstiä uudella kierroksella
rules-already-in-stage = kierros { $round } on jo vaiheessa `{ $stage }`; { $next ->
    [none] myöhempää vaihetta ei ole; päätä kierros komennolla `riktlinjer round close { $round }`
   *[other] seuraava vaihe on `{ $next }` ({ $kind ->
        [preparation] valmistelu
        [treatment] käsittely
        [comment-round] lausuntokierros
        [notice] tiedoksi
        [approval] hyväksyntä
       *[other] { $kind }
    })
}
rules-cannot-go-back = kierros { $round } on vaiheessa `{ $stage }`, joka tulee vaiheen `{ $target }` jälkeen; kierros ei voi palata taaksepäin. Avaa uusi kierros uutta käsittelyä varten; { $next ->
    [none] myöhempää vaihetta ei ole; päätä kierros komennolla `riktlinjer round close { $round }`
   *[other] seuraava vaihe on `{ $next }` ({ $kind ->
        [preparation] valmistelu
        [treatment] käsittely
        [comment-round] lausuntokierros
        [notice] tiedoksi
        [approval] hyväksyntä
       *[other] { $kind }
    })
}
rules-cannot-skip = kierros { $round } on vaiheessa `{ $stage }`; se ei voi hypätä vaiheeseen `{ $target }`: { $next ->
    [none] myöhempää vaihetta ei ole; päätä kierros komennolla `riktlinjer round close { $round }`
   *[other] seuraava vaihe on `{ $next }` ({ $kind ->
        [preparation] valmistelu
        [treatment] käsittely
        [comment-round] lausuntokierros
        [notice] tiedoksi
        [approval] hyväksyntä
       *[other] { $kind }
    })
}
rules-cannot-skip-no-stage = kierros { $round } ei ole aloittanut yhtään vaihetta; se ei voi hypätä vaiheeseen `{ $target }`: { $next ->
    [none] myöhempää vaihetta ei ole; päätä kierros komennolla `riktlinjer round close { $round }`
   *[other] seuraava vaihe on `{ $next }` ({ $kind ->
        [preparation] valmistelu
        [treatment] käsittely
        [comment-round] lausuntokierros
        [notice] tiedoksi
        [approval] hyväksyntä
       *[other] { $kind }
    })
}
rules-unanswered = kierros { $round } ei voi edetä vaiheesta `{ $stage }`, kun { $count ->
    [one] { $count } lausunto on
   *[other] { $count } lausuntoa on
} vastaamatta ({ $statements }); vastaa jokaiseen komennolla `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`
round-what-opening = kierroksen { $round } avaamista
round-what-stage = kierroksen { $round } vaihetta { $stage }
round-what-approval = kierroksen { $round } hyväksyntää
round-what-verdict = kierroksen { $round } arviota

## Terminal: check

check-ok = ok: { $guidelines ->
    [one] { $guidelines } linjaus
   *[other] { $guidelines } linjausta
}, { $themes ->
    [one] { $themes } teema
   *[other] { $themes } teemaa
} ({ $declared }), { $actors ->
    [one] { $actors } toimija
   *[other] { $actors } toimijaa
}, kielet { $languages }, { $rounds ->
    [one] { $rounds } tarkastelukierros
   *[other] { $rounds } tarkastelukierrosta
} — ei ongelmia: { $where }
check-problems = { $problems ->
    [one] { $problems } ongelma
   *[other] { $problems } ongelmaa
} { $files ->
    [one] { $files } tiedostossa
   *[other] { $files } tiedostossa
}; luettu { $seen } linjaustiedostoa ja { $rounds } tarkastelukierrosta
check-index-problems = { $problems ->
    [one] { $problems } ongelma
   *[other] { $problems } ongelmaa
} tiedostossa guidelines/index.toml; linjauksia ei tarkistettu, ennen kuin se on korjattu

## Terminal: audit

audit-no-commit = (ei versiota)
audit-headline = Hyväksyntäketjun tarkastus versiossa { $head }
audit-checked = Tarkistettu: kierroksia { $rounds }, tapahtumatiedostoja { $events } (ei muutettu, vaiheiden järjestyksessä), sisältösidoksia { $bindings }, linjauksia { $guidelines } viimeisintä hyväksyntää vasten, lausuntoja { $statements }, objekteja { $objects } tarkistussummattu uudelleen.
audit-signatures = Allekirjoitukset: { $signatures } tapahtuman allekirjoitusta tarkistettu tiedostoa reviews/allowed_signers vasten.
audit-all-holds = Kaikki pitää: hyväksyntäketju on eheä.
audit-findings = { $count ->
    [one] { $count } havainto, joka ei pidä:
   *[other] { $count } havaintoa, jotka eivät pidä:
}
audit-commit = versio { $commit }, tekijä { $author }, { $date }: { $summary }
audit-more-commits = … { $count } muuta …
audit-what-to-do = Toimenpide:
audit-notes = Huomautukset:
audit-kind-incomplete-history = Historia on puutteellinen (matala klooni): tarkastus ei näe kaikkia versioita.
audit-kind-event-modified = Tapahtumatiedostoa on muutettu tallentamisen jälkeen.
audit-kind-event-deleted = Tapahtumatiedosto on poistettu.
audit-kind-record-modified = Kirjaustiedostoa on muutettu tallentamisen jälkeen.
audit-kind-record-deleted = Kirjaustiedosto on poistettu.
audit-kind-unreadable-record = Tarkastelukirjausta ei voi lukea jossakin versiossa.
audit-kind-stage-order = Tapahtuma ei noudata työnkulun vaiheiden järjestystä.
audit-kind-date-order = Päivämäärä on ennen sitä, mitä sen pitää seurata, tai kirjaamisen jälkeen.
audit-kind-invalid-correction = Korjaus ei viittaa vaiheensa aiempaan tapahtumaan.
audit-kind-workflow-changed = reviews/workflow.toml on muuttanut vaihetta, jota kirjatut tapahtumat käyttävät.
audit-kind-history-rewritten = Sidos viittaa versioon, jota ei ole historiassa.
audit-kind-binding-invalid = Sisältösidos on virheellinen tai viittaa olemattomiin objekteihin.
audit-kind-binding-mismatch = Sisältösidos ei vastaa versiota, johon se viittaa.
audit-kind-text-not-approved = Voimassa oleva teksti poikkeaa viimeksi hyväksytystä tekstistä.
audit-kind-approved-guideline-missing = Hyväksytty linjaus puuttuu, vaikka sitä ei ole kumottu.
audit-kind-collection-not-approved = Kokoelman tiedosto on muuttunut viimeisimmän hyväksynnän jälkeen.
audit-kind-statement-unanswered = Päättyneen lausuntokierroksen lausunnolla ei ole vastausta.
audit-kind-record-unattributed = Kirjaus on tallennettu ilman työkalun tekijätietoja tai jonkun muun kuin siinä nimetyn toimesta.
audit-kind-signature-missing = Tapahtumalta, joka on allekirjoitettava, puuttuu allekirjoitus.
audit-kind-signature-invalid = Tapahtuman allekirjoitus ei pidä.
audit-kind-object-corrupt = Git-objektin tarkistussumma ei vastaa sen tunnusta.

audit-note-nothing = mikään versio ei ole vielä muuttanut hakemistoja guidelines/ tai reviews/: tarkastettavaa ei ole
audit-note-shallow-harmless = .git/shallow luettelee vain versioita, joilla ei ole edeltäjiä, eikä siksi piilota mitään; sen voi poistaa
audit-note-restored = { $path } muutettiin tai poistettiin versiossa { $commits } ja palautettiin myöhemmin sellaiseksi kuin se ensin tallennettiin
audit-note-renumbered = { $count ->
    [one] { $count } linjauksen vain numero on muuttunut hyväksynnän jälkeen
   *[other] { $count } linjauksen vain numero on muuttunut hyväksynnän jälkeen
} (uudelleennumerointi): { $guidelines }
audit-note-never-approved = { $count ->
    [one] { $count } linjauksella
   *[other] { $count } linjauksella
} ei ole kirjattua hyväksyntää, joten hyväksyttyä tekstiä, johon verrata, ei ole
audit-note-beyond-cutoff = { $count ->
    [one] { $count } kirjaus on sidottu matalan kloonin katkaisukohtaa edeltäviin versioihin, joita tässä kloonissa ei ole, joten sitä ei tarkistettu
   *[other] { $count } kirjausta on sidottu matalan kloonin katkaisukohtaa edeltäviin versioihin, joita tässä kloonissa ei ole, joten niitä ei tarkistettu
}: { $records }
audit-message-event-deleted = tapahtumatiedosto poistettiin kirjaamisen jälkeen; kirjattu tosiasia ei saa koskaan muuttua eikä kadota{ $merge ->
    [none] {""}
   *[other] {" "}(yhdistäminen { $merge } ei säilyttänyt sitä)
}
audit-message-record-deleted = kirjaus poistettiin tallentamisen jälkeen; kirjattu tosiasia ei saa koskaan muuttua eikä kadota{ $merge ->
    [none] {""}
   *[other] {" "}(yhdistäminen { $merge } ei säilyttänyt sitä)
}
audit-message-event-modified = tapahtumatiedostoa muutettiin kirjaamisen jälkeen; kirjattu tosiasia ei saa koskaan muuttua eikä kadota{ $merge ->
    [none] {""}
   *[other] {" "}(yhdistäminen { $merge } ei säilyttänyt sitä)
}
audit-message-record-modified = kirjausta muutettiin tallentamisen jälkeen; kirjattu tosiasia ei saa koskaan muuttua eikä kadota{ $merge ->
    [none] {""}
   *[other] {" "}(yhdistäminen { $merge } ei säilyttänyt sitä)
}
audit-action-restore-record = palauta kirjaus sellaiseksi kuin se ensin tallennettiin: `git checkout { $commit } -- { $path }` ja tallenna se; kirjaa korjaus uutena tosiasiana (`riktlinjer round correct`, `riktlinjer comment answer --supersedes`, `riktlinjer comment withdraw`, `riktlinjer round verdict --supersedes`)
audit-message-unreadable-record = versiossa { $commit } tallennettua kirjausta ei voi tulkita ({ $reason }), joten sen sisältöä ei voi todentaa
audit-action-record-again = kirjausta ei koskaan korjata paikallaan: kirjaa tosiasia uudelleen riktlinjerillä (se kirjoittaa uuden tiedoston) ja jätä tämä ennalleen; `riktlinjer check` näyttää ongelman
audit-message-no-trailers = kirjaus tallennettiin versiossa { $commit } ilman työkalun tekijätietoja (`Review-Round: { $round }`): sitä ei kirjattu riktlinjerillä
audit-message-other-author = kirjauksen mukaan sen kirjasi `{ $recorded-by }`, mutta sen tallensi `{ $author }` ({ $commit })
audit-action-unattributed = selvitä, kuka sen teki (`git show --stat { $commit }`); kirjausta ei koskaan poisteta, joten jos se ei kerro totta, kirjaa korjaus uutena tosiasiana riktlinjerillä (`riktlinjer round correct`, `riktlinjer comment withdraw`); tallenna se, minkä `--no-commit` lavasti, sen tulostamalla `git commit` -komennolla, joka sisältää tekijätiedot
audit-message-approved-missing = linjaus `{ $guideline }`, hyväksytty kierroksella { $round } ({ $date }), puuttuu HEAD-versiosta (poistettu tai nimetty uudelleen), eikä kumoamista ole kirjattu
audit-action-approved-missing = palauta se (`git checkout { $commit } -- { $file }` ja tallenna) tai kirjaa sen kumoaminen: `riktlinjer round open ID --kind currency-check --guidelines { $guideline } --title …`, sitten `riktlinjer round verdict ID { $guideline } withdraw --note …`
audit-message-text-not-approved = voimassa oleva teksti poikkeaa kierroksella { $round } ({ $date }) hyväksytystä tekstistä: { $changes ->
    [one] { $changes } hyväksymätön muutos
   *[other] { $changes } hyväksymätöntä muutosta
}, tekijä { $authors }
audit-message-text-not-approved-head = voimassa oleva teksti poikkeaa kierroksella { $round } ({ $date }) hyväksytystä tekstistä: { $changes ->
    [one] { $changes } hyväksymätön muutos
   *[other] { $changes } hyväksymätöntä muutosta
} (muutos tuli HEAD-version luoneen version mukana)
audit-action-text-not-approved = hyväksytä muutos päivityskierroksella (`riktlinjer round open ID --guidelines { $guideline } --title …`) tai palauta hyväksytty teksti (`git checkout { $commit } -- { $file }` ja tallenna)
audit-message-collection-not-approved = kokoelma (otsikot, teemat, toimijat, tarkasteluväli, johdanto) poikkeaa siitä, minkä kierros { $round } hyväksyi ({ $commit }): { $changes ->
    [one] { $changes } hyväksymätön muutos
   *[other] { $changes } hyväksymätöntä muutosta
}
audit-action-collection-not-approved = hyväksytä muutos päivityskierroksella (`riktlinjer round open ID --title …`) tai palauta hyväksytty kokoelma (`git checkout { $commit } -- { $file }` ja tallenna)
audit-message-statement-unanswered = lausunnolla { $round }/{ $code } ei ole vastausta, vaikka sen lausuntokierros on päättynyt
audit-action-statement-unanswered = vastaa siihen: `riktlinjer comment answer { $round } { $round }/{ $code } accepted|partly|rejected|noted --reply …` (tai, jos se kirjattiin vahingossa, `riktlinjer comment withdraw { $round } { $round }/{ $code } --reason …`)
audit-message-object-corrupt = objektin { $object } tarkistussumma ei vastaa sen tunnusta: arkiston objektitietokanta on vioittunut tai sitä on peukaloitu
audit-action-object-corrupt = palauta arkisto luotettavasta kloonista (`git fsck` näyttää vauriot)

audit-message-shallow-hiding = .git/shallow merkitsee { $commits } katkaistuiksi, vaikka tässä arkistossa on { $count ->
    [one] sen
   *[other] niiden
} edeltäjät: tiedosto piilottaa historiaa tarkastukselta (sitä on muokattu tai se on jäänyt jäljelle)
audit-action-shallow-hiding = jos klooni on täydellinen, poista .git/shallow (`git fsck` tarkistaa sitten koko historian); muuten `git fetch --unshallow`; aja sitten `riktlinjer audit` uudelleen
audit-message-shallow-cut = tämä on matala klooni: versiota { $commits } edeltävä historia puuttuu, joten ennen katkaisukohtaa tehtyjä kirjauksia ja sidoksia ei voi todentaa
audit-action-shallow-cut = nouda koko historia (`git fetch --unshallow`) ja aja `riktlinjer audit` uudelleen

## Terminal: shared

status-kind-revision = päivitys
status-kind-currency-check = ajantasaisuuden tarkistus
snapshot-working-tree = työversio
snapshot-commit = versio { $commit }
snapshot-staged = lavastetut tiedostot

## Terminal: recording

record-waiting = odotetaan, että { $holder } valmistuu (enintään { $seconds } s, ks. --wait)
record-another-command = toinen riktlinjer-komento
record-took-over = kirjauslukko otettiin haltuun: { $holder } päättyi vapauttamatta sitä (keskeytettiinkö se?)
record-removed-leftover = poistettiin { $path }, jonka keskeytynyt komento jätti jälkeensä
record-removed-temporary = poistettiin { $count ->
    [one] { $count } väliaikainen tiedosto
   *[other] { $count } väliaikaista tiedostoa
}, jotka keskeytynyt komento jätti ({ $paths })
record-repaired = keskeytynyt kirjaus korjattiin: { $count ->
    [one] { $count } HEAD-version tiedosto
   *[other] { $count } HEAD-version tiedostoa
} palautettiin työversioon ja indeksiin ({ $paths })
record-and-more = ja { $count } muuta
record-committed = Tallennettu versioksi { $commit } ({ $files }).
record-committed-only = Tallennettu versioksi { $commit }.
record-staged =
    Lavastettu, ei tallennettu (--no-commit): { $files }. Tallenna ne työkalun tekijätiedoin (tarkastus raportoi kirjaukset, jotka on tallennettu ilman niitä):
    {"  "}{ $command }
record-the-statements = lausuntotiedostot
round-scope-all = { $count ->
    [one] { $count } linjaus
   *[other] kaikki { $count } linjausta
}
round-opened = Avattiin kierros { $round } ({ $kind }) vaiheessa { $stage } ({ $scope }).
round-no-decision = --decision puuttuu: käsittely (käsittelijä { $body }) kirjataan ilman päätöstä
round-the-body = toimielin
round-comments-end-early = kierroksen { $round } lausuntokierroksen piti olla avoinna { $closes } asti; se päättyy ennenaikaisesti
round-date-not-known = päivämäärä ei tiedossa
round-advanced = Kierros { $round } on vaiheessa { $stage } ({ $name }), { $date }.
round-next-stage = Seuraava vaihe: { $stage } ({ $name }).
round-approved = Kierros { $round } hyväksytty { $date }, hyväksyjä { $body } (päätös { $decision }), sidottu version { $commit } tekstiin.
round-verdict-recorded = Linjaus { $guideline }: { $verdict } ({ $meaning }). { $pending ->
    [one] Kierroksella { $round } on vielä { $pending } linjaus ilman arviota.
   *[other] Kierroksella { $round } on vielä { $pending } linjausta ilman arviota.
}
round-verdict-current = edelleen ajantasainen
round-verdict-revise = päivitettävä
round-verdict-withdraw = kumottava
round-closes-unapproved = kierros { $round } päättyy ilman, että sen teksti on hyväksytty
round-close-text-differs = linjausten { $guidelines } voimassa oleva teksti poikkeaa tapahtumassa { $event } ({ $date }) hyväksytystä tekstistä: `riktlinjer audit` raportoi sen, kunnes uusi kierros hyväksyy sen
round-outcome-currency = ajantasaisia { $current }, päivitettäviä { $revise }, kumottavia { $withdraw }
round-outcome-approved = hyväksytty (tapahtuma { $event })
round-outcome-not-approved = ei hyväksytty; viimeisin vaihe { $stage }
round-closed = Kierros { $round } päättyi { $date }: { $outcome }.
round-corrected-date = päivämäärä { $value }
round-corrected-decision = päätös { $value }
round-corrected-body = toimielin { $value }
round-corrected-opens = alkaa { $value }
round-corrected-closes = päättyy { $value }
round-corrected = Kierroksen { $round } tapahtuma { $event } korjattu ({ $what }); alkuperäinen säilyy kirjanpidossa.
round-cancelled = Kierros { $round } peruttu { $date }: se poistuu raporteista ja muutoslokista mutta säilyy kirjanpidossa.
round-status-problems = { $count ->
    [one] { $count } ongelma
   *[other] { $count } ongelmaa
} hakemistossa reviews/; tila voi olla puutteellinen (aja `riktlinjer check`)
comment-not-revision-round = kierros { $round } on ajantasaisuuden tarkistus; lausunnot kuuluvat päivityskierroksen lausuntokierrokselle
comment-not-revision-round-hint = nimeä päivityskierros; `riktlinjer round status` luettelee kierrokset
comment-round-closed = kierros { $round } on päättynyt (tapahtuma { $event }); siihen ei voi lisätä lausuntoja
comment-round-closed-hint = mitään ei kirjattu; päättyneen kierroksen lausunto kuuluu seuraavalle päivityskierrokselle
comment-round-not-open = kierroksen { $round } lausuntokierros ei ole alkanut (kierros on vaiheessa `{ $stage }`)
comment-round-not-open-hint = lausunnot kirjataan, kun `riktlinjer round advance { $round } { $stage } --opens … --closes …` on avannut sen
comment-duplicate = lausunto on jo kirjattu tunnuksella { $statement } (sama organisaatio, saapumispäivä, linjaus, kenttä ja teksti)
comment-duplicate-hint = mitään ei kirjattu; `riktlinjer round status { $round }` näyttää sen
comment-round-cancelled = kierros { $round } on peruttu (tapahtuma { $event }); siihen ei kirjata enää mitään
comment-answer-withdrawn = lausunto { $statement } on peruttu ({ $reason }); peruttuun lausuntoon ei vastata
comment-answer-withdrawn-hint = mitään ei kirjattu; `riktlinjer round status { $round }` luettelee vastausta odottavat lausunnot
comment-already-answered = lausuntoon { $statement } on jo vastattu ({ $disposition }, kirjaaja { $by }); muuttaaksesi vastausta kirjaa uusi, joka korvaa sen: `riktlinjer comment answer { $round } { $statement } KÄSITTELY --reply … --supersedes`
comment-already-withdrawn = lausunto { $statement } on jo peruttu ({ $reason }, perujana { $by })
comment-already-withdrawn-hint = mitään ei kirjattu; aiempi peruminen on voimassa
comment-late-but-in-time = --late annettiin, mutta { $received } on lausuntokierroksen aikana ({ $opens } – { $closes }); lausunto kirjataan määräajassa saapuneeksi
comment-recorded = Kirjattiin lausunto { $statement }, lähettäjä { $from }, koskee linjausta { $guideline }, saapunut { $received }{ $late ->
    [yes] , myöhässä
   *[other] {""}
}.
comment-recorded-whole = Kirjattiin lausunto { $statement }, lähettäjä { $from }, saapunut { $received }{ $late ->
    [yes] , myöhässä
   *[other] {""}
}.
comment-cite-it = Viittaa siihen versiossa, joka vastaa siihen: `Addresses: { $statement }`
comment-column-ignored = saraketta `{ $column }` ei käytetä (nimeä se valinnalla --map SARAKE={ $column }, jos sitä tarvitaan)
comment-row-skipped = rivi { $row }: lausunto on jo kirjattu tunnuksella { $statement }; ohitettiin
comment-more-rows-skipped = … { $count } muuta riviä on jo kirjattu; ohitettiin
comment-nothing-to-import = Ei tuotavaa: { $count ->
    [one] tiedoston { $file } ainoa lausunto on
   *[other] tiedoston { $file } kaikki { $count } lausuntoa on
} jo kirjattu kierrokselle { $round }.
comment-imported = Tuotiin { $count ->
    [one] { $count } lausunto
   *[other] { $count } lausuntoa
} tiedostosta { $file } ({ $source }){ $late ->
    [0] {""}
   *[other] , myöhässä { $late }
}:
comment-answered = Vastattiin lausuntoon { $statement } (lähettäjä { $from }): { $disposition }. { $left ->
    [one] Kierroksella { $round } on vielä { $left } vastaamaton lausunto.
   *[other] Kierroksella { $round } on vielä { $left } vastaamatonta lausuntoa.
}
comment-withdrawn = Peruttiin lausunto { $statement } (lähettäjä { $from }); se säilyy kirjanpidossa eikä vaadi vastausta. { $left ->
    [one] Kierroksella { $round } on { $left } vastaamaton lausunto.
   *[other] Kierroksella { $round } on { $left } vastaamatonta lausuntoa.
}
deviation-until-before = --until { $until } on ennen poikkeaman päivämäärää { $date }
deviation-until-before-hint = anna poikkeaman viimeinen päivä valinnalla --until
deviation-unknown-none = hakemistossa reviews/deviations/ ei ole poikkeamaa `{ $code }` (yhtään ei ole kirjattu)
deviation-unknown = hakemistossa reviews/deviations/ ei ole poikkeamaa `{ $code }` (kirjatut: { $known })
deviation-unknown-hint = `riktlinjer deviation list` näyttää ne
deviation-already-ended = poikkeama { $code } päättyi jo { $date } ({ $reason }); kirjattua tosiasiaa ei muuteta
deviation-already-ended-hint = mitään ei kirjattu; jatkuva poikkeama kirjataan uudelleen komennolla `riktlinjer deviation add`
deviation-end-before-begin = --date { $date } on ennen poikkeaman alkua ({ $began })
deviation-end-before-begin-hint = anna --date, joka on { $began } tai myöhemmin
deviation-uncommitted = hakemistossa guidelines/ on tallentamattomia muutoksia; poikkeama sidotaan HEAD-version tallennettuun tekstiin
deviation-recorded = Poikkeama { $code }: { $project } poikkeaa linjauksesta { $guideline }.
deviation-recorded-until = Poikkeama { $code }: { $project } poikkeaa linjauksesta { $guideline } { $until } asti.
deviation-ended = Hankkeen { $project } poikkeama { $code } päättyy { $date }.
sign-not-allowed = { $reason }; tarkastus ei hyväksy allekirjoitusta, ennen kuin { $signers } sallii avaimen (rivi `PRINCIPAL namespaces="{ $namespace }" <julkinen avain>`, tallennettu ennen allekirjoitusta)

## Terminal: list, show and log

list-withdrawn-in = (kumottu kierroksella { $round })
list-empty = Linjauksia ei vielä ole. Lisää ne komennolla `riktlinjer import TIEDOSTO` tai kirjoittamalla guidelines/<id>.toml.
show-id-theme = tunnus: { $id } · teema: { $theme }
show-no-texts-in = (ei tekstejä kielellä `{ $lang }`)
show-missing = (puuttuu)
show-active-deviations = Voimassa olevat poikkeamat ({ $count })
log-empty-one = Mikään versio ei ole muuttanut linjausta `{ $guideline }`.
log-empty = Mikään versio ei ole vielä muuttanut linjauksia.
log-round-stage = kierros { $round }, vaihe { $stage }{ $open ->
    [yes] {" "}(kierros oli käynnissä)
   *[other] {""}
}
log-round = kierros { $round }{ $open ->
    [yes] {" "}(kierros oli käynnissä)
   *[other] {""}
}
log-addresses = vastaa lausuntoihin { $statements }
log-present-at-cutoff = mukana jo matalan historian alkaessa
log-added-renamed = lisätty (nimetty uudelleen, aiemmin { $from })
log-added = lisätty
log-removed-renamed = poistettu (nimetty uudelleen: { $to })
log-removed = poistettu
log-modified-texts-unchanged = muutettu (tekstit ennallaan)
log-modified = muutettu: { $fields ->
    [one] { $fields } kenttä
   *[other] { $fields } kenttää
}, { $words }
log-spacing-changed = välistys muuttunut
log-words-added = lisätty { $added ->
    [one] { $added } sana
   *[other] { $added } sanaa
}
log-words-removed = poistettu { $removed ->
    [one] { $removed } sana
   *[other] { $removed } sanaa
}
log-words-removed-added = poistettu { $removed ->
    [one] { $removed } sana
   *[other] { $removed } sanaa
}, lisätty { $added }
diff-review-round = tarkastelukierros { $round }: { $from } → { $to }
diff-number = numero:
diff-theme = teema:

## Terminal: init, import, fmt, ci

init-created = Linjausarkisto luotiin hakemistoon { $dir } (versio { $commit }).
init-example = Siinä on { $count ->
    [one] { $count } linjaus
   *[other] { $count } linjausta
}. Kokeile: riktlinjer --repo { $dir } list
init-next = Seuraavaksi: lisää linjauksia komennolla `riktlinjer import TIEDOSTO` tai muokkaa tiedostoja guidelines/*.toml, ja aja sitten `riktlinjer check`.
import-added-file = lisätty    { $file }  ({ $number } { $title })
import-changed-file = muutettu   { $file }  ({ $number } { $title })
import-changed-index = muutettu   { $file }  (otsikko ja johdanto)
import-summary = tuotiin { $count ->
    [one] { $count } linjaus
   *[other] { $count } linjausta
} ({ $lang }) tiedostosta { $file }: lisätty { $added }, muutettu { $changed }, ennallaan { $unchanged }{ $collection ->
    [yes] ; kokoelman teksti päivitetty
   *[other] {""}
}
import-not-committed = Mitään ei ole vielä tallennettu: tarkista komennolla `git diff`, aja `riktlinjer check` ja tallenna sitten.
fmt-not-canonical = { $file }: ei kanonisessa muodossa
fmt-ok = ok: { $total ->
    [one] { $total } tiedosto
   *[other] { $total } tiedostoa
} kanonisessa muodossa
fmt-would-reformat = { $changed }/{ $total } tiedostoa muotoiltaisiin uudelleen; aja `riktlinjer fmt` kirjoittaaksesi ne uudelleen{ $staged ->
    [yes]  ja sitten `git add`
   *[other] {""}
}
fmt-formatted = muotoiltiin { $file }
fmt-reformatted = { $changed }/{ $total } tiedostoa muotoiltiin uudelleen
ci-wrote = kirjoitettiin { $path }
ci-next = Seuraavaksi:
ci-explained = docs/forge.md selittää jokaisen työn ja mitä tehdä, kun jokin epäonnistuu.
man-wrote = ohjesivut kirjoitettiin hakemistoon { $dir }

## Terminal: report currency

currency-term-heading = Linjausten ajantasaisuus { $as-of } (versio { $commit })
currency-term-interval = Jokainen linjaus tarkistetaan { $months } kuukauden välein; "vuorossa" tarkoittaa, että tarkistus osuu { $window ->
    [one] seuraavan kuukauden aikana
   *[other] seuraavien { $window } kuukauden aikana
}.
currency-term-due-counts = Myöhässä: { $overdue }   Vuorossa: { $due }   Kunnossa: { $ok }
currency-term-changed-counts = Teksti muuttunut voimassa olevan hyväksynnän jälkeen: { $changed }   Ei kirjattua hyväksyntää: { $never-approved }   Käännöksiä jäljessä: { $behind }
currency-term-active-deviations = Voimassa olevia poikkeamia: { $count }
currency-state-ok = kunnossa
currency-state-due = vuorossa
currency-state-overdue = MYÖHÄSSÄ
currency-term-in-revision = Päivitettävänä kierroksella { $round }
currency-term-approved = Hyväksytty: { $approval }{ $changed ->
    [yes] {" "}— tekstiä on muutettu sen jälkeen
   *[other] {""}
}
currency-term-never-approved = Hyväksytty: ei kirjattua hyväksyntää
currency-term-last-check = Viimeisin ajantasaisuuden tarkistus: { $date } kierroksella { $round }: { $verdict }
currency-term-no-date = päivämäärää ei kirjattu
currency-term-no-check = Viimeisin ajantasaisuuden tarkistus: ei kirjattu
currency-term-next-due = Seuraava tarkistus viimeistään: { $due } ({ $months ->
    [one] { $months } kuukausi
   *[other] { $months } kuukautta
} { $basis ->
    [approval] hyväksynnän jälkeen
    [check] viimeisimmän tarkistuksen jälkeen
   *[other] lisäämisen jälkeen, koska sitä ei ole koskaan hyväksytty eikä tarkistettu
})
currency-term-changed-since = Muutettu hyväksynnän jälkeen: { $count ->
    [one] { $count } versio
   *[other] { $count } versiota
} ({ $dates })
currency-term-translation-behind = Käännös jäljessä: `{ $lang }` muutettu viimeksi { $changed }, alkuperäinen teksti { $primary }
currency-term-deviation-earlier-text = Poikkeama { $code } ({ $project }, alkaen { $date }) kirjattiin aiempaa tekstiä vasten (versio { $commit })

## Terminal: warnings and notes

history-shallow = tämä on matala klooni: katkaisuversioita edeltävä historia puuttuu, joten niitä ennen tehdyt muutokset ja hyväksynnät ovat tuntemattomia. Vastaukset, jotka ulottuvat katkaisukohtaa kauemmas (linjauksen ensimmäinen versio ja laatija, aiemmin kirjatut hyväksynnät ja ajantasaisuuden tarkistukset, muutokset aiemman hyväksynnän jälkeen, tarkastuksen muuttumattomuus- ja sidostarkistukset), eivät voi olla tarkkoja; aja `git fetch --unshallow` tarkkoja vastauksia varten
history-record-unreadable = tiedostoa { $path } ei voi tulkita sellaisena kuin se tallennettiin versiossa { $commit } ({ $reason }); se jätettiin pois ja muu historia luettiin
changelog-problems = hakemistossa reviews/ on { $count ->
    [one] { $count } ongelma
   *[other] { $count } ongelmaa
} versiossa { $commit } (aja `riktlinjer check`); kirjaukset, joita ei voi lukea, jätetään pois
diff-written = { $guidelines ->
    [one] { $guidelines } linjaus muuttunut
   *[other] { $guidelines } linjausta muuttunut
}: lisätty { $added }, poistettu { $removed }, muutettu { $modified }; { $changes ->
    [one] { $changes } muutos
   *[other] { $changes } muutosta
} { $fields ->
    [one] { $fields } kentässä
   *[other] { $fields } kentässä
}
diff-problems = { $count ->
    [one] { $count } ongelma
   *[other] { $count } ongelmaa
} linjaustiedostoissa ({ $where }) (aja `riktlinjer check`); vertailu näyttää ne sellaisinaan
list-problems = { $count ->
    [one] { $count } ongelma
   *[other] { $count } ongelmaa
} linjaustiedostoissa; luettelo voi olla puutteellinen (aja `riktlinjer check`)
show-withdrawn = linjaus { $number } ({ $guideline }) kumottiin kierroksella { $round }{ $date ->
    [unknown] {""}
   *[other] {" "}{ $date }
}: se ei ole enää voimassa; sen teksti säilytetään kirjanpidossa
show-no-texts = linjauksella { $number } ei ole vielä tekstejä kielellä `{ $lang }`
show-approved-on = , { $date }
show-approved-by = , hyväksyjä { $body }
show-approved-decision = {" "}(päätös { $decision })
show-in-force = voimassa { $date }: kierroksella { $round } hyväksytty teksti{ $how }
show-not-in-force-withdrawn = { $guideline } ei ollut voimassa { $date }: se kumottiin kierroksella { $round }{ $when ->
    [unknown] {""}
   *[other] {" "}{ $when }
}
show-not-in-force = linjauksen { $guideline } hyväksyttyä tekstiä ei ollut voimassa { $date }: yksikään sen hyväksyntä ei ole päivätty sinä päivänä tai aiemmin (`riktlinjer log { $guideline }` näyttää sen historian)
publish-uncommitted = hakemistossa guidelines/ on tallentamattomia muutoksia; sivusto näyttää vain tallennetun tekstin
publish-unreadable = tiedostoa { $path } ei voi lukea, eikä se ole sivustolla (aja `riktlinjer check`)
publish-wrote = kirjoitettiin version { $commit } sivuston { $files ->
    [one] { $files } tiedosto
   *[other] { $files } tiedostoa
} ({ $languages }) hakemistoon { $folder }; avaa { $start }
report-round-cancelled = kierros { $round } on peruttu (tapahtuma { $event }{ $reason }); se ei kuulu hyväksyntäketjun raportteihin, ja tämä yhteenveto on vain kirjanpitoa varten
report-round-uncommitted = { $count ->
    [one] { $count } tiedosto
   *[other] { $count } tiedostoa
} hakemistossa reviews/{ $round } on tallentamatta ({ $files }); yhteenveto näyttää versiossa { $commit } tallennetut kirjaukset
report-unknown-citation = versio { $commit } viittaa lausuntoon { $cited }, mutta kierroksella { $round } ei ole sellaista lausuntoa (`riktlinjer round status { $round }` luettelee ne)
report-uncommitted = hakemistossa guidelines/ on tallentamattomia muutoksia; raportti näyttää vain tallennetun historian
report-problems = { $count ->
    [one] { $count } ongelma
   *[other] { $count } ongelmaa
} linjaustiedostoissa ({ $where }); linjaukset, joita ei voi lukea, puuttuvat raportista (aja `riktlinjer check`)
report-wrote = kirjoitettiin { $path } ({ $summary })
report-comments-summary = { $count ->
    [one] { $count } lausunto
   *[other] { $count } lausuntoa
}, vastaamatta { $unanswered }
round-close-unanswered = kierrosta { $round } ei voi päättää, kun { $count ->
    [one] { $count } lausunto on
   *[other] { $count } lausuntoa on
} vastaamatta ({ $statements })
round-close-unanswered-hint = vastaa jokaiseen komennolla `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …` tai peru vahingossa kirjattu komennolla `riktlinjer comment withdraw { $round } ID --reason …`
# The commit message of an import (commit messages are English in every language: only en.ftl is read).
comment-import-commit = Record { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} to round { $round } imported from { $file }
hooks-commit-stopped = riktlinjer: versio pysäytettiin (viestissä { $count ->
    [one] { $count } virheellinen `Addresses:`-rivi
   *[other] { $count } virheellistä `Addresses:`-riviä
}). `git commit -e -F { $file }` aloittaa uudelleen kirjoittamastasi viestistä.
hooks-foreign = { $count ->
    [one] { $hooks } on jo olemassa, eikä riktlinjer kirjoittanut sitä
   *[other] { $hooks } ovat jo olemassa, eikä riktlinjer kirjoittanut niitä
}; mitään ei kirjoitettu
hooks-foreign-hint = { $count ->
    [one] aja `riktlinjer hooks install --force` korvataksesi sen (vanha säilytetään nimellä `<hook>.before-riktlinjer`)
   *[other] aja `riktlinjer hooks install --force` korvataksesi ne (vanhat säilytetään nimellä `<hook>.before-riktlinjer`)
}, tai kutsu `{ $binary } check --staged` ja `{ $binary } hooks commit-msg "$1"` omista koukuistasi
hooks-kept-old = vanha koukku { $hook } säilytettiin nimellä { $backup }
hooks-wrote = kirjoitettiin { $path }
hooks-installed = Jokainen versio ajaa nyt ensin `check --staged` ja `fmt --check --staged`, ja viestin `Addresses:`-rivit tarkistetaan.
hooks-binary = Koukut kutsuvat ohjelmaa { $binary }; asenna ne uudelleen, jos riktlinjer siirretään (tai aseta RIKTLINJER sen polkuun).

## Terminal: command-line help (clap)

help-usage = Käyttö:
help-commands = Komennot
help-options = Valinnat
help-arguments = Argumentit
help-flag-help = Näytä ohje
help-flag-version = Näytä versio
help-about = Git-pohjainen arkisto sitoville linjauksille ja niiden tarkasteluprosessille
help-cmd-init = Luo arkisto linjauksille (valinnalla `--example` 16 julkaistua linjausta)
help-cmd-import = Lue linjausten julkaistu teksti linjaustiedostoihin
help-cmd-check = Tarkista arkiston kaikki tiedostot; paluuarvo 1, jos ongelmia löytyy
help-cmd-list = Luettele linjaukset teemoittain ja numeroittain
help-cmd-show = Näytä yksi linjaus kaikkine kenttineen
help-cmd-fmt = Kirjoita TOML-tiedostot kanoniseen muotoon (tai tarkista, että ne ovat siinä)
help-cmd-diff = Näytä, mikä muuttui kahden version välillä, sana sanalta (teksti, Markdown, HTML, JSON, Word)
help-cmd-round = Vie tarkastelukierrosta: avaa, siirrä, hyväksy, arvioi, päätä, tila
help-cmd-round-open = Avaa tarkastelukierros työnkulun ensimmäisessä vaiheessa (tai ajantasaisuuden tarkistus)
help-cmd-round-advance = Siirrä kierros työnkulun seuraavaan vaiheeseen
help-cmd-round-approve = Kirjaa tallennetun tekstin hyväksyntä: aloittaa hyväksyntävaiheen
help-cmd-round-verdict = Kirjaa yhden linjauksen ajantasaisuusarvio: ajantasainen, päivitettävä tai kumottava
help-cmd-round-close = Päätä kierros (ei onnistu, jos lausuntoja on vastaamatta)
help-cmd-round-correct = Korjaa kirjatun tapahtuman päivämäärä, päätös, toimielin tai lausuntokierroksen päivämäärät uutena tapahtumana
help-cmd-round-cancel = Peru vahingossa avattu kierros: se poistuu raporteista ja säilyy kirjanpidossa
help-cmd-round-status = Missä kierros on (kaikki kierrokset ilman KIERROS-ID:tä)
help-cmd-comment = Kirjaa lausuntokierroksen lausunnot ja vastaukset niihin
help-cmd-comment-add = Kirjaa yksi lausuntokierroksella saapunut lausunto
help-cmd-comment-import = Kirjaa laskentataulukon kaikki lausunnot: .xlsx, .xls, .ods tai CSV (kaikki tai ei mitään)
help-cmd-comment-answer = Kirjaa vastaus lausuntoon (tai valinnalla --supersedes muutettu vastaus)
help-cmd-comment-withdraw = Peru kahdesti tai vahingossa kirjattu lausunto (lausunto säilyy kirjanpidossa)
help-cmd-log = Yhden linjauksen (tai kaikkien) historia: jokainen muutos, sen kierros ja lausunnot, joihin se vastaa
help-cmd-report = Historiasta vastattavat raportit: `report currency` (mitä vuotuisessa tarkistuksessa on vuorossa), `report comments` (kierroksen lausuntoyhteenveto)
help-cmd-report-currency = Linjauksittain: voimassa oleva hyväksyntä, viimeisin ajantasaisuuden tarkistus ja milloin seuraava tarkistus on vuorossa
help-cmd-report-comments = Tarkastelukierroksen lausuntoyhteenveto: jokainen lausunto, vastaus siihen ja sen johdosta tehdyt muutokset
help-cmd-audit = Todenna hyväksyntäketju historiasta; paluuarvo 1, jos jokin ei pidä
help-cmd-changelog = Linjausten muutosloki kierroksittain: mitä kukin hyväksyntä lisäsi, muutti ja kumosi
help-cmd-completions = Tulosta komentotulkin täydennysskripti (bash, zsh, fish, elvish, powershell)
help-cmd-man = Tulosta ohjesivu (tai kirjoita yksi komentoa kohden valinnalla --out HAKEMISTO)
help-cmd-deviation = Poikkeamarekisteri: kirjaa, päätä ja luettele hankkeiden perustellut poikkeamat linjauksesta
help-cmd-deviation-add = Kirjaa hankkeen perusteltu poikkeama linjauksesta
help-cmd-deviation-end = Kirjaa poikkeaman päättyminen (poikkeama säilyy kirjanpidossa)
help-cmd-deviation-list = Rekisteri: kaikki poikkeamat, voimassa olevat, päättyneet tai vanhentuneet
help-cmd-publish = Kirjoita linjausten julkinen sivusto: jokainen hyväksytty versio omassa osoitteessaan, toimijakohtaiset sivut, syöte, haku
help-cmd-hooks = Git-koukut, jotka pysäyttävät virheellisen version: `hooks install` (pre-commit: check ja fmt lavastetulle; commit-msg: `Addresses:`-rivit)
help-cmd-hooks-install = Kirjoita pre-commit- ja commit-msg-koukut arkiston koukkuhakemistoon (`core.hooksPath`, jos asetettu)
help-cmd-hooks-commit-msg = Tarkista versioviestitiedoston `Addresses:`-rivit (minkä commit-msg-koukku ajaa); paluuarvo 1 virheellisestä
help-cmd-ci = CI koodialustalle: `ci init gitlab|github` kirjoittaa putken (check, audit, jokaisen pyynnön sanatason vertailu, sivusto Pagesissa)
help-cmd-ci-init = Kirjoita koodialustan CI-määritys arkistoon (`.gitlab-ci.yml` tai `.github/workflows/riktlinjer.yml`)
help-arg-repo = Linjausten arkisto (oletus: nykyisen hakemiston sisältävä git-arkisto)
help-arg-color = Milloin päätteen tuloste väritetään
help-arg-wait = Kuinka kauan kirjaava komento odottaa toista samaan arkistoon kirjaavaa, sekunteina; sitten se luovuttaa paluuarvolla 75
help-arg-lang = Päätteen viestien kieli: sv, fi tai en (oletus: RIKTLINJER_LANG, sitten LC_ALL, LC_MESSAGES, LANG; muuten englanti). Asiakirjan kirjoittavilla komennoilla (diff, list, show, round status, report, changelog, import) on oma `--lang`, joka nimeää asiakirjan kielen (oletus: kokoelman pääkieli); niissä yksi `--lang` ennen komentoa tai sen jälkeen nimeää molemmat

## Site (publish): fixed words of the pages

site-language-name = suomi
site-skip = Siirry sisältöön
site-home = Etusivu
site-navigation = Sivuston navigointi
site-languages = Kieli
site-themes = Teemat
site-actors = Toimijat
site-rounds = Käsittelykierrokset
site-search = Haku
site-search-label = Hae linjauksista
site-no-results = Ei osumia.
site-results = Osumat
site-all-guidelines = Kaikki linjaukset
site-search-fallback = Haku tarvitsee JavaScriptin; ilman sitä alla oleva luettelo on koko hakemisto.
site-currency = Ajantasaisuusraportti
site-changelog = Muutosloki
site-feed = Atom-syöte
site-in-force-since = Voimassa alkaen
site-in-force = Voimassa
site-not-approved = Ei hyväksytty
site-in-revision = Päivitettävänä kierroksella
site-withdrawn = Kumottu
site-superseded = Korvattu
site-superseded-by = Korvattu versiolla
site-since = alkaen
site-next-due = Seuraava tarkistus viimeistään
site-decision = Päätös
site-body = Elin
site-date = Päivämäärä
site-stage = Vaihe
site-round = Kierros
site-open-round = Käynnissä oleva käsittelykierros
site-comment-deadline = Lausunnot viimeistään
site-comment-round = Lausuntokierros
site-trail = Hyväksymisen jäljet
site-history = Historia
site-version = Versio
site-diff-previous = muutokset edelliseen versioon
site-first-version = ensimmäinen hyväksytty versio
site-statements = Linjausta koskevat lausunnot
site-from = Lähettäjä
site-answer = Vastaus
site-unanswered = Ei vielä vastattu
site-deviations = Poikkeamat linjauksesta
site-decided-by = Päättäjä
site-deviation-ended = Lopetettu
site-unapproved-banner = Tekstiä on muutettu hyväksymisen jälkeen. Merkityt kohdat eivät ole hyväksyttyjä.
site-unapproved-field = Muutettu hyväksymisen jälkeen – ei hyväksytty
site-unapproved-diff = Katso muutokset hyväksyttyyn tekstiin
site-not-translated = Tätä linjausta ei ole vielä suomeksi.
site-read-primary = Lue alkuperäinen teksti
site-no-versions = Yhtään versiota ei ole vielä hyväksytty.
site-none = Ei merkintöjä.
site-version-in-force = Tämä versio on voimassa.
site-version-superseded = Tämä versio ei ole enää voimassa: se on korvattu.
site-version-withdrawn = Tämä versio ei ole enää voimassa: linjaus on kumottu.
site-in-force-from = Voimassa
site-until = –
site-current-text = Linjauksen ajantasainen sivu
site-stages = Vaiheet ja päivämäärät
site-round-diff = Kierroksen muutokset (rinnakkain)
site-round-comments = Lausuntotiivistelmä
site-scope = Kierroksen linjaukset
site-opened = Avattu
site-state-open = käynnissä
site-state-approved = hyväksytty
site-state-closed = päättynyt
site-state-cancelled = peruttu
site-actor-asks = Mitä linjaukset edellyttävät toimijalta
site-machine-readable = Koneluettava
site-export = Kokoelma JSON-muodossa
site-schema = JSON-skeema
site-owner = Omistaja
site-statement = Linjaus
site-description = Kuvaus
site-published-from = Julkaistu versiosta
site-guideline = Linjaus
site-feed-approved = Hyväksytty
site-feed-opened = Käsittelykierros avattu
site-feed-deadline = Lausunnot viimeistään
site-back = Sivustolle
site-about = Tietoa linjauksista
site-deviation-state-0 = voimassa
site-deviation-state-1 = ei vielä alkanut
site-deviation-state-2 = päättynyt määräaikaan
site-deviation-state-3 = lopetettu

## options
options-or = tai
options-format-mismatch = --format { $format } ei vastaa tiedostoa --out { $path }, jonka tiedostopääte on { $extension }
options-format-mismatch-hint = jätä --format pois, tai anna tiedostolle muodon pääte (esim. `.{ $ext }`)
options-unknown-extension = --out { $path }: tiedostopääte `.{ $ext }` ei nimeä mitään muotoa, joten muotoa ei tiedetä
options-no-extension = --out { $path }: tiedostonimessä ei ole päätettä, joten muotoa ei tiedetä
options-unknown-extension-hint = anna muoto (`--format { $format }`), tai anna tiedostolle jonkin muodon pääte ({ $extensions })
options-format-not-written = --out { $path }: tiedostopääte on { $format }, mutta `riktlinjer { $command }` kirjoittaa muodot { $formats }
options-format-not-written-hint = anna tiedostolle jonkin niistä pääte ({ $extensions })
options-binary-docx = Word-asiakirja on binäärimuotoinen eikä sitä voi näyttää päätteessä
options-binary-xlsx = työkirja on binäärimuotoinen eikä sitä voi näyttää päätteessä
options-binary-hint = kirjoita se tiedostoon valitsimella `--out { $file }`

## errors (2)
round-folder-exists = reviews/{ $round }/ on jo olemassa
round-folder-exists-hint = valitse kierrokselle toinen tunnus (tai poista kansio, jos se ei ole kierros)
round-bad-kind = --kind: { $reason }
round-sign-nothing = --sign allekirjoittaa toimielimen päätöksen: `{ $stage }` on { $kind ->
    [preparation] valmisteluvaihe
    [treatment] käsittelyvaihe
    [comment-round] lausuntokierrosvaihe
    [notice] tiedoksiantovaihe
    [approval] hyväksyntävaihe
   *[other] { $kind }-vaihe
}, joten allekirjoitettavaa ei ole
round-sign-nothing-hint = allekirjoita käsittely komennolla `round advance … --sign`, hyväksyntä komennolla `round approve … --sign`, tai aseta vaiheelle `require_signatures = true` tiedostossa reviews/workflow.toml
round-dates-not-comment-stage = --opens ja --closes kuuluvat lausuntokierrosvaiheeseen; `{ $stage }` on { $kind ->
    [preparation] valmisteluvaihe
    [treatment] käsittelyvaihe
    [comment-round] lausuntokierrosvaihe
    [notice] tiedoksiantovaihe
    [approval] hyväksyntävaihe
   *[other] { $kind }-vaihe
}
round-dates-not-comment-stage-hint = jätä --opens ja --closes pois ja anna päivämäärä valinnalla --date
round-close-early-hint = sulkeaksesi lausuntokierroksen etuajassa kirjaa ensin sen päättymispäivän muutos: `riktlinjer round correct { $round } { $event } --closes VVVV-KK-PP --reason …`
round-verdict-nothing-to-supersede = linjauksella `{ $guideline }` ei ole vielä arviota kierroksella { $round }, joten korvattavaa ei ole
supersedes-leave-out-hint = jätä --supersedes pois
round-correct-dates-not-comment = --opens ja --closes korjaavat lausuntokierroksen päivämääriä; { $event } ei ole lausuntokierroksen tapahtuma
round-correct-dates-not-comment-hint = jätä --opens ja --closes pois; --date, --decision ja --body korjaavat muita tapahtumia
round-decision-give = anna päätöksen viite
round-reason-give = kerro syy, sillä kirjaus säilyttää sen osana jäljitettävyyttä
record-no-text-to-bind = ei ole tekstiä, johon tosiasian voisi sitoa
record-no-guidelines-folder = HEAD-versiossa ei ole kansiota guidelines/
record-no-guidelines-folder-hint = tallenna linjaukset ensin (`git add guidelines && git commit`)
commit-guidelines-first-hint = tallenna linjaukset ensin (`git add guidelines && git commit`)
record-file-exists = { $path } on jo olemassa; kirjattuja tosiasioita ei koskaan korvata
record-file-exists-hint = onko tämä jo kirjattu? Katso `git status` ja `riktlinjer round status`
record-forbidden-character = tätä ei voi kirjata: teksti `…{ $text }…` sisältää merkin { $character }; tekstissä saa olla sarkain ja rivinvaihto, mutta ei muita ohjausmerkkejä eikä ei-merkkejä
record-forbidden-character-hint = poista se ja aja komento uudelleen; mitään ei kirjattu
record-no-guidelines = --guidelines ei nimeä yhtään linjausta
record-no-guidelines-hint = kirjoita `all`, numeroita (`1,3,7`) tai tunnuksia
sign-not-a-public-key = { $what } ei ole OpenSSH-julkinen avain ({ $reason })
sign-not-a-public-key-hint = anna `ssh-ed25519 AAAA…` tai avaintiedoston polku
sign-no-key = --sign tarvitsee avaimen, eikä sitä ole annettu tai määritetty
sign-no-key-hint = anna se valinnalla `--key ~/.ssh/id_ed25519` (tai sen `.pub`, jos avain on ssh-agentissa) tai aseta se kerran komennolla `git config user.signingkey ~/.ssh/id_ed25519`
sign-cannot-read-public-key = julkisen avaimen tiedostoa { $path } ei voi lukea: { $reason }
sign-cannot-read-public-key-hint = anna avaintiedosto valinnalla --key POLKU
sign-cannot-read-key = avaintiedostoa { $path } ei voi lukea: { $reason }
sign-cannot-read-key-hint = anna OpenSSH-yksityisavain valinnalla --key POLKU
sign-cannot-sign = allekirjoitus avaimella { $what } ei onnistu: { $reason }
sign-no-agent = { $what } nimeää julkisen avaimen, joka allekirjoittaa ssh-agentin kautta, eikä SSH_AUTH_SOCK ole asetettu
sign-no-agent-hint = käynnistä agentti (`eval $(ssh-agent)`) ja lisää avain komennolla `ssh-add`, tai anna yksityisavaimen tiedosto valinnalla --key
show-in-force-on-not-a-day = --in-force-on { $day }: anna päivä (VVVV-KK-PP tai P.K.VVVV), esim. { $example }
show-nothing-ever-in-force = mikään versio ei ole vielä lisännyt linjauksia, joten mikään ei ole koskaan ollut voimassa
show-approved-text-unreadable = kierroksella { $round } hyväksyttyä linjauksen { $guideline } tekstiä (blob { $blob }) ei voi lukea linjauksena
run-audit-hint = aja `riktlinjer audit`
currency-as-of-not-a-date = --as-of `{ $value }` ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP, esim. 2026-01-31
currency-nothing-to-report = mikään versio ei ole vielä lisännyt linjauksia, joten raportoitavaa ei ole
currency-as-of-too-early = --as-of { $as_of } on ennen linjausten ensimmäistä versiota ({ $first }); silloin mitään ei ollut kirjattu
currency-as-of-too-early-hint = anna päivämäärä { $first } tai myöhemmin
changelog-range-hint = kirjoita MISTÄ..MIHIN kahdella pisteellä (esim. `HEAD~5..HEAD`), `MISTÄ..` (HEADiin asti) tai `..MIHIN` (alusta)
changelog-range-symmetric = `{ $range }` on symmetrinen väli (kolme pistettä); muutosloki ottaa välin yhdeltä historian linjalta
changelog-not-a-range = `{ $range }` ei ole väli
changelog-to-not-ancestor = MIHIN `{ $to }` ({ $commit }) ei ole { $head } eikä mikään sen edeltäjistä; muutosloki lukee haaran { $head } historiaa
changelog-to-not-ancestor-hint = vaihda ensin siihen haaraan tai nimeä tämän haaran versio
changelog-from-not-older = MISTÄ `{ $from }` ({ $from_commit }) ei ole MIHIN-kohdan `{ $to }` ({ $to_commit }) vanhempi versio: välillä { $range } ei ole versioita
diff-name-two-revisions-hint = tai nimeä kaksi verrattavaa revisiota
diff-no-recorded-round = kirjattua kierrosta `{ $round }` ei ole
diff-bound-commit-missing = kierros `{ $round }`: { $name } on sidottu versioon { $commit }, jota ei ole tässä arkistossa
diff-bound-commit-missing-hint = onko historiaa kirjoitettu uudelleen? `riktlinjer audit` tarkistaa jokaisen kirjauksen historiaa vasten
ci-bad-source = --source { $source }: git-osoitteessa ei voi olla merkkiä { $character }
ci-bad-source-hint = anna se muodossa `https://palvelin/ryhmä/riktlinjer.git`
ci-file-exists = { $path } on jo olemassa; mitään ei kirjoitettu
ci-file-exists-hint = korvaa se komennolla `riktlinjer ci init { $forge } --force` (`git diff` näyttää sitten, mikä muuttui)
comment-map-no-equals = --map { $map }: sarakkeen ja otsikon välissä ei ole merkkiä `=`
comment-map-no-equals-hint = kirjoita SARAKE=OTSIKKO, esim. --map text=Kommentit
comment-nothing-to-supersede = lausuntoon { $statement } ei ole vielä vastattu, joten korvattavaa ei ole
comment-reply-empty-give = kirjoita vastaus kuten lausuntoyhteenvedossa
comment-withdraw-reason-give = kerro, miksi lausunto perutaan (se säilyy kirjattuna)
csv-dialect-not-csv = --csv-dialect { $dialect }: murre koskee vain muotoa --format csv
csv-dialect-not-csv-hint = lisää `--format csv` tai jätä --csv-dialect pois
completions-no-folder = --out { $path }: kansiota ei ole olemassa
completions-no-folder-hint = luo se ensin (`mkdir -p { $path }`)
hooks-path-not-utf8 = tämän ohjelman polku ({ $path }) ei ole UTF-8-muotoinen, joten koukku ei voi nimetä sitä
hooks-path-not-utf8-hint = siirrä riktlinjer tavalliseen polkuun
deviation-required-give = anna se: rekisteri säilyttää sen osana jäljitettävyyttä
report-comments-needs-committed = yhteenveto laaditaan tallennetuista kirjauksista
record-refused = { $what } ei voi kirjata: { $rule }
record-what-event = kierroksen { $round } tapahtumaa { $stem }
record-what-verdict = kierroksen { $round } arviota { $stem }
rules-problems = { $count ->
    [one] 1 ongelma
   *[other] { $count } ongelmaa
}: { $list }
rules-correction-unnamed = korjauksen on nimettävä korjaamansa tapahtuma (`corrects = "03-comment-round"`)
rules-correction-no-target = tämä korjaa tapahtumaa `{ $target }`, mutta kierroksella { $round } ei ole aiempaa sen nimistä tapahtumaa
rules-correction-stage = korjaus säilyttää korjaamansa tapahtuman vaiheen (`{ $stage }`), ei `{ $got }`
rules-after-end = kierros { $round } päättyi tapahtumaan { $end }; sen jälkeen voi tulla vain korjauksia
rules-dated-before-open = päivätty { $date }, ennen kuin kierros { $round } avattiin ({ $opened })
rules-dated-before-previous = päivätty { $date }, ennen tapahtumaa, jonka jälkeen se tulee ({ $previous }, { $previous_date })
rules-dated-after-recorded = päivätty { $date }, kirjaamisen jälkeen ({ $recorded }); tosiasia kirjataan, kun se on tapahtunut
rules-check-stage = ajantasaisuuden tarkistuskierroksen tapahtumilla on vaihe `{ $check }` ([currency_check] tiedostossa reviews/workflow.toml), ei `{ $stage }`
rules-check-no-approval = ajantasaisuuden tarkistus kirjaa arvioita, ei hyväksyntää
rules-entered-twice = vaihe `{ $stage }` aloitetaan kahdesti
rules-unknown-stage = vaihetta `{ $stage }` ei ole tiedostossa reviews/workflow.toml (vaiheet: { $stages })
rules-wrong-action = vaihe `{ $stage }` on tyyppiä { $kind }: se aloitetaan toiminnolla "{ $action }"
rules-second-approval = kierros { $round } on jo hyväksytty (tapahtuma { $first }); kierroksella on yksi hyväksyntä
rules-goes-back = kierros palaa vaiheesta `{ $from }` vaiheeseen `{ $to }`
rules-skips = kierros ohittaa vaiheet { $skipped } ennen vaihetta `{ $stage }`
rules-closes-before-opens = lausuntokierros päättyy ({ $closes }) ennen kuin se alkaa ({ $opens })
rules-opens-before-round = lausuntokierros alkaa ({ $opens }) ennen kuin kierros { $round } avattiin ({ $opened })
rules-comment-dates-missing = lausuntokierroksen tapahtuma tarvitsee päivämäärät `opens` ja `closes`
rules-open-until = päivätty { $date }, mutta lausuntokierros ({ $event }) on auki { $closes } asti; { $kind ->
    [approval] hyväksyntä
   *[other] tiedoksianto
} tulee vasta sen päätyttyä
rules-verdict-before-open = arvio on päivätty { $date }, ennen kuin sen tarkistuskierros { $round } avattiin ({ $opened })
rules-verdict-after-recorded = arvio on päivätty { $date }, kirjaamisen jälkeen ({ $recorded })
rules-verdict-after-close = arvio on päivätty { $date }, sen jälkeen kun kierros { $round } päättyi ({ $event })
rules-verdict-recorded-after-close = arvio kirjattiin { $recorded }, sen jälkeen kun kierros { $round } päättyi ({ $event }, kirjattu { $closed })
rules-received-after-recorded = saapunut { $received }, kirjaamisen jälkeen ({ $recorded })
rules-received-outside = saapunut { $received }, lausuntokierroksen ({ $opens }–{ $closes }) ulkopuolella, mutta ei merkitty myöhästyneeksi
audit-message-rule = { $place }: { $rule }
audit-action-rule-event-date = kirjattua tosiasiaa ei muokata: korjaa se uudella tosiasialla, `riktlinjer round correct { $round } { $stem } --date VVVV-KK-PP --reason …` (tai `--closes` lausuntokierroksen päättymispäivälle)
audit-action-rule-verdict-date = kirjaa arvio uudelleen oikealla päivämäärällä: `riktlinjer round verdict { $round } { $guideline } ARVIO --supersedes --date VVVV-KK-PP --note …`
audit-action-rule-statement-date = peru lausunto (`riktlinjer comment withdraw { $round } { $round }/S-{ $stem } --reason …`) ja kirjaa se uudelleen valinnalla `--late`
audit-action-rule-order = väärässä järjestyksessä olevaa tapahtumaa ei voi perua: jos kierros avattiin vahingossa, `riktlinjer round cancel { $round } --reason …`; muuten kirjaa se, mitä todella tapahtui, korjauksena (`riktlinjer round correct { $round } …`) ja perustele se
audit-message-binding-malformed = { $place }: sidos ei koostu objektitunnuksista ({ $keys }), joten ei voi tietää, mihin tekstiin kirjaus on sidottu
audit-action-binding-malformed = kirjausta ei voi korjata paikallaan: kirjaa tosiasia uudelleen riktlinjerillä, joka sitoo sen tallennettuun tekstiin
audit-message-history-rewritten = { $place }: kirjaus on sidottu versioon { $commit }, jota ei enää ole HEAD-version historiassa: historiaa kirjoitettiin uudelleen (rebase, amend tai reset) kirjaamisen jälkeen
audit-action-history-rewritten = palauta alkuperäinen historia (`git reflog` näyttää, missä HEAD on ollut; `git reset --hard <se versio>` palaa siihen, tai `git merge { $commit }`, jos versio on yhä olemassa); jos uudelleenkirjoitus jää voimaan, kirjaa tosiasia uudelleen nykyiseen tekstiin sidottuna
audit-message-tree-mismatch = { $place }: kirjattu linjausten puu { $tree } ei ole version { $commit } puu ({ $actual })
audit-message-tree-mismatch-none = { $place }: kirjattu linjausten puu { $tree } ei ole version { $commit } puu (ei kansiota guidelines/)
audit-message-blob-mismatch = { $place }: linjauksen `{ $guideline }` kirjattu teksti ({ $blob }) ei ole sen teksti versiossa { $commit } ({ $actual })
audit-message-blob-mismatch-absent = { $place }: linjauksen `{ $guideline }` kirjattu teksti ({ $blob }) ei ole sen teksti versiossa { $commit } (puuttuu)
audit-action-binding-mismatch = kirjaus ei kuvaa tekstiä, jota se väittää kuvaavansa: selvitä, miten se tehtiin (`git log -p -- TIEDOSTO`), ja kirjaa tosiasia uudelleen riktlinjerillä
audit-message-check-stage-renamed = ajantasaisuuden tarkistuksen vaiheen tunnus oli `{ $then }`, kun kierros { $round } kirjasi tapahtumansa, ja on nyt `{ $now }`
audit-message-stage-removed = vaihe `{ $stage }`, jonka kierros { $round } aloitti, poistettiin
audit-message-stage-kind-changed = vaihe `{ $stage }`, jonka kierros { $round } aloitti, vaihtoi tyyppiä: { $from } → { $to }
audit-message-stage-answers-changed = vaihe `{ $stage }`, jonka kierros { $round } aloitti, muutti asetuksen `requires_answers` arvoon { $value }
audit-message-stage-order-changed = vaiheiden `{ $first }` ja `{ $second }`, jotka kierros { $round } kävi läpi, järjestys muuttui (niiden välistä siirrettiin, lisättiin tai poistettiin vaiheita)
audit-action-workflow-changed = palauta vaiheet, joita kirjatut tapahtumat käyttävät (`git show { $commit }~1:reviews/workflow.toml` on työnkulku ennen muutosta); lisää uudet vaiheet niiden jälkeen tai anna muutetulle prosessille uudet vaihetunnukset
audit-action-workflow-changed-unknown = palauta tiedostoon reviews/workflow.toml vaiheet, joita kirjatut tapahtumat käyttävät; lisää uudet vaiheet niiden jälkeen tai anna muutetulle prosessille uudet vaihetunnukset
audit-signer-any = jokin tiedoston reviews/allowed_signers päämies
audit-signer-principal = päämies `{ $principal }`
audit-the-body = toimielin
audit-message-signature-missing = vaiheen `{ $stage }` { $action ->
    [approve] hyväksyntää
   *[other] päätöstä
} (tekijä { $body }) ei ole allekirjoitettu: { $sig } puuttuu (allekirjoittajan on oltava { $who })
audit-action-signature-missing = hyväksyjä allekirjoittaa tapahtumatiedoston sellaisena kuin se tallennettiin ja tallentaa allekirjoituksen: `ssh-keygen -Y sign -n { $namespace } -f AVAIN { $path }`, sitten `git add { $sig }` ja tallenna se
audit-message-no-signers-file = ; { $signers } ei ollut olemassa versiossa { $commit }, joka kirjasi allekirjoituksen
audit-message-signature-invalid = { $problem }{ $no_signers } (vaiheen `{ $stage }` { $action ->
    [approve] hyväksyntä
   *[other] päätös
}, tekijä { $body }, allekirjoittajana { $who })
audit-action-signature-invalid = selvitä, kuka allekirjoitti ja tallensi sen (`ssh-keygen -Y check-novalidate -n { $namespace } -s { $sig } < { $path }`, `git show --stat { $commit }`); tallennettua allekirjoitusta ei koskaan korvata, joten tämä havainto jää kirjaksi tapahtuneesta: jos avain on hyväksyjän, lisää se tiedostoon { $signers } ({ $who }), jotta seuraava allekirjoitus pätee

## summaries of written files
summary-changes = { $count ->
    [one] { $count } muutos
   *[other] { $count } muutosta
}
summary-findings = { $count ->
    [one] { $count } havainto
   *[other] { $count } havaintoa
}
summary-deviations = { $count ->
    [one] { $count } poikkeama
   *[other] { $count } poikkeamaa
}
summary-rounds = { $count ->
    [one] { $count } kierros
   *[other] { $count } kierrosta
}
summary-guideline = linjaus { $number }

## option help
help-opt-active = Vain tänään voimassa olevat poikkeamat
help-opt-actor = Toimija, jota poikkeama koskee (toimijan tunniste tiedostosta guidelines/index.toml)
help-opt-as-of = Päivä, jonka mukaan raportoidaan (VVVV-KK-PP; oletus: tänään): mikä oli silloin vuorossa, historiasta siihen päivään asti
help-opt-at = Lue tämän git-revision mukaan (versio, tagi, haara, `HEAD~3`): tiedostot sellaisina kuin ne siellä tallennettiin ja historia siihen asti
help-opt-base-url = Osoite, josta sivustoa tarjotaan (`https://example.org/riktlinjer`), syötteen ja JSON-LD:n absoluuttisia linkkejä varten; sivut linkittävät suhteellisesti joka tapauksessa
help-opt-body = Tekstin valmisteleva toimielin (oletus: ensimmäisen vaiheen toimielin)
help-opt-check = Älä muuta mitään; luettele tiedostot, jotka eivät ole kanonisessa muodossa, ja palauta 1, jos niitä on
help-opt-ci-init-force = Korvaa jo olemassa oleva tiedosto
help-opt-closes = Lausuntokierroksen viimeinen päivä (pakollinen lausuntokierrokselle): VVVV-KK-PP tai P.K.VVVV
help-opt-code = Poikkeama (`D-7f3a2c`)
help-opt-comment-add-date = Milloin se saapui (valinnainen, oletus tänään): VVVV-KK-PP tai P.K.VVVV
help-opt-comment-add-from = Lausunnon antanut organisaatio (tai henkilö)
help-opt-comment-add-guideline = Linjaus, jota se koskee, tunniste tai numero (oletus: koko kokoelma)
help-opt-comment-answer-supersedes = Korvaa lausunnon kirjattu vastaus tällä (aiempi vastaus säilyy kirjanpidossa korvattuna)
help-opt-comment-import-file = Laskentataulukko: työkirja (.xlsx, .xls, .ods) tai CSV; otsikkorivi, sitten yksi lausunto riviä kohden (tai yksi vastaaja riviä kohden valinnalla --layout wide)
help-opt-comment-import-late = Hyväksy lausuntokierroksen ulkopuolella saapuneet lausunnot; ne merkitään myöhästyneiksi
help-opt-csv-dialect = Miten `--format csv` kirjoitetaan: `standard` (UTF-8, `,`, LF) tai `excel` (UTF-8 ja BOM, `;`, CRLF)
help-opt-date = Milloin se tapahtui (valinnainen, oletus tänään; ei tulevaisuudessa): VVVV-KK-PP tai P.K.VVVV, tai VVVV-KK / VVVV, kun vain se tiedetään
help-opt-decided-by = Poikkeamasta päättänyt toimielin
help-opt-decision = Päätös tai sen viite
help-opt-deviation-add-guideline = Linjaus: sen tunniste tai nykyinen numero
help-opt-deviation-add-reason = Miksi hanke poikkeaa linjauksesta
help-opt-deviation-list-guideline = Vain tätä linjausta koskevat poikkeamat (tunniste tai nykyinen numero)
help-opt-deviation-list-project = Vain tämän hankkeen poikkeamat
help-opt-diff-guideline = Vain nämä linjaukset (tunnisteet tai numerot, pilkuin eroteltuina tai toistettuina)
help-opt-diff-lang = Vain nämä kielet (pilkuin eroteltuina tai toistettuina; oletus: kaikki kielet). Ensimmäistä käytetään otsikoissa. Päätteen viestit seuraavat sitä myös (katso yleinen `--lang`)
help-opt-diff-round = Vertaa tarkastelukierrokselle KIERROS-ID kirjattuja tekstejä (oletus: sen avautuessa voimassa ollut teksti hyväksyttyyn tekstiin, tai työhakemistoon niin kauan kuin hyväksyntää ei ole)
help-opt-dir = Luotava hakemisto (tai käytettävä olemassa oleva git-arkisto); oletus: nykyinen hakemisto
help-opt-disposition = `accepted`, `partly`, `rejected` tai `noted`; ruotsiksi `accepterad`, `delvis`, `avslagen`, `antecknad`, suomeksi `hyväksytty`, `osittain`, `hylätty`, `"merkitty tiedoksi"` (tallennetaan englanniksi)
help-opt-encoding = CSV-tiedoston merkistö (oletus: tunnistetaan; UTF-8 BOMilla tai ilman, muuten Windows-1252)
help-opt-event = Korjattava tapahtuma: sen tiedostonimi ilman päätettä (`03-comment-round`) tai numero (`3`)
help-opt-example = Kirjoita myös sosiaali- ja terveysministeriön 16 julkaistua linjausta
help-opt-field = Kenttä, jota se koskee, esim. `sv.description` tai `sv.actors.klient`
help-opt-file = Julkaistu teksti (UTF-8) julkaisun tekstiviennin muodossa
help-opt-fmt-staged = Valinnan `--check` kanssa: tarkista lavastetut tiedostot (indeksi: mitä seuraava versio sisältää) työhakemiston sijaan; minkä pre-commit-koukku ajaa
help-opt-force = Korvaa koukut, joita riktlinjer ei kirjoittanut; vanhat säilytetään vieressä nimellä `<hook>.before-riktlinjer`
help-opt-forge = Koodialusta
help-opt-format = Tulostemuoto (oletus: se, jonka `--out`-tiedoston pääte ilmaisee: .txt, .md, .html, .json, .csv, .docx, .xlsx)
help-opt-from = Vanha versio: mikä tahansa git-revisio (oletus: HEAD)
help-opt-from-stage = Valinnan --round kanssa: vanha puoli; `base`, vaiheen tunniste (sen ensimmäinen tapahtuma) tai tapahtuma (`03-comment-round` tai `03`)
help-opt-guideline = Linjauksen tunniste (`samarbete`) tai numero (`1`)
help-opt-guidelines = Rajaukseen kuuluvat linjaukset: `all`, numerot (`1,3,7`) tai tunnisteet
help-opt-hooks-commit-msg-file = Versioviestin sisältävä tiedosto (git antaa `.git/COMMIT_EDITMSG`)
help-opt-import-lang = Tekstin kieli (oletus: kokoelman ensisijainen kieli). Päätteen viestit seuraavat sitä myös (katso yleinen `--lang`)
help-opt-in-force-on = Näytä teksti, joka oli voimassa tänä päivänä (VVVV-KK-PP tai P.K.VVVV), hyväksyntäketjusta: viimeisimmän samana päivänä tai aiemmin päivätyn hyväksynnän teksti, ellei sitä ole siihen mennessä kumottu. Paluuarvo 1, kun hyväksyttyä tekstiä ei ollut voimassa sinä päivänä
help-opt-key = Yksityisen avaimen tiedosto, jolla allekirjoitetaan (ed25519 tai ecdsa nistp256; oletus: `git config user.signingkey`), tai ssh-agentin (`SSH_AUTH_SOCK`) hallussa olevan avaimen julkisen avaimen tiedosto (`.pub` ilman yksityistä avainta vieressään)
help-opt-kind = `revision` (työnkulun vaiheiden läpi) tai `currency-check` (vuotuinen ajantasaisuuden tarkistus)
help-opt-lang = Asiakirjan kieli: sen otsikot ja vakiosanamuodot sekä nimet ja otsikot, kun kokoelmassa on ne (oletus: kokoelman ensisijainen kieli). JSON- ja CSV-avaimet pysyvät englanninkielisinä. Päätteen viestit seuraavat sitä myös (katso yleinen `--lang`)
help-opt-late = Hyväksy lausuntokierroksen ulkopuolella saapunut lausunto; se merkitään myöhästyneeksi
help-opt-layout = `long`: yksi lausunto riviä kohden. `wide`: yksi rivi vastaajaa kohden ja yksi sarake kysymystä tai linjausta kohden, otsikon ilmaistessa linjauksen numeron tai tunnisteen (`3`, `Linjaus 3`, `samarbete`); yksi lausunto kutakin ei-tyhjää solua kohden
help-opt-log-guideline = Linjauksen tunniste tai nykyinen numero (oletus: kaikki linjaukset). Kumottu linjaus löytyy tunnisteellaan
help-opt-man-out = Kirjoita yksi sivu komentoa kohden (`riktlinjer.1`, `riktlinjer-round.1`, …) tähän olemassa olevaan hakemistoon pääsivun tulostamisen sijaan
help-opt-map = Käytä saraketta OTSIKKO kentälle SARAKE (from, text, guideline, field, date; valinnalla --layout wide from, date ja text yleiselle sarakkeelle); voidaan toistaa
help-opt-no-commit = Kirjoita ja lavasta tiedostot, mutta älä tallenna versiota
help-opt-note = Vapaa huomautus
help-opt-opens = Lausuntokierroksen ensimmäinen päivä (pakollinen lausuntokierrokselle): VVVV-KK-PP tai P.K.VVVV
help-opt-out = Kirjoita tuloste TIEDOSTOON (atomisesti; sen hakemiston on oltava olemassa) vakiotulosteen sijaan
help-opt-project = Linjauksesta poikkeava hanke (tai suunnitelma)
help-opt-publish-out = Hakemisto, johon sivusto kirjoitetaan (luodaan; sen ylähakemiston on oltava olemassa; aiempi sivusto siinä korvataan, muut hakemistot torjutaan)
help-opt-range = Vain versiot välillä MISTÄ..MIHIN (git-revisiot; `MISTÄ..` HEADiin tai `--at`-kohtaan asti; `..MIHIN` alusta). Oletus: koko historia
help-opt-reason = Miksi (pakollinen): säilytetään kirjauksessa ja versioviestissä
help-opt-reply = Vastaus, kuten lausuntoyhteenvedossa
help-opt-report-comments-round = Tarkastelukierros (sen hakemisto reviews/-hakemistossa)
help-opt-require-signatures = Vaadi, että jokaisella käsittely- ja hyväksyntätapahtumalla on kelvollinen SSH-allekirjoitus (katso docs/signing.md); `require_signatures = true` vaiheessa tiedostossa reviews/workflow.toml vaatii sen kyseiselle vaiheelle
help-opt-round = Kierros
help-opt-round-advance-body = Toimiva toimielin (oletus: vaiheen toimielin)
help-opt-round-advance-date = Milloin (pakollinen, paitsi lausuntokierrokselle, jolle oletus on --opens): VVVV-KK-PP tai P.K.VVVV, VVVV-KK, VVVV tai `unknown`, kun lähde ei kerro päivämäärää
help-opt-round-approve-body = Päättävä toimielin (oletus: hyväksyntävaiheen toimielin)
help-opt-round-approve-date = Päätöksen päivämäärä (pakollinen): VVVV-KK-PP tai P.K.VVVV (tai VVVV-KK, VVVV); lausuntokierroksen päätyttyä
help-opt-round-approve-decision = Päätöksen viite, esim. diaarinumero
help-opt-round-correct-body = Oikea toimielin
help-opt-round-correct-closes = Lausuntokierroksen oikea viimeinen päivä (aiempi päivä päättää sen ennenaikaisesti)
help-opt-round-correct-date = Oikea päivämäärä (valinnainen): VVVV-KK-PP tai P.K.VVVV (VVVV-KK tai VVVV, kun vain se tiedetään)
help-opt-round-correct-decision = Oikea päätös tai sen viite
help-opt-round-correct-opens = Lausuntokierroksen oikea ensimmäinen päivä
help-opt-round-open-note = Tiedostoon round.toml tallennettava huomautus
help-opt-round-open-round = Uuden kierroksen tunniste (hakemiston nimi reviews/-hakemistossa, esim. `2026-1`)
help-opt-round-status-round = Kierros (oletus: kaikki kierrokset)
help-opt-round-verdict-guideline = Linjaus (tunniste tai numero)
help-opt-round-verdict-note = Miksi, tai mitä pitää päivittää
help-opt-round-verdict-round = Ajantasaisuuden tarkistuksen kierros
help-opt-sheet = Luettava työkirjan taulukko (oletus: ensimmäinen)
help-opt-shell = Komentotulkki: bash, zsh, fish, elvish tai powershell
help-opt-sign = Allekirjoita tapahtuma SSH-avaimellasi (SSHSIG, nimiavaruus riktlinjer-approval@riktlinjer); allekirjoitus tallennetaan tapahtuman viereen nimellä `events/NN-<stage>.toml.sig`
help-opt-source = Git-osoite, josta riktlinjer käännetään CI:ssä (`cargo install --git URL`), kun CI:n RIKTLINJER-ohjelmaa ei löydy; ilman sitä aseta RIKTLINJER valmiiksi käännettyyn ohjelmaan koodialustan CI-asetuksissa
help-opt-stage = Vaihe, johon siirrytään (sen tunniste tiedostossa reviews/workflow.toml); sen on oltava seuraava vaihe
help-opt-staged = Tarkista lavastettu (indeksi: mitä seuraava versio sisältää) työhakemiston sijaan; minkä pre-commit-koukku ajaa
help-opt-statement = Lausunto: `S-7f3a2c` tai `2026-1/S-7f3a2c`
help-opt-supersedes = Korvaa linjauksen tällä kierroksella kirjattu arvio tällä (aiempi arvio säilyy kirjanpidossa korvattuna)
help-opt-text = Mitä siinä sanotaan
help-opt-title = Mitä kierros koskee
help-opt-to = Uusi versio: mikä tahansa git-revisio (oletus: työhakemisto)
help-opt-to-stage = Valinnan --round kanssa: uusi puoli; `base`, vaiheen tunniste (sen viimeinen tapahtuma) tai tapahtuma
help-opt-until = Viimeinen päivä, jona se on voimassa (oletus: kunnes se päätetään)
help-opt-verdict = `current` (vahvistetaan sellaisenaan), `revise` (päivityskierroksen on seurattava) tai `withdraw`; ruotsiksi `aktuell`, `revidera`, `upphäv`, suomeksi `ajantasainen`, `päivitettävä`, `kumottava` (tallennetaan englanniksi)
progress-history = luetaan historiaa
progress-commits = versiota
progress-recording = kirjataan
progress-files = tiedostoa
progress-comparing = verrataan hyväksyttyjä tekstejä
progress-approvals = hyväksyntää
record-unfinished = tieto on kirjattu (versio { $commit }), mutta työhakemistoa tai indeksiä ei saatu ajan tasalle: { $error }
record-unfinished-hint = aja `git checkout HEAD -- { $paths }` (tai mikä tahansa riktlinjerin kirjaava komento, joka korjaa sen) ennen kuin tallennat mitään muuta
lock-holder-process = prosessi { $pid }
lock-holder-host = koneella { $host }
lock-holder-command = kirjaa `{ $command }`
lock-holder-since = ({ $started } alkaen)
deviation-gone-guideline = { $id } (ei enää kokoelmassa)
deviation-from = { $date } alkaen
deviation-until = { $date } asti
deviation-ended-on = päättyi { $date }
deviation-field-guideline = Linjaus
deviation-field-actor = Toimija
deviation-field-decided-by = Päättänyt
deviation-field-reason = Perustelu
deviation-field-ended = Päättyi
deviation-field-note = Huom
deviation-text-changed = linjauksen teksti on muuttunut poikkeaman kirjaamisen jälkeen
deviation-none = Poikkeamia ei ole kirjattu.
deviation-total = { $count ->
    [one] { $count } poikkeama
   *[other] { $count } poikkeamaa
}, { $active } voimassa
deviation-col-code = Poikkeama
deviation-col-state = Tila
deviation-col-project = Hanke
deviation-col-period = Ajanjakso
deviation-state-active = voimassa
deviation-state-pending = ei vielä alkanut
deviation-state-expired = päättynyt määräaikaan
deviation-state-ended = lopetettu
status-md-no-rounds = Tarkastelukierroksia ei vielä ole.
status-md-heading = Kierros { $id }: { $title }
status-md-kind = Laji:
status-md-events = Tapahtumat
status-md-events-columns = # | Päivämäärä | Vaihe | Toimenpide | Toimielin | Päätös | Huomautus | Sidottu versioon | Teksti muuttunut jälkeen
status-md-statements = Lausunnot
status-md-none = Ei kirjattuja.
status-md-statements-columns = Tunniste | Saapunut | Lähettäjä | Koskee | Lausunto | Vastaus | Vastausteksti
status-md-verdicts = Arviot ({ $counts })
status-md-verdicts-columns = Linjaus | Arvio | Päivämäärä | Huomautus
status-md-next = Seuraavaksi

## Diagnostics of check (src/store)

store-not-a-guideline-file = tämä tiedosto ei ole linjaus (linjaustiedostojen nimet päättyvät `.toml`); siirrä se pois hakemistosta guidelines/
store-guideline-is-link = tämä on symbolinen linkki, ja riktlinjer lukee vain tavallisia tiedostoja (git tallentaisi linkin, ei tekstiä): korvaa se tiedostolla, johon se osoittaa (`cp --remove-destination "$(readlink -f FILE)" FILE`), tai poista se
store-guideline-is-folder = tämä on hakemisto, jonka nimi on kuin linjaustiedoston; linjaukset ovat tiedostoja suoraan hakemistossa guidelines/: nimeä hakemisto uudelleen tai siirrä se pois hakemistosta guidelines/
store-numbers-free = { $count ->
    [one] {" "}(numero { $numbers } on vapaa)
   *[other] {" "}(numerot { $numbers } ovat vapaita)
}
store-number-twice = numeroa { $number } käyttää useampi kuin yksi linjaus ({ $guidelines }); anna jokaiselle linjaukselle oma numero{ $free }
store-numbers-missing = {" "}(puuttuvat: { $numbers })
store-number-outside = numero { $number } on välin 1..{ $count } ulkopuolella ({ $count ->
    [one] linjauksia on vain { $count }
   *[other] linjauksia on { $count }
}); numeroiden on oltava 1..{ $count } ilman aukkoja{ $missing }
store-hint-did-you-mean = {" "}(tarkoititko `{ $suggestion }`?)
store-hint-expected-one-of = {" "}(odotettiin jotakin näistä: { $keys })
store-unknown-setting = tuntematon asetus `{ $key }`{ $hint }
store-unknown-field = tuntematon kenttä `{ $key }`{ $hint }
store-unknown-field-in = tuntematon kenttä `{ $key }` osassa [{ $lang }]{ $hint }
store-lacks-key = { $context }: `{ $key }` puuttuu; lisää `{ $key } = "…"`
store-must-be-text = `{ $key }` on annettava tekstinä lainausmerkeissä
store-not-a-declared-language = `{ $key }` ({ $context }) ei ole ilmoitettu kieli (languages = [{ $languages }]); ilmoita se kohdassa `languages` tai poista se
store-must-be-text-in = `{ $key }` ({ $context }) on annettava tekstinä lainausmerkeissä
store-not-utf8 = tiedosto ei ole UTF-8-tekstiä (tässä on virheellinen tavu); tallenna se UTF-8-merkistökoodauksella
store-forbidden-character = tekstissä on { $character }; teksti saa sisältää sarkaimen ja rivinvaihdon, mutta ei muita ohjausmerkkejä eikä ei-merkkejä: poista se
store-conflict-marker = tässä on yhdistämisristiriidan merkki `{ $marker }` (git jätti sen yhdistämisestä, jota se ei saanut valmiiksi): säilytä haluamasi teksti, poista merkkirivit `<<<<<<<`, `=======` ja `>>>>>>>` ja aja sitten `riktlinjer check`
store-invalid-toml = virheellinen TOML (TOML-lukijan sanoin): { $reason }
store-languages-empty = kohdassa `languages` on mainittava vähintään yksi kieli, pääkieli ensin
store-complete-language-unknown = täydellinen kieli `{ $lang }` puuttuu kohdasta `languages`
store-must-be-language-table = `{ $key }` on annettava taulukkona, jossa on teksti kullakin kielellä, esim. `[{ $key }]` ja sen alla `sv = "…"`
store-collection-lacks-table = kokoelmasta puuttuu `[{ $key }]` (teksti kullakin kielellä)
store-review-interval = `review_interval_months` on annettava kokonaisena kuukausimääränä väliltä 1–120
store-collection-lacks-list = kokoelmasta puuttuu `{ $key }`, esim. `{ $key } = ["sv", "fi"]`
store-must-be-list = `{ $key }` on annettava tekstien luettelona, esim. ["sv", "fi"]
store-list-only-texts = `{ $key }` saa sisältää vain tekstejä lainausmerkeissä
store-collection-lacks-entries = kokoelmasta puuttuvat `[[{ $key }]]`-merkinnät (kussakin `id` ja nimi kullakin kielellä)
store-must-be-entries = `{ $key }` on kirjoitettava `[[{ $key }]]`-taulukkoina, kussakin `id` ja nimi kullakin kielellä
store-context-entry = tämä `[[{ $key }]]`-merkintä
store-declared-twice = `{ $id }` on ilmoitettu kahdesti kohdassa `[[{ $key }]]`
store-context-named-entry = `{ $key }`-merkintä `{ $id }`
store-file-name-not-an-id = tiedostonimi `{ $id }.toml` ei ole kelvollinen tunnus (käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä, esim. `{ $slug }.toml`)
store-lacks-number = linjauksesta puuttuu `number`; lisää esim. `number = 1`
store-number-not-whole = `number` on annettava kokonaislukuna 1:stä ylöspäin
store-context-guideline = linjaus
store-hint-did-you-mean-bare = tarkoititko `{ $suggestion }`?
store-hint-the-themes-are = teemat ovat: { $themes }
store-unknown-theme = tuntematon teema `{ $theme }` ({ $hint }); teemat ilmoitetaan tiedostossa guidelines/index.toml
store-lacks-language = linjauksesta puuttuvat sen `[{ $lang }]`-tekstit, jotka kokoelma vaatii
store-language-not-table = `{ $lang }` on annettava taulukkona: kirjoita `[{ $lang }]` ja sen kentät sen alle
store-text-empty = `{ $lang }.{ $key }` on tyhjä
store-lacks-actors = osasta [{ $lang }] puuttuu `[{ $lang }.actors]`, jossa on kappale kullekin toimijalle
store-actors-not-table = `{ $lang }.actors` on annettava taulukkona: `[{ $lang }.actors]`
store-hint-the-actors-are = toimijat ovat: { $actors }
store-unknown-actor = tuntematon toimija `{ $key }` osassa [{ $lang }.actors] ({ $hint }); toimijat ilmoitetaan tiedostossa guidelines/index.toml
store-actor-empty = toimijan `{ $key }` kappale osassa [{ $lang }.actors] on tyhjä
store-actor-not-text = `{ $lang }.actors.{ $key }` on annettava tekstinä lainausmerkeissä
store-lacks-actor = osasta [{ $lang }.actors] puuttuu toimijan `{ $actor }` kappale
store-record-conflict-markers = tiedostossa on gitin yhdistämisristiriidan merkkejä: kaksi haaraa kirjasi eri tosiasiat samalla nimellä (tunnusten törmäys). Säilytä tässä tiedostossa yksi versio ja kirjaa toinen tosiasia uudelleen riktlinjerillä, joka antaa sille uuden tunnuksen
store-record-unknown-field = tuntematon kenttä `{ $key }`; sallitut kentät ovat { $fields }
store-record-missing-field = kenttä `{ $key }` puuttuu
store-record-unreadable = kirjausta ei voi lukea (lukijan sanoin): { $reason }
store-bad-round-id = `{ $id }` ei kelpaa kierroksen tunnukseksi; käytä kirjaimia, numeroita sekä merkkejä `-`, `_` ja `.` (alussa kirjain tai numero), esim. `2026-1`
store-stray-review-file = hakemistossa reviews/ ovat workflow.toml, allowed_signers ja yksi hakemisto kutakin kierrosta kohden; siirrä tämä tiedosto muualle
store-workflow-unknown-key-close = tuntematon avain `{ $key }` ({ $context }) (tarkoititko `{ $suggestion }`?)
store-workflow-unknown-key-languages = tuntematon avain `{ $key }` ({ $context }): se ei ole asetus ({ $settings }) eikä ilmoitettu kieli ({ $languages })
store-workflow-unknown-key = tuntematon avain `{ $key }` ({ $context }): se ei ole asetus ({ $settings }) eikä kielikoodi
store-workflow-name-not-text = nimi `{ $key }` ({ $context }) on annettava tekstinä lainausmerkeissä
store-workflow-has = työnkulussa ovat `[[stages]]` ja `[currency_check]`
store-workflow-unknown-setting = tuntematon asetus `{ $key }` ({ $hint })
store-workflow-no-stages = työnkulussa ei ole vaiheita; lisää `[[stages]]`-taulukot (kussakin `id`, `kind` ja nimi kullakin kielellä) järjestyksessä
store-workflow-stages-not-tables = `stages` on kirjoitettava `[[stages]]`-taulukkoina, yksi kutakin vaihetta kohden, järjestyksessä
store-context-stage = tämä vaihe
store-stage-lacks-id = tästä `[[stages]]`-merkinnästä puuttuu `id`; lisää esim. `id = "ka-treatment"`
store-stage-id-not-slug = vaiheen tunnuksessa `{ $id }` saa olla vain pieniä kirjaimia, numeroita ja yhdysmerkkejä, esim. `ka-treatment`
store-stage-lacks-kind = tästä vaiheesta puuttuu `kind`; kirjoita jokin näistä: { $kinds }
store-unknown-stage-kind = tuntematon vaihetyyppi `{ $kind }`{ $hint }; tyypit ovat: { $kinds }
store-must-be-bool = `{ $key }` on oltava `true` tai `false`
store-stage-no-name = tällä vaiheella ei ole nimeä; lisää nimi kullakin kielellä, esim. `sv = "Utlåtanderunda"`
store-stage-id-twice = vaiheen tunnusta `{ $id }` käytetään kahdesti; anna jokaiselle vaiheelle oma tunnus
store-currency-check-not-table = `currency_check` on annettava taulukkona: `[currency_check]`
store-check-id-not-slug = tunnuksessa `{ $id }` saa olla vain pieniä kirjaimia, numeroita ja yhdysmerkkejä
store-check-id-is-stage = `{ $id }` on jo erään vaiheen tunnus; anna ajantasaisuuden tarkistukselle oma tunnus
store-deviation-end-orphan = tämä päättää poikkeaman { $code }, jota ei ole kirjattu (tiedostoa { $path } ei ole)
store-stray-deviation-folder = hakemistossa reviews/deviations/ on yksi tiedosto kutakin poikkeamaa kohden sekä ends/; siirrä tämä hakemisto muualle
store-record-not-toml = kirjaukset ovat `.toml`-tiedostoja; siirrä tämä tiedosto pois hakemistosta reviews/
store-not-an-object-id = `{ $key }` on `{ $id }`, ei objektin tunnus (40 heksadesimaalinumeroa): kirjaus ei ole sidottu mihinkään tekstiin; kirjausta ei korjata paikallaan, joten kirjaa tosiasia uudelleen riktlinjerillä
store-first-supersedes = ensimmäinen kirjaus ei korvaa mitään, mutta tämä mainitsee `{ $supersedes }`; korvaava versio on tiedosto nimeltä `{ $base }.r2.toml`
store-revision-supersedes = kirjauksen `{ $base }` version { $revision } on korvattava `{ $expected }` (kirjoita `supersedes = "{ $expected }"`), ja sen kirjauksen on oltava olemassa
store-round-no-round-toml = tässä hakemistossa ei ole tiedostoa round.toml, joten se ei ole arviointikierros; `riktlinjer round open` luo kierrokset
store-round-no-guidelines = kierros ei mainitse yhtään linjausta
store-event-file-name = tapahtumatiedoston nimi on muotoa `NN-<stage>.toml` (esim. `03-comment-round.toml`)
store-event-stage-mismatch = tiedosto on nimetty vaiheen `{ $named }` mukaan, mutta se kirjaa vaiheen `{ $stage }`
store-event-number-twice = kahdella tapahtumalla on numero { $seq } ({ $first } ja { $second }); kaksi haaraa kirjasi kumpikin vaiheen. Säilytä ensin tapahtunut ja kirjaa toinen uudelleen
store-statement-file-name = lausuntotiedoston nimi on `S-<code>.toml`, jossa on 6 pientä heksadesimaalinumeroa (esim. `S-7f3a2c.toml`); lausuntotiedostot kirjoittaa `riktlinjer comment add`
store-statement-code-mismatch = tunnus { $round }/S-{ $code } ei vastaa lausunnon sisältöä (josta tulee S-{ $expected }): kirjattua lausuntoa ei saa muokata eikä nimetä uudelleen, koska commitit viittaavat siihen tunnuksella. Palauta se komennolla `git checkout -- { $file }`
store-statement-out-of-scope = linjaus `{ $guideline }` ei kuulu kierroksen { $round } linjauksiin ({ $guidelines })
store-field-not-a-path = `{ $field }` ei ole kentän polku; kirjoita LANG.title, LANG.statement, LANG.description tai LANG.actors.ACTOR
store-field-lacks-language = kohdasta `{ $field }` puuttuu kieli
store-field-language-unknown = `{ $lang }` ei ole kokoelman kieli ({ $languages })
store-field-without-guideline = kenttää koskevan lausunnon on mainittava linjauksensa
store-answer-orphan = tämä vastaa lausuntoon `{ $round }/{ $statement }`, mutta kierroksella { $round } ei ole sellaista lausuntoa (statements/{ $statement }.toml puuttuu)
store-withdrawal-orphan = tämä peruu lausunnon `{ $round }/{ $statement }`, mutta kierroksella { $round } ei ole sellaista lausuntoa (statements/{ $statement }.toml puuttuu)
store-verdict-wrong-round = kierroksen { $round } tyyppi on `{ $kind }`; arviot kuuluvat ajantasaisuuden tarkistuksiin (`currency-check`)
store-verdict-out-of-scope = arviotiedosto nimetään kierrokseen kuuluvan linjauksen mukaan; `{ $guideline }` ei ole mikään näistä: { $guidelines }
fmt-not-utf8 = tiedosto ei ole UTF-8-tekstiä; tallenna se UTF-8-merkistökoodauksella
error-output-not-a-file = --out { $path }: se on { $what ->
    [link] symbolinen linkki
    [folder] hakemisto
   *[special] jokin muu kuin tavallinen tiedosto (laite, putki tai pistoke)
}, ja riktlinjer korvaa kirjoittamansa tiedoston; mitään ei kirjoitettu
error-output-not-a-file-hint = anna uuden tai tavallisen tiedoston polku; jätä --out pois, niin tuloste kirjoitetaan vakiotulosteeseen
## Import, signing, dates and help (errs2)

date-not-a-date = `{ $date }` ei ole päivämäärä; kirjoita VVVV-KK-PP, tai VVVV-KK tai VVVV, kun vain kuukausi tai vuosi tiedetään
date-not-a-date-lenient = `{ $date }` ei ole päivämäärä; kirjoita VVVV-KK-PP (tai P.K.VVVV), tai VVVV-KK tai VVVV, kun vain kuukausi tai vuosi tiedetään
date-no-month = `{ $date }` ei ole päivämäärä: kuukautta { $month } ei ole
date-no-day = `{ $date }` ei ole päivämäärä: kuussa { $month } ei ole päivää { $day }
date-year-range = `{ $date }` ei ole päivämäärä: vuoden on oltava välillä 1000–9999
date-no-such-day = `{ $date }` ei ole päivämäärä (päivää { $day }, kuukautta { $month }, vuotta { $year } ei ole olemassa)
cell-error-value = solussa on virhearvo { $value } (epäonnistunut kaava); kirjoita soluun itse arvo
cell-not-a-date = `{ $date }` ei ole päivämäärä; kirjoita VVVV-KK-PP, P.K.VVVV tai K/P/VVVV (perässä saa olla kellonaika), tai VVVV-KK tai VVVV, kun vain kuukausi tai vuosi tiedetään
cell-year-four-digits = `{ $date }` ei ole päivämäärä: kirjoita vuosi neljällä numerolla (VVVV-KK-PP, P.K.VVVV tai K/P/VVVV, perässä saa olla kellonaika, tai VVVV-KK tai VVVV, kun vain kuukausi tai vuosi tiedetään)
cell-slashed-no-day = `{ $date }` ei ole päivämäärä (vuonna { $year } ei ole kuukauden { $a } päivää { $b } eikä kuukauden { $b } päivää { $a })
cell-date-ambiguous = `{ $date }` on monitulkintainen: { $month_first } (kuukausi ensin, kuten amerikanenglanninkielinen LibreOffice ja Excel kirjoittavat) tai { $day_first } (päivä ensin){ $why }; kirjoita se muodossa VVVV-KK-PP tai P.K.VVVV
cell-date-ambiguous-both-orders = , ja sarakkeessa on päivämääriä kummassakin järjestyksessä
cell-date-ambiguous-no-order = , eikä mikään muu sarakkeen päivämäärä näytä järjestystä
cell-day-month-year = { $day }. { $month ->
    [1] tammikuuta
    [2] helmikuuta
    [3] maaliskuuta
    [4] huhtikuuta
    [5] toukokuuta
    [6] kesäkuuta
    [7] heinäkuuta
    [8] elokuuta
    [9] syyskuuta
    [10] lokakuuta
    [11] marraskuuta
   *[12] joulukuuta
} { $year }
sheet-column-from = lausunnon lähettänyt organisaatio
sheet-column-text = lausunnon teksti
sheet-column-guideline = linjaus
sheet-column-field = kenttä
sheet-column-date = vastaanottopäivä
sheet-file-empty = tiedosto on tyhjä; siinä pitää olla otsikkorivi ja yksi rivi kutakin lausuntoa kohden
sheet-unknown-encoding = --encoding { $encoding }: tuntematon merkistö; käytä utf-8, windows-1252 tai latin1 (ISO-8859-1)
sheet-not-in-encoding = tiedosto ei ole { $encoding }-tekstiä (tavu { $byte } tässä ei voi olla { $encoding }); se on luultavasti Windows-1252 (Latin-1), jona Excel tallentaa CSV:n Windowsissa: aja uudelleen valinnalla --encoding windows-1252, tai jätä --encoding pois, niin merkistö tunnistetaan
sheet-nul-byte = tämä ei näytä CSV-tiedostolta: rivillä { $line } on NUL-tavu (binääritiedosto, tai UTF-16-tekstiä ilman BOM-merkkiä); tallenna taulukko CSV-muodossa UTF-8- tai Windows-1252-merkistöllä
sheet-control-character = tekstiä ei voi lukea merkistöllä { $encoding }: rivillä { $line } on ohjausmerkki { $character }; anna tiedoston merkistö valinnalla --encoding (esim. utf-8, windows-1252, latin1)
sheet-encoding-of-workbook = --encoding { $encoding }: { $path } on työkirja, joka kertoo itse merkistönsä; --encoding koskee CSV-tiedostoja
sheet-encoding-of-workbook-hint = jätä --encoding pois
sheet-sheet-of-csv = --sheet { $sheet }: { $path } on CSV-tiedosto, jossa on vain yksi taulukko; --sheet valitsee työkirjan (.xlsx, .xls tai .ods) taulukon
sheet-sheet-of-csv-hint = jätä --sheet pois
sheet-unclosed-quote = tämä lainausmerkki aloittaa solun, jota ei koskaan suljeta, joten koko loppu tiedostosta olisi yksi solu; sulje se merkillä `"` (lainausmerkki lainausmerkein rajatun solun sisällä kirjoitetaan `""`)
sheet-row-shape = { $cells } { $cells ->
    [one] solu
   *[other] solua
}, mutta otsikkorivillä on { $width }; teksti, jossa on `{ $separator }` tai rivinvaihto, on kirjoitettava lainausmerkkeihin
sheet-source-csv = { $encoding }, erottimena `{ $separator }`
sheet-source-sheet = taulukko `{ $sheet }`
sheet-separator-tab = sarkain
sheet-separated-by = {" "}(erottimena `{ $separator }`)
sheet-map-no-such-column = --map { $column }={ $header }: tiedostossa ei ole saraketta `{ $header }`; sen sarakkeet ovat: { $columns }
sheet-columns-ambiguous = useampi kuin yksi sarake sopii tiedolle ”{ $what }”: { $columns }; valitse yksi valinnalla --map { $column }=OTSIKKO
sheet-no-column = ei saraketta tiedolle ”{ $what }” (etsittiin otsikkoa { $names }); tiedoston sarakkeet ovat: { $columns }{ $separated }. Nimeä sarake valinnalla --map { $column }=OTSIKKO
sheet-cell-empty = { $what } (sarake `{ $header }`) on tyhjä
sheet-no-statements = tiedostossa on otsikkorivi mutta ei lausuntoja; lisää yksi rivi kutakin lausuntoa kohden
sheet-map-in-wide = --map { $column }=…: valinnalla --layout wide kunkin lausuntosarakkeen otsikko ilmaisee linjauksen (`3`, `Linjaus 3`, `samarbete`); --map { $column } koskee valintaa --layout long
sheet-map-in-wide-hint = jätä --map { $column }=… pois, tai lue taulukko valinnalla --layout long
sheet-header-names-no-guideline = sarake `{ $header }` ei ilmaise linjausta; valinnalla --layout wide kunkin lausuntosarakkeen otsikko ilmaisee linjauksen numeron tai tunnisteen (`Linjaus 3`, `3`, `samarbete`)
sheet-header-unknown-guideline = sarake `{ $header }`: { $reason }; lausuntosarakkeen otsikko ilmaisee linjauksen numeron tai tunnisteen
sheet-no-guideline-column = mikään taulukon sarake ei ilmaise linjausta; valinnalla --layout wide kunkin lausuntosarakkeen otsikko ilmaisee linjauksen numeron tai tunnisteen (`3`, `Linjaus 3`, `samarbete`), tai se on yleinen sarake (`Kommentarer`, `Kommentit`, `Comments`). Sarakkeet ovat: { $columns }
sheet-not-csv = ei luettavissa CSV-muodossa: { $reason }
workbook-unreadable = ei luettavissa työkirjana ({ $reason }); tuo .xlsx-, .xls- tai .ods-tiedosto sellaisena kuin Excel tai LibreOffice sen tallentaa, tai taulukko CSV-muodossa
workbook-damaged = sisältö on vioittunut
workbook-no-sheets = työkirjassa ei ole taulukoita
workbook-no-such-sheet = --sheet { $sheet }: työkirjassa { $path } ei ole taulukkoa `{ $sheet }`; sen taulukot ovat: { $sheets }
workbook-no-such-sheet-hint = nimeä jokin niistä valinnalla --sheet
workbook-sheet-unreadable = taulukkoa `{ $sheet }` ei voi lukea: { $reason }
workbook-sheet-empty = taulukko `{ $sheet }` on tyhjä; siinä pitää olla otsikkorivi ja yksi rivi kutakin lausuntoa kohden{ $others }
workbook-other-sheets = {" "}(valitse toinen valinnalla --sheet; taulukot ovat: { $sheets })
comment-from-empty = organisaatio on tyhjä
comment-text-empty = lausunnon teksti on tyhjä
comment-received-in-future = vastaanottopäivä { $date } on tulevaisuudessa (tänään on { $today })
comment-guideline-out-of-scope = linjaus `{ $guideline }` ei kuulu kierrokseen { $round } ({ $guidelines })
comment-field-unknown-language = `{ $lang }` ei ole kokoelman kieli ({ $languages })
comment-field-unknown-actor = `{ $actor }` ei ole kokoelman toimija ({ $actors })
comment-field-needs-guideline = kenttä `{ $field }` tarvitsee linjauksen, johon se kuuluu
comment-received-late = vastaanotettu { $date }, lausuntokierroksen ({ $opens }–{ $closes }) ulkopuolella; myöhästynyt lausunto kirjataan vain valinnalla --late, ja se merkitään myöhästyneeksi
published-language = { $lang ->
    [sv] ruotsi
    [fi] suomi
   *[en] englanti
}
published-empty = tiedosto on tyhjä; odotettiin linjausten julkaistua tekstiä
published-binary = tämä on binääritiedosto eikä tekstitiedosto; odotettiin linjausten julkaistua tekstiä (UTF-8)
published-not-utf8 = rivi { $line } ei ole UTF-8-tekstiä; tallenna tiedosto UTF-8-muodossa ja tuo se uudelleen
published-no-headings = tämä ei näytä linjausten julkaistulta tekstiltä: teeman otsikkoa ({ $themes }) eikä linjauksen otsikkoa kuten `Punkt 1: Samarbete` löytynyt
published-no-guideline-heading = tämä ei näytä linjausten julkaistulta tekstiltä: teemaotsikoiden ({ $themes }) jälkeen ei löytynyt linjauksen otsikkoa kuten `Punkt 1: Samarbete`
published-heading-before-theme = linjauksen otsikko on ennen yhtäkään teeman otsikkoa
published-unknown-theme = `{ $heading }` näyttää teeman otsikolta, mutta guidelines/index.toml ei määrittele sellaista teemaa (teemat: { $themes }); lisää teema sinne tai korjaa otsikko
published-unexpected-line = odotettiin sisällysluettelon riviä (`1. Otsikko`), teeman otsikkoa tai linjauksen otsikkoa (`Punkt 1: Otsikko`), löytyi `{ $line }`
published-toc-no-heading = sisällysluettelossa on linjaus { $number } ({ $title }), mutta tekstissä ei ole otsikkoa `… { $number }: { $title }`
published-toc-title-differs = otsikossa lukee `{ $heading }`, mutta sisällysluettelossa (rivi { $line }) linjauksella { $number } on otsikko `{ $title }`; yhtenäistä ne
published-number-twice = linjauksen numero { $number } esiintyy kahdesti (ensimmäisen kerran rivillä { $line })
published-label-of-other-language = `{ $label }` on rivin otsikko kielellä { $label_language }, mutta tekstiä tuodaan kielellä { $language } (`--lang { $lang }`), jolla rivien otsikot ovat `{ $statement }` ja `{ $description }`; tuo tämä tiedosto valinnalla `--lang { $label_lang }`, tai anna vienti kielellä { $language }
published-actors-too-early = linjauksen { $number } toimijarivi on ennen sen rivejä `{ $statement }` ja `{ $description }`
published-actor-count = toimijaotsikossa on { $named } { $named ->
    [one] toimija
   *[other] toimijaa
}; kokoelmassa on { $declared }
published-expected-statement-row = odotettiin linjauksen { $number } riviä `{ $label }` (`{ $label }<TAB>teksti`), löytyi `{ $line }`
published-expected-actor-header = odotettiin linjauksen { $number } toimijaotsikkoa ({ $actors } toimijan nimeä sarkaimin erotettuina), löytyi rivi, jossa on { $cells } { $cells ->
    [one] solu
   *[other] solua
}
published-actor-row-cells = linjauksen { $number } toimijarivillä on { $cells } { $cells ->
    [one] solu
   *[other] sarkaimin erotettua solua
}; odotettiin { $actors } (yksi kutakin toimijaa kohden)
published-lacks = linjauksesta { $number } ({ $title }) puuttuu { $what }
published-lacks-row = sen rivi `{ $label }`
published-lacks-actor-header = toimijaotsikko
published-lacks-actor-paragraphs = toimijoiden kappaleiden rivi
signing-not-a-private-key = se ei ole OpenSSH-yksityisavain ({ $reason })
signing-passphrase = avain on suojattu tunnuslauseella, jota työkalu ei voi kysyä; allekirjoita sen sijaan komennolla `ssh-keygen -Y sign` (katso docs/signing.md), tai käytä tunnuslauseetonta avainta, jota säilytetään tunnisteella tai salatulla levyllä
signing-key-cannot-sign = tyypin { $algorithm } avain ei voi allekirjoittaa tässä ({ $reason }); käytä ed25519- tai ecdsa (nistp256) -avainta
signing-no-agent = ssh-agenttiin osoitteessa { $socket } ei saada yhteyttä ({ $reason }); käynnistä agentti (`eval $(ssh-agent)`) ja lisää avain komennolla `ssh-add`
signing-agent-no-list = ssh-agentti ei luetellut avaimiaan ({ $reason })
signing-agent-lacks-key = ssh-agentilla ei ole avainta { $fingerprint }; lisää se komennolla `ssh-add YKSITYISAVAIMEN-POLKU` (`ssh-add -l` luettelee, mitä agentilla on)
signing-agent-refused = ssh-agentti kieltäytyi allekirjoittamasta avaimella { $fingerprint } ({ $reason })
signers-no-key = rivillä ei ole julkista avainta (`ssh-ed25519 AAAA…`)
signers-bad-key = julkista avainta ei voi lukea ({ $reason })
signers-bad-time = { $option }="{ $value }" ei ole ajankohta (VVVVKKPP[TTMM[SS]][Z])
signers-unknown-option = tuntematon valinta `{ $option }`
sig-not-ssh = allekirjoitustiedosto ei ole SSH-allekirjoitus ({ $reason })
sig-namespace = avaimen { $fingerprint } allekirjoitus on tehty nimiavaruudessa `{ $namespace }` eikä `{ $expected }`: se allekirjoittaa jotain muuta kuin hyväksynnän
sig-mismatch = avaimen { $fingerprint } allekirjoitus ei vastaa tapahtumatiedostoa: tiedostoa tai allekirjoitusta on muutettu, tai se allekirjoittaa toisen tiedoston
sig-principal = päämiehelle `{ $principal }`
sig-any-principal = yhdellekään päämiehelle
sig-key-not-listed = avain { $fingerprint } ei ole tiedostossa { $signers } { $who } (sellaisena kuin tiedosto oli allekirjoitusta kirjattaessa)
sig-namespace-not-allowed = { $signers }:{ $line } ei salli avaimen { $fingerprint } allekirjoittaa nimiavaruudessa `{ $namespace }` (namespaces="{ $namespaces }")
sig-not-valid-at = avain { $fingerprint } ei ollut voimassa { $at } tiedoston { $signers }:{ $line } mukaan (voimassa { $from }{ $until })
sig-valid-from = { $time } alkaen
sig-valid-until = {" "}{ $time } asti
error-would-overwrite = { $path } ei ole tyhjä: { $what }
error-unknown-name = { $option }`{ $wanted }` ei ole { $what }; { $known_as }: { $known }
error-none-known = (ei yhtään)
error-empty-option = { $option } on tyhjä; { $give }
round-empty-give = jätä se pois tai anna teksti
round-name-an-event = kierroksen { $round } tapahtuma
round-name-its-events = sen tapahtumat ovat
comment-name-a-column = sarake
comment-name-the-columns = sarakkeet ovat
deviation-name-an-actor = tiedoston guidelines/index.toml toimija
deviation-name-the-actors = toimijat ovat
init-is-a-file = se on tiedosto eikä hakemisto
init-holds-files = siinä on tiedostoja eikä se ole git-arkisto; `init` luo uuden arkiston tyhjään tai uuteen hakemistoon, tai lisää linjaustiedostot olemassa olevaan git-arkistoon
init-already-set-up = siinä on jo kansio `{ $folder }/`; arkisto näyttää olevan jo perustettu (kokeile `riktlinjer check`)
help-value-default = { $help } (oletus)
help-value-color-auto = Värit, kun vakiotuloste on pääte eikä `NO_COLOR` ole asetettu
help-value-color-always = Aina värit
help-value-color-never = Ei koskaan värejä
help-value-format-text = Tasatut sarakkeet teemoittain
help-value-show-format-text = Otsikoidut kappaleet päätteelle
help-value-diff-format-text = Päätteelle: värit päätteessä, muuten `[-old-]{"{"}+new+{"}"}`
help-value-round-status-format-text = Päätteelle
help-value-log-format-text = Muutos kerrallaan, uusin ensin
help-value-report-currency-format-text = Yhteenveto ja sitten yksi lohko kutakin linjausta kohden
help-value-audit-format-text = Mitä tarkastettiin, ja sitten kukin havainto ja mitä sille tehdään
help-value-deviation-list-format-text = Yksi lohko kutakin poikkeamaa kohden
help-value-format-markdown = Markdown-luettelo teemoittain
help-value-show-format-markdown = Markdown, otsikko kutakin kenttää kohden
help-value-diff-format-markdown = Yksi osio kutakin muuttunutta linjausta kohden, `~~old~~ **new**` tekstin sisällä
help-value-round-status-format-markdown = Markdown raporttiin
help-value-report-currency-format-markdown = Yhteenveto ja taulukko
help-value-report-comments-format-markdown = Asiakirja wikiin liitettäväksi tai pandocilla muunnettavaksi
help-value-changelog-format-markdown = Keep-a-Changelog-tyylinen Markdown
help-value-deviation-list-format-markdown = Markdown-taulukko
help-value-format-json = Taulukko olioita, joissa `id`, `number`, `theme`, `title`
help-value-show-format-json = Linjaus yhtenä oliona: `id`, `number`, `theme`, `texts`
help-value-diff-format-json = JSON: `{"{"}"from", "to", "guidelines": [{"{"}"id", "number", "status", "fields": [{"{"}"field", "hunks": [{"{"}"old", "new"{"}"}]{"}"}]{"}"}]{"}"}`
help-value-round-status-format-json = Yksi olio (KIERROS-ID:n kanssa) tai taulukko olioita
help-value-log-format-json = Taulukko muutoksia, uusin ensin
help-value-report-currency-format-json = Taulukko linjauksia
help-value-report-comments-format-json = Koko raportti datana
help-value-audit-format-json = Yksi olio: `ok`, `checked`, `findings`, `notes`
help-value-changelog-format-json = Muutosloki datana
help-value-deviation-list-format-json = Taulukko olioita
help-value-format-csv = Pilkuin erotetut arvot otsikkorivin kera (katso --csv-dialect)
help-value-report-currency-format-csv = Yksi rivi kutakin linjausta kohden (katso --csv-dialect)
help-value-report-comments-format-csv = Yksi rivi kutakin lausuntoa kohden, taulukkolaskentaan (katso --csv-dialect)
help-value-format-xlsx = Excel-työkirja, yksi rivi kutakin linjausta kohden (vaatii päätteessä valinnan `--out`)
help-value-report-comments-format-xlsx = Excel-työkirja, yksi rivi kutakin lausuntoa kohden (vaatii päätteessä valinnan `--out`)
help-value-csv-dialect-standard = UTF-8 ilman BOM-merkkiä, erottimena `,`, LF-rivinvaihdot: ohjelmille
help-value-csv-dialect-excel = UTF-8 ja BOM-merkki, erottimena `;`, CRLF-rivinvaihdot: avautuu oikein Excelissä suomen- tai ruotsinkielisillä aluesetuksilla
help-value-format-html = Itsenäinen sivu, joka tulostuu siististi
help-value-show-format-html = Itsenäinen HTML-sivu
help-value-diff-format-html = Itsenäinen sivu: vanha | uusi rinnakkain kentittäin, ja tekstin sisällä
help-value-report-currency-format-html = Itsenäinen sivu taulukon kera
help-value-format-docx = Word-asiakirja uudesta tekstistä, jossa jokainen muutos on jäljitetty muutos (vaatii päätteessä valinnan `--out`)
help-value-report-comments-format-docx = Word-asiakirja (vaatii päätteessä valinnan `--out`)
help-value-layout-long = Yksi lausunto riviä kohden
help-value-layout-wide = Yksi rivi vastaajaa kohden, yksi lausunto kutakin ei-tyhjää solua kohden
help-value-forge-gitlab = GitLab CI/CD ja GitLab Pages
help-value-forge-github = GitHub Actions ja GitHub Pages
clap-error-invalid-value = virheellinen arvo '{ $value }' valinnalle '{ $arg }'
clap-error-value-required = '{ $arg }' vaatii arvon, mutta sitä ei annettu
clap-error-possible-values = [mahdolliset arvot: { $values }]
clap-error-invalid-value-because = virheellinen arvo '{ $value }' valinnalle '{ $arg }': { $reason }
clap-error-unknown-argument = odottamaton argumentti '{ $arg }'
clap-error-unknown-subcommand = tuntematon alikomento '{ $name }'
clap-error-missing-arguments = seuraavat pakolliset argumentit puuttuvat:
clap-error-used-twice = argumentin '{ $arg }' voi antaa vain kerran
clap-error-conflict = argumenttia '{ $arg }' ei voi käyttää yhdessä argumentin '{ $prior }' kanssa
clap-error-conflict-many = argumenttia '{ $arg }' ei voi käyttää yhdessä näiden kanssa:
clap-tip-similar = vihje: { $what ->
    [subcommand] { $count ->
        [one] samankaltainen alikomento on olemassa: { $names }
       *[other] samankaltaisia alikomentoja on olemassa: { $names }
    }
    [value] { $count ->
        [one] samankaltainen arvo on olemassa: { $names }
       *[other] samankaltaisia arvoja on olemassa: { $names }
    }
   *[argument] { $count ->
        [one] samankaltainen argumentti on olemassa: { $names }
       *[other] samankaltaisia argumentteja on olemassa: { $names }
    }
}
clap-more-information = Lisätietoja saat valinnalla '{ $help }'.
sheet-at-csv-cell = { $path }:{ $line }:1: solu { $cell }
sheet-at-csv-row = { $path }:{ $line }:1: rivi { $row }

## Library errors and history problems (words3)

history-problem-at = rivi { $line }, sarake { $col }: { $reason }
char-named = { $code } ({ $name })
char-name-nul = NUL
char-name-bell = äänimerkki
char-name-backspace = askelpalautin
char-name-vertical-tab = pystysarkain
char-name-form-feed = sivunvaihto
char-name-carriage-return = telanpalautus
char-name-escape = escape-merkki
char-name-delete = poistomerkki
char-name-next-line = seuraava rivi
char-name-csi = ohjaussekvenssin aloitin
char-name-noncharacter = ei-merkki
char-name-c0 = C0-ohjausmerkki
char-name-c1 = C1-ohjausmerkki
repo-index-conflicts = indeksissä on ratkaisemattomia yhdistämisristiriitoja
repo-index-conflicts-hint = ratkaise ne ja aja ensin `git add` tiedostoille
repo-no-identity = git ei tiedä, kuka olet, ja jokainen kirjattu tosiasia nimeää kirjaajansa
repo-no-identity-hint = aja `git config --global user.name "Oma Nimi"` ja `git config --global user.email sina@example.org`
diff-round-no-endpoint = kierroksella `{ $round }` ei ole tapahtumaa eikä vaihetta `{ $selector }`; anna `base`, vaiheen tunnus tai tapahtuma: { $events }
diff-round-no-events = (tapahtumia ei ole vielä kirjattu)
diff-round-event-unbound = { $path }: tapahtuma ei kirjaa kohtaa `[content] commit`, joten sitä ei ole sidottu mihinkään verrattavaan tekstiin
diff-round-event-unbound-hint = valitse toinen tapahtuma
changelog-approval-commit-missing = hyväksyntä on sidottu versioon { $commit }, jota ei ole tässä arkistossa (onko historiaa kirjoitettu uudelleen?)
changelog-approval-commit-missing-hint = aja `riktlinjer audit`
no-commits-publish = julkaistavaa ei ole
site-reserved-id = guidelines/{ $id }.toml: tunnus `{ $id }` on sivuston hakemiston nimi ({ $reserved })
site-reserved-id-hint = nimeä tiedosto uudelleen (tunnus on sen nimi), tallenna versio ja julkaise uudelleen
site-no-guidelines-commit = mikään versio ennen versiota { $commit } tai se itse ei lisää linjauksia, joten julkaistavaa ei ole
site-no-guidelines-commit-hint = tallenna linjaukset ensin (`git add guidelines && git commit`)
site-out-not-a-site = --out { $path }: hakemisto on olemassa, eikä se ole riktlinjerin kirjoittama sivusto (siinä ei ole tiedostoa { $marker })
site-out-not-a-site-hint = anna uusi hakemisto tai poista tämä ensin
site-index-unreadable = tiedostoa guidelines/index.toml ei voi lukea versiossa { $commit }
site-index-unreadable-hint = aja `riktlinjer check`
