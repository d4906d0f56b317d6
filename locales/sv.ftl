# riktlinjer's wording in Swedish.
# Message ids and the variables they take must be the same in every catalogue
# (the tests in src/i18n.rs check it). Plurals by Fluent selectors.

## Documents: plain words and headings

title-field = Rubrik
statement-field = Riktlinje
description-field = Beskrivning
added = ny
removed = borttagen
modified = ändrad
unchanged = oförändrad
number = nummer
theme = tema
and-word = och
more-word = till
working-tree = arbetsversionen
round = omgång
round-cap = Omgång
review-round = Omgång
md-legend = Borttagen text är ~~överstruken~~, tillagd text är **fetstilad**.
legend-intro = Varje ändrat fält visas sida vid sida, med den gällande texten till vänster och den nya texten till höger, och därefter i löpande text:
removed-text = borttagen text
is-struck = är överstruken
inserted-text = tillagd text
is-underlined = är understruken
changed-guidelines = Ändrade riktlinjer
old-text = Gällande text
new-text = Ny text
no-text = (ingen text)
inline = Ändringarna i texten
disposition-header = Behandling
statements-header = Utlåtanden
organisation-header = Organisation
accepted-header = Accepterade
partly-header = Delvis accepterade
rejected-header = Avvisade
noted-header = Noterade
unanswered-header = Obesvarade
accepted = accepterad
partly = delvis accepterad
rejected = avvisad
noted = noterad
unanswered = obesvarad
unanswered-statements = Obesvarade utlåtanden
unanswered-from = {" "}från{" "}
unanswered-on = {" "}om{" "}
whole-set = Riktlinjerna som helhet
received = Inkom
late-note = för sent: utanför utlåtanderundan
field = fält
answer = Svar
unanswered-caps = OBESVARAT
no-answer-yet = inget svar har registrerats ännu.
changed-in-answer = Ändrat till följd av utlåtandet
no-text-changed = ingen riktlinjetext ändrades
comment-round-note = Anteckning om utlåtanderundan:
no-comment-round = Omgången har inte haft någon utlåtanderunda.
changelog = Ändringshistorik
unreleased = Ej godkänt
cancel-out = Texten är densamma som den godkända texten (ändringarna tar ut varandra).
added-heading = Nya
revised-heading = Reviderade
withdrawn-heading = Upphävda
to-revise-heading = Ska revideras
confirmed-heading = Bekräftade som aktuella
unreadable = Kan inte läsas som riktlinjer i den ena versionen (utelämnade; kör `riktlinjer check` i de versionerna)
unreadable-short = Kan inte läsas som riktlinjer i den ena versionen (utelämnade)
pending-heading = Omgångar utan registrerat godkännande
nothing-in-range = Inga godkännanden, aktualitetskontroller eller ändringar av riktlinjerna i detta intervall.
approved-as-is = Ingen ändring i texten: godkänd i befintlig form.
withdrawn-by-verdict = upphävd genom aktualitetskontrollens bedömning
file-removed = filen har tagits bort
no-body = (organ ej registrerat)
no-decision = (beslut ej registrerat)
no-date = datum saknas
overdue-cap = Försenade
overdue = försenad
due = förfaller
ok = i tid
no-header = Nr
guideline-header = Riktlinje
status-header = Status
approved-header = Godkänd
last-check-header = Senaste kontroll
next-check-header = Nästa kontroll
changed-since-header = Ändrad efter godkännandet
deviations-header = Avvikelser
in-force = i kraft
in-revision = under revidering
withdrawn = upphävd
date-not-recorded = datum saknas
text-changed-since = texten har ändrats sedan dess

## Documents: words by record name

verdict-current = aktuell
verdict-revise = ska revideras
verdict-withdraw = upphävs
action-enter = inledd
action-approve = godkänd
action-close = avslutad
action-correct = rättad
action-cancel = inställd

guidelines-count = { $count ->
    [one] { $count } riktlinje
   *[other] { $count } riktlinjer
}
commits-count = { $count ->
    [one] { $count } ändring
   *[other] { $count } ändringar
}
and-more = … och { $count } till

## Diff

changes-from-to = Ändringar från { $from } till { $to }
changes-title = { $title }: ändringar från { $from } till { $to }
diff-summary = { $total ->
    [one] { $total } riktlinje
   *[other] { $total } riktlinjer
} berörs ({ $modified ->
    [one] { $modified } ändrad
   *[other] { $modified } ändrade
}, { $added ->
    [one] { $added } ny
   *[other] { $added } nya
}, { $removed ->
    [one] { $removed } borttagen
   *[other] { $removed } borttagna
}): { $hunks ->
    [one] { $hunks } ändring
   *[other] { $hunks } ändringar
} i { $fields } fält.
no-changes = Inga ändringar från { $from } till { $to }.
tracked-note = Varje ändring är en spårad ändring av { $author }: godkänn eller avvisa ändringarna en och en i Word (fliken Granska) eller i LibreOffice (Redigera › Spåra ändringar).

## Summary of statements

statements-title = Sammandrag av utlåtandena: { $round }
round-line = { $kind ->
    [revision] Omgång { $id } (revideringsomgång), inledd { $opened }, { $guidelines }.
   *[currency-check] Omgång { $id } (aktualitetskontroll), inledd { $opened }, { $guidelines }.
}
comment-round-line = Utlåtanderunda från { $opens } till { $closes }.
approved-line = Godkänd { $date } av { $body }, beslut { $decision }.
approved-line-no-date = (datum saknas)
approved-line-no-body = (organ ej registrerat)
approved-line-no-decision = (beslutsnummer ej registrerat)
not-approved-line = Inget godkännande har registrerats; omgången är { $state ->
    [closed] avslutad
   *[open] öppen
}, skede: { $stage }.
not-approved-no-stage = (inget)
made-line = Sammanställt { $date } ur uppgifterna i version { $commit }.
totals-line = { $statements ->
    [one] { $statements } utlåtande
   *[other] { $statements } utlåtanden
} från { $organisations ->
    [one] { $organisations } organisation
   *[other] { $organisations } organisationer
}; { $late ->
    [one] { $late } för sent inkommet
   *[other] { $late } för sent inkomna
}; { $answered ->
    [one] { $answered } besvarat
   *[other] { $answered } besvarade
}, { $unanswered ->
    [one] { $unanswered } obesvarat
   *[other] { $unanswered } obesvarade
}.
no-statements = Inga utlåtanden har registrerats för omgång { $round }.
others-without-statements = { $count ->
    [one] Inget utlåtande gäller den återstående riktlinjen i omgången.
   *[other] Inget utlåtande gäller de övriga { $count } riktlinjerna i omgången.
}

## Changelog

limited-to = Begränsad till versionerna { $from }..{ $to } ({ $from-commit }..{ $to-commit }).
unreleased-since = { $commits ->
    [one] { $commits } ändring
   *[other] { $commits } ändringar
} av riktlinjerna omfattas inte av något godkännande. Nedan jämförs den nuvarande texten med texten som godkändes i omgång { $round } (version { $commit }).
unreleased-all = { $commits ->
    [one] { $commits } ändring
   *[other] { $commits } ändringar
} av riktlinjerna har sparats men inget godkännande har registrerats, så ingen riktlinje är godkänd ännu.
pending-closed = avslutad utan godkännande
pending-open-stage = öppen, skede: { $stage }
pending-open = öppen
entry-heading = { $kind ->
    [revision] Omgång { $round }: godkänd { $date }
   *[currency-check] Omgång { $round }: aktualitetskontroll { $date }
}
revision-previous = { $title }. Godkänd av { $body }, beslut { $decision }; texten i version { $text } jämförs med texten som godkändes i omgång { $previous }.
revision-base = { $title }. Godkänd av { $body }, beslut { $decision }; texten i version { $text }. Det första registrerade godkännandet ({ $guidelines }); texten jämförs med den som gällde när omgången inleddes (version { $commit }).
revision-first = { $title }. Godkänd av { $body }, beslut { $decision }; texten i version { $text }. Det första registrerade godkännandet ({ $guidelines }); alla riktlinjer i det är nya.
check-line = { $title }. Bedömningar: aktuella { $confirmed }, ska revideras { $to-revise }, upphävda { $withdrawn }.
check-line-by = { $title }. Bedömningar av { $body }: aktuella { $confirmed }, ska revideras { $to-revise }, upphävda { $withdrawn }.

## Currency

currency-title = { $title } — aktualitet per { $as-of }
currency-heading = Riktlinjernas aktualitet per { $as-of }
checked-every = Varje riktlinje kontrolleras med { $months } { $months ->
    [one] månads
   *[other] månaders
} mellanrum
due-means = betyder att kontrollen infaller inom { $months } { $months ->
    [one] månad
   *[other] månader
}.
currency-totals = { $total ->
    [one] { $total } riktlinje
   *[other] { $total } riktlinjer
}: { $in-force } i kraft, { $in-revision } under revidering, { $withdrawn ->
    [one] { $withdrawn } upphävd
   *[other] { $withdrawn } upphävda
}
changed-counts = Texten ändrad efter gällande godkännande: { $changed }; inget registrerat godkännande: { $never-approved }; översättningar som släpar efter: { $behind }
approval-by = {" "}av { $body }
approval-decision = , beslut { $decision }
approval-round = , omgång { $round }

## Terminal: round status

status-no-rounds = Inga granskningsomgångar ännu. Öppna en med `riktlinjer round open ID --title …`.
status-heading = Omgång { $id }: { $title } ({ $kind })
status-state = Läge:
status-guidelines = Riktlinjer:
status-opened = Inledd:
status-note = Anteckning:
status-events = Händelser:
status-comments = Utlåtanden:
status-statements = Inkomna:
status-verdicts = Bedömningar:
status-text = Text:
status-approval = Godkännande:
status-passed = Passerad:
status-next = Nästa:
status-no-date = datum saknas
status-stage-of = skede { $position } av { $of }, { $id } ({ $name })
status-no-stage = inget skede inlett
status-state-open = öppen — { $stage }
status-state-approved = godkänd — { $stage }
status-state-closed-approved = avslutad, godkänd
status-state-closed = avslutad
status-state-cancelled = inställd (öppnad av misstag; finns kvar i registret)
status-verdict-counts = { $current } aktuella, { $revise } ska revideras, { $withdraw } upphävs, { $pending } väntar
status-text-no-event = ingen händelse registrerad
status-text-unchanged = oförändrad sedan { $event }
status-text-changed = ändrad sedan { $event } i { $fields }
status-approval-none = inte registrerat
status-approval-line = { $date } av { $body }, beslut { $decision }; { $text }
status-approval-same = texten är nu den godkända texten (version { $commit })
status-approval-differs = texten AVVIKER nu från den godkända texten (version { $commit }) i { $fields }
status-opened-line = { $opened }, registrerad av { $by }; gällande text då: version { $commit }
status-event-open = öppen { $opens } till { $closes }
status-event-decision = beslut: { $decision }
status-event-corrects = rättar { $event }
status-event-reason = skäl: { $reason }
status-event-note = anteckning: { $note }
status-event-text-changed = texten ändrad sedan dess: { $fields }
status-comments-line = { $opens } till { $closes }, { $state }
status-comments-open = { $days ->
    [one] öppen, { $days } dag kvar
   *[other] öppen, { $days } dagar kvar
}
status-comments-not-yet-open = inte öppnad än
status-comments-closed = avslutad
status-statements-none = inga registrerade
status-statements-summary = { $count }, { $unanswered } obesvarade
status-whole-set = helheten
status-late = { $about } (för sent)
status-withdrawn = återkallat
status-revised = { $disposition } (reviderat)
status-unanswered = obesvarat
status-disposition-accepted = accepterad
status-disposition-partly = delvis
status-disposition-rejected = avvisad
status-disposition-noted = noterad
status-pending = väntar
status-followed-by = revideringsomgång { $round }
status-next-nothing = inget; omgången är avslutad
status-comments-closed-on = utlåtanderundan avslutades { $date }
status-next-verdicts = ge en bedömning av { $count ->
    [one] { $count } riktlinje
   *[other] { $count } riktlinjer
} ({ $guidelines }): `riktlinjer round verdict { $round } RIKTLINJE current|revise|withdraw`
status-next-revision-round = öppna en revideringsomgång för { $guidelines }: `riktlinjer round open NYTT-ID --title … --guidelines { $ids }`
status-next-close-check = avsluta kontrollen: `riktlinjer round close { $round }`
status-next-nothing-required = inget krävs; `riktlinjer round close { $round }` avslutar omgången
status-next-answer = besvara { $count ->
    [one] { $count } utlåtande
   *[other] { $count } utlåtanden
} ({ $statements }): `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`
status-next-comments-open = utlåtanderundan är öppen till { $closes }; registrera utlåtanden med `riktlinjer comment add { $round } --from ORGANISATION --text …` eller `riktlinjer comment import { $round } FIL.csv`
status-next-close = avsluta omgången: `riktlinjer round close { $round }`
status-next-stage = nästa skede: { $stage } ({ $kind ->
    [preparation] beredning
    [treatment] behandling
    [comment-round] utlåtanderunda
    [notice] för kännedom
    [approval] godkännande
   *[other] { $kind }
}): { $command }
status-next-stage-by = nästa skede: { $stage } ({ $kind ->
    [preparation] beredning
    [treatment] behandling
    [comment-round] utlåtanderunda
    [notice] för kännedom
    [approval] godkännande
   *[other] { $kind }
}) hos { $body }: { $command }

## Terminal: errors

error-prefix = fel:
error-caused-by = orsak:
error-hint = tips:
warning-prefix = varning:
error-did-you-mean = {" "}(menade du `{ $suggestion }`?)
error-did-you-mean-one-of = {" "}(menade du något av: { $suggestions }?)
error-not-a-repository = { $path } ligger inte i något git-arkiv
error-not-a-repository-hint = kör kommandot i riktlinjernas arkiv, ange `--repo SÖKVÄG`, eller skapa ett med `riktlinjer init MAPP --example`
error-no-collection = { $path } har ingen samling riktlinjer (guidelines/index.toml saknas)
error-no-collection-hint = skapa en med `riktlinjer init` (lägg till `--example` för de publicerade riktlinjerna)
error-unknown-guideline = ingen riktlinje `{ $wanted }`{ $suggestions }
error-unknown-guideline-hint = `riktlinjer list` visar varje riktlinje med id och nummer
error-unknown-round = ingen granskningsomgång `{ $wanted }` i reviews/{ $suggestions }{ $known }
error-no-rounds-yet = ; det finns inga omgångar ännu
error-the-rounds-are = ; omgångarna är: { $rounds }
error-unknown-round-hint = `riktlinjer round status` listar omgångarna; `riktlinjer round open ID --title …` öppnar en
error-unknown-statement = omgång { $round } har inget utlåtande `{ $wanted }`{ $suggestions }
error-unknown-statement-hint = `riktlinjer round status { $round }` listar omgångens alla utlåtanden
error-bad-date = { $option }: { $reason }
error-bad-date-hint = skriv ett datum som ÅÅÅÅ-MM-DD (eller D.M.ÅÅÅÅ), eller ÅÅÅÅ-MM eller ÅÅÅÅ när bara månaden eller året är känt
error-no-commits = arkivet har inga versioner ännu, så { $consequence }
error-no-commits-hint = spara riktlinjerna först (`git add guidelines && git commit`), eller skapa en samling med `riktlinjer init`
no-commits-history = det finns ingen historik att läsa
no-commits-changelog = det finns ingen historik att göra en ändringslogg av
no-commits-round = det finns ingen registrerad omgång `{ $round }`
no-commits-bind = det finns ingen text att binda ett faktum till
no-commits-diff-head = det finns inget HEAD att jämföra arbetsversionen med
error-busy = ett annat riktlinjer-kommando registrerar i det här arkivet{ $holder }; väntade { $waited } s på att det skulle bli klart
error-busy-hint = ingenting registrerades; kör kommandot igen när det andra är klart, eller vänta längre med `--wait SEKUNDER`. Om den namngivna processen inte är riktlinjer, ta bort { $lock }

error-unknown-revision = versionen `{ $rev }` finns inte i det här arkivet
error-unknown-revision-hint = ange ett versions-id, en tagg eller en gren; `git log --oneline` listar versionerna
error-io = { $action ->
    [read] kan inte läsa { $path }: { $reason }
    [write] kan inte skriva { $path }: { $reason }
    [create] kan inte skapa { $path }: { $reason }
    [remove] kan inte ta bort { $path }: { $reason }
    [replace] kan inte ersätta { $path }: { $reason }
    [lock] kan inte låsa { $path }: { $reason }
   *[other] kan inte { $action } { $path }: { $reason }
}
error-io-read-hint = kontrollera att filen finns och går att läsa, och kör sedan kommandot igen
error-io-write-hint = kontrollera att det finns plats på disken och att filen eller mappen är skrivbar, och kör sedan kommandot igen
error-unreadable-input-hint = kontrollera sökvägen och att filen går att läsa; ingenting ändrades
error-output = kan inte skriva utdata: { $reason }
error-no-output-folder = kan inte skriva { $path }: mappen { $folder } finns inte
error-no-output-folder-hint = skapa mappen först (`mkdir -p { $folder }`) eller skriv till en befintlig; riktlinjer skapar inga mappar, och ingenting skrevs
error-file-exists = { $path } finns redan
error-would-overwrite-hint = välj en tom eller ny mapp; ingenting skrevs
error-invalid-hint = rätta raderna ovan och kör sedan `riktlinjer check`
error-bad-rows-hint = ingenting importerades; rätta cellerna (eller namnge kolumnerna med --map) och kör kommandot igen
error-bad-input-hint = ingenting ändrades; rätta indatafilen och kör kommandot igen
error-future-date = { $option } { $date } ligger i framtiden (i dag är det { $today })
error-future-date-hint = registrera ett faktum först när det har inträffat; ingenting registrerades
error-unknown-stage = okänt skede `{ $wanted }`{ $suggestions }; skedena i reviews/workflow.toml är, i ordning: { $stages }
error-unknown-stage-hint = ange ett skede i reviews/workflow.toml; `riktlinjer round status OMGÅNG` visar var en omgång står
error-unknown-language = samlingen har inget språk `{ $wanted }`; dess språk är: { $languages }
error-unknown-language-hint = ange ett av samlingens språk, eller utelämna --lang för huvudspråket
error-bare-repository = { $path } är ett arkiv utan arbetsversion (bare); riktlinjer behöver en arbetsversion
error-bare-repository-hint = kör kommandot i en klon med arbetsversion (`git clone ARKIV MAPP`), eller ange `--repo MAPP`
error-uncommitted = kan inte registrera { $what }: guidelines/ har ändringar som inte sparats ({ $paths }{ $more ->
    [0] {""}
   *[other] {" "}och { $more } till
}); registreringen skulle bindas till den sparade texten, inte till texten du ser
error-uncommitted-hint = spara ändringarna i riktlinjerna först (`git add guidelines && git commit`) och registrera sedan händelsen
error-round-uncommitted-hint = spara omgången först (`git add reviews/{ $round } && git commit`)
error-in-progress = kan inte registrera medan en { $operation } pågår: versionen kan gå förlorad när { $operation } slutförs eller avbryts
error-in-progress-hint = slutför den först ({ $finish }) och registrera sedan; ingenting registrerades
error-behind-head = arbetsversionen eller indexet innehåller inte det som HEAD sparade under reviews/ ({ $paths }); en tidigare registrering avbröts eller filerna har ändrats
error-behind-head-hint = återställ de sparade uppgifterna med `git checkout HEAD -- { $paths }` och kör sedan kommandot igen; ingenting registrerades
error-internal = internt fel: { $message }
error-internal-hint = det här är ett fel i riktlinjer; rapportera det tillsammans med kommandot du körde
round-exists = omgång { $round } finns redan (reviews/{ $round }/, öppnad { $opened } av { $by }); välj ett annat id
round-advance-approval-stage = `{ $stage }` är ett godkännandeskede; registrera godkännandet med `riktlinjer round approve { $round } --date … --decision …`, som binder det till den sparade texten
round-advance-comment-dates = `{ $stage }` är en utlåtanderunda: ange dess datum med --opens ÅÅÅÅ-MM-DD --closes ÅÅÅÅ-MM-DD
round-closes-before-opens = --closes { $closes } ligger före --opens { $opens }; en utlåtanderunda stänger efter att den öppnat
round-advance-date-missing = ange datumet för { $stage } med --date ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM, ÅÅÅÅ, eller `unknown` när källan inte anger något)
round-approve-not-next = nästa skede i omgång { $round } är `{ $stage }` ({ $kind ->
    [preparation] beredning
    [treatment] behandling
    [comment-round] utlåtanderunda
    [notice] för kännedom
    [approval] godkännande
   *[other] { $kind }
}), inte ett godkännande; en omgång kan inte hoppa över ett skede
round-approve-not-next-hint = registrera det skedet först: `riktlinjer round advance { $round } { $stage } …`
round-approve-passed = omgång { $round } har passerat alla skeden i arbetsflödet
round-approve-passed-approved = omgång { $round } har passerat alla skeden i arbetsflödet och godkändes (händelse { $event })
round-approve-passed-hint = det finns inget kvar att godkänna; `riktlinjer round status { $round }` visar omgången
round-approve-no-body = ange det beslutande organet med --body (skedet `{ $stage }` har inget standardorgan)
round-verdict-not-currency = omgång { $round } är en revideringsomgång; bedömningar hör till aktualitetskontroller
round-verdict-not-currency-hint = öppna en med `riktlinjer round open ID --kind currency-check --title …`
round-verdict-closed = omgång { $round } är avslutad (händelse { $event }); inget mer kan registreras i den
round-verdict-closed-hint = en registrerad bedömning kan fortfarande rättas med --supersedes
round-verdict-out-of-scope = riktlinjen `{ $guideline }` ingår inte i omgång { $round } ({ $scope })
round-verdict-out-of-scope-hint = ange en riktlinje som ingår i omgången; en kontroll av en annan riktlinje hör till en egen omgång
round-verdict-exists = riktlinjen `{ $guideline }` har redan bedömningen `{ $verdict }` ({ $date }) i omgång { $round }
round-verdict-exists-hint = rätta den genom att registrera en ny bedömning som ersätter den: `riktlinjer round verdict { $round } { $guideline } BEDÖMNING --supersedes --note …`
round-already-closed = omgång { $round } är redan avslutad (händelse { $event })
round-nothing-recorded-status-hint = ingenting registrerades; `riktlinjer round status { $round }` visar omgången
round-close-verdicts-pending = omgång { $round } kan inte avslutas medan { $count ->
    [one] { $count } riktlinje saknar
   *[other] { $count } riktlinjer saknar
} bedömning ({ $guidelines })
round-close-verdicts-pending-hint = registrera var och en med `riktlinjer round verdict { $round } RIKTLINJE current|revise|withdraw`
round-nothing-to-correct = inget att rätta: kommandot anger inget nytt värde
round-nothing-to-correct-hint = ange vad som ska rättas: --date, --decision, --body, eller en utlåtanderundas --opens/--closes
round-cancel-ended = omgång { $round } har redan avslutats (händelse { $event }); en avslutad omgång förblir som den är
round-cancel-approved = omgång { $round } har godkänts (händelse { $event }); ett godkännande ställs inte in
round-cancel-approved-hint = avsluta omgången med `riktlinjer round close { $round }` och revidera texten i en ny omgång
rules-already-in-stage = omgång { $round } är redan i skede `{ $stage }`; { $next ->
    [none] det finns inget senare skede; avsluta omgången med `riktlinjer round close { $round }`
   *[other] nästa skede är `{ $next }` ({ $kind ->
        [preparation] beredning
        [treatment] behandling
        [comment-round] utlåtanderunda
        [notice] för kännedom
        [approval] godkännande
       *[other] { $kind }
    })
}
rules-cannot-go-back = omgång { $round } är i skede `{ $stage }`, som kommer efter `{ $target }`; en omgång kan inte gå tillbaka. Öppna en ny omgång för ett nytt varv; { $next ->
    [none] det finns inget senare skede; avsluta omgången med `riktlinjer round close { $round }`
   *[other] nästa skede är `{ $next }` ({ $kind ->
        [preparation] beredning
        [treatment] behandling
        [comment-round] utlåtanderunda
        [notice] för kännedom
        [approval] godkännande
       *[other] { $kind }
    })
}
rules-cannot-skip = omgång { $round } är i skede `{ $stage }`; den kan inte hoppa till `{ $target }`: { $next ->
    [none] det finns inget senare skede; avsluta omgången med `riktlinjer round close { $round }`
   *[other] nästa skede är `{ $next }` ({ $kind ->
        [preparation] beredning
        [treatment] behandling
        [comment-round] utlåtanderunda
        [notice] för kännedom
        [approval] godkännande
       *[other] { $kind }
    })
}
rules-cannot-skip-no-stage = omgång { $round } har inte inlett något skede; den kan inte hoppa till `{ $target }`: { $next ->
    [none] det finns inget senare skede; avsluta omgången med `riktlinjer round close { $round }`
   *[other] nästa skede är `{ $next }` ({ $kind ->
        [preparation] beredning
        [treatment] behandling
        [comment-round] utlåtanderunda
        [notice] för kännedom
        [approval] godkännande
       *[other] { $kind }
    })
}
rules-unanswered = omgång { $round } kan inte gå vidare från `{ $stage }` medan { $count ->
    [one] { $count } utlåtande är obesvarat
   *[other] { $count } utlåtanden är obesvarade
} ({ $statements }); besvara vart och ett med `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`
round-what-opening = öppnandet av omgång { $round }
round-what-stage = skede { $stage } i omgång { $round }
round-what-approval = godkännandet av omgång { $round }
round-what-verdict = en bedömning i omgång { $round }

## Terminal: check

check-ok = ok: { $guidelines ->
    [one] { $guidelines } riktlinje
   *[other] { $guidelines } riktlinjer
} i { $themes ->
    [one] { $themes } tema
   *[other] { $themes } teman
} ({ $declared }), { $actors ->
    [one] { $actors } aktör
   *[other] { $actors } aktörer
}, språk { $languages }, { $rounds ->
    [one] { $rounds } granskningsomgång
   *[other] { $rounds } granskningsomgångar
} — inga problem i { $where }
check-problems = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problem
} i { $files ->
    [one] { $files } fil
   *[other] { $files } filer
}; { $seen ->
    [one] { $seen } riktlinjefil
   *[other] { $seen } riktlinjefiler
} och { $rounds ->
    [one] { $rounds } granskningsomgång
   *[other] { $rounds } granskningsomgångar
} lästa
check-index-problems = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problem
} i guidelines/index.toml; riktlinjerna kontrollerades inte innan det är rättat

## Terminal: audit

audit-no-commit = (ingen version)
audit-headline = Granskning av godkännandespåret vid { $head }
audit-checked = Kontrollerat: { $rounds ->
    [one] { $rounds } omgång
   *[other] { $rounds } omgångar
}, { $events ->
    [one] { $events } händelsefil
   *[other] { $events } händelsefiler
} (aldrig ändrade, i skedenas ordning), { $bindings ->
    [one] { $bindings } innehållsbindning
   *[other] { $bindings } innehållsbindningar
}, { $guidelines ->
    [one] { $guidelines } riktlinje
   *[other] { $guidelines } riktlinjer
} mot sitt senaste godkännande, { $statements ->
    [one] { $statements } utlåtande
   *[other] { $statements } utlåtanden
}, { $objects ->
    [one] { $objects } objekt
   *[other] { $objects } objekt
} omräknade.
audit-signatures = Signaturer: { $signatures ->
    [one] { $signatures } händelsesignatur
   *[other] { $signatures } händelsesignaturer
} kontrollerade mot reviews/allowed_signers.
audit-all-holds = Allt håller: godkännandespåret är intakt.
audit-findings = { $count ->
    [one] { $count } fynd som inte håller:
   *[other] { $count } fynd som inte håller:
}
audit-commit = version { $commit } av { $author } den { $date }: { $summary }
audit-more-commits = … { $count } till …
audit-what-to-do = Åtgärd:
audit-notes = Anteckningar:
audit-kind-incomplete-history = Historiken är ofullständig (en grund klon): granskningen ser inte alla versioner.
audit-kind-event-modified = En händelsefil har ändrats efter att den sparades.
audit-kind-event-deleted = En händelsefil har tagits bort.
audit-kind-record-modified = En registerfil har ändrats efter att den sparades.
audit-kind-record-deleted = En registerfil har tagits bort.
audit-kind-unreadable-record = En granskningsuppgift kan inte läsas i någon version.
audit-kind-stage-order = En händelse följer inte arbetsflödets ordning av skeden.
audit-kind-date-order = Ett datum ligger före det som det ska följa, eller efter att det registrerades.
audit-kind-invalid-correction = En rättelse avser ingen tidigare händelse i sitt skede.
audit-kind-workflow-changed = reviews/workflow.toml har ändrat ett skede som registrerade händelser använder.
audit-kind-history-rewritten = En bindning avser en version som inte finns i historiken.
audit-kind-binding-invalid = En innehållsbindning är felaktig eller avser objekt som inte finns.
audit-kind-binding-mismatch = En innehållsbindning stämmer inte med versionen den avser.
audit-kind-text-not-approved = Den gällande texten skiljer sig från texten vid det senaste godkännandet.
audit-kind-approved-guideline-missing = En godkänd riktlinje saknas utan att ha upphävts.
audit-kind-collection-not-approved = Samlingens fil har ändrats efter det senaste godkännandet.
audit-kind-statement-unanswered = Ett utlåtande i en avslutad utlåtanderunda saknar svar.
audit-kind-record-unattributed = En uppgift sparades utan verktygets uppgifter om upphov, eller av någon annan än den som anges.
audit-kind-signature-missing = En händelse som ska vara signerad saknar signatur.
audit-kind-signature-invalid = En händelses signatur håller inte.
audit-kind-object-corrupt = Ett git-objekt stämmer inte med sitt id.

audit-note-nothing = ingen version har ännu ändrat guidelines/ eller reviews/: det finns inget att granska
audit-note-shallow-harmless = .git/shallow listar bara versioner utan föregångare, vilket inte döljer något; filen kan tas bort
audit-note-restored = { $path } ändrades eller togs bort i { $commits } och återställdes senare som den först sparades
audit-note-renumbered = { $count ->
    [one] { $count } riktlinje har bara fått nytt nummer sedan sitt godkännande
   *[other] { $count } riktlinjer har bara fått nya nummer sedan sina godkännanden
} (omnumrering): { $guidelines }
audit-note-never-approved = { $count ->
    [one] { $count } riktlinje saknar
   *[other] { $count } riktlinjer saknar
} registrerat godkännande, så det finns ingen godkänd text att jämföra med
audit-note-beyond-cutoff = { $count ->
    [one] { $count } uppgift är bunden till versioner före den grunda klonens avskärning, som den här klonen inte har, så den kontrollerades inte
   *[other] { $count } uppgifter är bundna till versioner före den grunda klonens avskärning, som den här klonen inte har, så de kontrollerades inte
}: { $records }
audit-message-event-deleted = händelsefilen togs bort efter att den registrerades; ett registrerat faktum får aldrig ändras eller försvinna{ $merge ->
    [none] {""}
   *[other] {" "}(sammanslagningen { $merge } behöll den inte)
}
audit-message-record-deleted = uppgiften togs bort efter att den sparades; ett registrerat faktum får aldrig ändras eller försvinna{ $merge ->
    [none] {""}
   *[other] {" "}(sammanslagningen { $merge } behöll den inte)
}
audit-message-event-modified = händelsefilen ändrades efter att den registrerades; ett registrerat faktum får aldrig ändras eller försvinna{ $merge ->
    [none] {""}
   *[other] {" "}(sammanslagningen { $merge } behöll den inte)
}
audit-message-record-modified = uppgiften ändrades efter att den sparades; ett registrerat faktum får aldrig ändras eller försvinna{ $merge ->
    [none] {""}
   *[other] {" "}(sammanslagningen { $merge } behöll den inte)
}
audit-action-restore-record = återställ uppgiften som den först sparades: `git checkout { $commit } -- { $path }` och spara den; registrera en rättelse som ett nytt faktum (`riktlinjer round correct`, `riktlinjer comment answer --supersedes`, `riktlinjer comment withdraw`, `riktlinjer round verdict --supersedes`)
audit-message-unreadable-record = som uppgiften sparades i version { $commit } kan den inte tolkas ({ $reason }), så det den registrerar kan inte verifieras
audit-action-record-again = en uppgift repareras aldrig på plats: registrera faktumet på nytt med riktlinjer (det skriver en ny fil) och låt den här vara som den är; `riktlinjer check` visar problemet
audit-message-no-trailers = uppgiften sparades i version { $commit } utan verktygets uppgifter om upphov (`Review-Round: { $round }`): den registrerades inte med riktlinjer
audit-message-other-author = uppgiften anger `{ $recorded-by }` som den som registrerade den, men den sparades av `{ $author }` ({ $commit })
audit-action-unattributed = ta reda på vem som gjorde den (`git show --stat { $commit }`); en uppgift tas aldrig bort, så om den inte anger ett sant faktum, registrera rättelsen som ett nytt faktum med riktlinjer (`riktlinjer round correct`, `riktlinjer comment withdraw`); spara det som `--no-commit` köade med det `git commit`-kommando det skrev ut, som har med uppgifterna om upphov
audit-message-approved-missing = riktlinjen `{ $guideline }`, godkänd i omgång { $round } ({ $date }), saknas i HEAD (borttagen eller omdöpt) och inget upphävande är registrerat
audit-action-approved-missing = återställ den (`git checkout { $commit } -- { $file }` och spara), eller registrera att den upphävs: `riktlinjer round open ID --kind currency-check --guidelines { $guideline } --title …`, sedan `riktlinjer round verdict ID { $guideline } withdraw --note …`
audit-message-text-not-approved = den gällande texten skiljer sig från texten som godkändes i omgång { $round } ({ $date }): { $changes ->
    [one] { $changes } ändring
   *[other] { $changes } ändringar
} inte godkända, av { $authors }
audit-message-text-not-approved-head = den gällande texten skiljer sig från texten som godkändes i omgång { $round } ({ $date }): { $changes ->
    [one] { $changes } ändring
   *[other] { $changes } ändringar
} inte godkända (ändringen kom med versionen som blev HEAD)
audit-action-text-not-approved = låt godkänna ändringen i en revideringsomgång (`riktlinjer round open ID --guidelines { $guideline } --title …`), eller återställ den godkända texten (`git checkout { $commit } -- { $file }` och spara)
audit-message-collection-not-approved = samlingen (titlar, teman, aktörer, granskningsintervall, inledning) skiljer sig från det som omgång { $round } godkände ({ $commit }): { $changes ->
    [one] { $changes } ändring
   *[other] { $changes } ändringar
} inte godkända
audit-action-collection-not-approved = låt godkänna ändringen i en revideringsomgång (`riktlinjer round open ID --title …`), eller återställ den godkända samlingen (`git checkout { $commit } -- { $file }` och spara)
audit-message-statement-unanswered = utlåtande { $round }/{ $code } saknar svar, men dess utlåtanderunda är avslutad
audit-action-statement-unanswered = besvara det: `riktlinjer comment answer { $round } { $round }/{ $code } accepted|partly|rejected|noted --reply …` (eller, om det registrerades av misstag, `riktlinjer comment withdraw { $round } { $round }/{ $code } --reason …`)
audit-message-object-corrupt = objektet { $object } stämmer inte med sitt id: arkivets objektdatabas är skadad eller har manipulerats
audit-action-object-corrupt = återställ arkivet från en pålitlig klon (`git fsck` visar skadan)

audit-message-shallow-hiding = .git/shallow anger { $commits } som avskurna fast det här arkivet har { $count ->
    [one] dess
   *[other] deras
} föregångare: filen döljer historik för granskningen (den har redigerats eller lämnats kvar)
audit-action-shallow-hiding = om klonen är fullständig, ta bort .git/shallow (`git fsck` kontrollerar sedan hela historiken); annars `git fetch --unshallow`; kör sedan `riktlinjer audit` igen
audit-message-shallow-cut = det här är en grund klon: historiken före { $commits } saknas, så uppgifter och bindningar som gjorts före avskärningen kan inte verifieras
audit-action-shallow-cut = hämta hela historiken (`git fetch --unshallow`) och kör `riktlinjer audit` igen

## Terminal: shared

status-kind-revision = revidering
status-kind-currency-check = aktualitetskontroll
snapshot-working-tree = arbetsversionen
snapshot-commit = version { $commit }
snapshot-staged = de köade filerna

## Terminal: recording

record-waiting = väntar på att { $holder } ska bli klar (högst { $seconds } s, se --wait)
record-another-command = ett annat riktlinjer-kommando
record-took-over = tog över registreringslåset från { $holder }, som avslutades utan att släppa det (avbröts det?)
record-removed-leftover = tog bort { $path }, som det avbrutna kommandot lämnat kvar
record-removed-temporary = tog bort { $count ->
    [one] { $count } tillfällig fil
   *[other] { $count } tillfälliga filer
} som ett avbrutet kommando lämnat kvar ({ $paths })
record-repaired = reparerade en avbruten registrering: återställde { $count ->
    [one] { $count } fil
   *[other] { $count } filer
} från HEAD till arbetsversionen och indexet ({ $paths })
record-and-more = och { $count } till
record-committed = Sparad som version { $commit } ({ $files }).
record-committed-only = Sparad som version { $commit }.
record-staged =
    Köad, inte sparad (--no-commit): { $files }. Spara dem med verktygets uppgifter om upphov (granskningen rapporterar uppgifter som sparats utan dem):
    {"  "}{ $command }
record-the-statements = utlåtandefilerna
round-scope-all = { $count ->
    [one] { $count } riktlinje
   *[other] alla { $count } riktlinjer
}
round-opened = Öppnade omgång { $round } ({ $kind }) i skede { $stage } ({ $scope }).
round-no-decision = inget --decision angivet: behandlingen i { $body } registreras utan sitt beslut
round-the-body = organet
round-comments-end-early = utlåtanderundan i { $round } skulle vara öppen till { $closes }; den avslutas i förtid
round-date-not-known = datum okänt
round-advanced = Omgång { $round } är i skede { $stage } ({ $name }), { $date }.
round-next-stage = Nästa skede: { $stage } ({ $name }).
round-approved = Omgång { $round } godkänd { $date } av { $body } (beslut { $decision }), bunden till texten i version { $commit }.
round-verdict-recorded = Riktlinje { $guideline }: { $verdict } ({ $meaning }). { $pending ->
    [one] { $pending } riktlinje i omgång { $round } saknar ännu bedömning.
   *[other] { $pending } riktlinjer i omgång { $round } saknar ännu bedömning.
}
round-verdict-current = fortfarande aktuell
round-verdict-revise = ska revideras
round-verdict-withdraw = upphävs
round-closes-unapproved = omgång { $round } avslutas utan att dess text har godkänts
round-close-text-differs = den gällande texten i { $guidelines } skiljer sig från texten som godkändes i { $event } ({ $date }): `riktlinjer audit` rapporterar det tills en ny omgång godkänner den
round-outcome-currency = { $current } aktuella, { $revise } ska revideras, { $withdraw } upphävs
round-outcome-approved = godkänd (händelse { $event })
round-outcome-not-approved = inte godkänd; senaste skede { $stage }
round-closed = Omgång { $round } avslutad { $date }: { $outcome }.
round-corrected-date = datum { $value }
round-corrected-decision = beslut { $value }
round-corrected-body = organ { $value }
round-corrected-opens = öppnar { $value }
round-corrected-closes = stänger { $value }
round-corrected = Händelse { $event } i omgång { $round } rättad ({ $what }); originalet finns kvar i registret.
round-cancelled = Omgång { $round } inställd { $date }: den försvinner ur rapporterna och ändringsloggen men finns kvar i registret.
round-status-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problem
} i reviews/; läget kan vara ofullständigt (kör `riktlinjer check`)
comment-not-revision-round = omgång { $round } är en aktualitetskontroll; utlåtanden hör till utlåtanderundan i en revideringsomgång
comment-not-revision-round-hint = ange en revideringsomgång; `riktlinjer round status` listar omgångarna
comment-round-closed = omgång { $round } är avslutad (händelse { $event }); inga utlåtanden kan läggas till
comment-round-closed-hint = ingenting registrerades; ett utlåtande till en avslutad omgång hör till nästa revideringsomgång
comment-round-not-open = utlåtanderundan i omgång { $round } har inte öppnats (omgången är i skede `{ $stage }`)
comment-round-not-open-hint = utlåtanden registreras när `riktlinjer round advance { $round } { $stage } --opens … --closes …` har öppnat den
comment-duplicate = utlåtandet är redan registrerat som { $statement } (samma organisation, mottagningsdatum, riktlinje, fält och text)
comment-duplicate-hint = ingenting registrerades; `riktlinjer round status { $round }` listar det
comment-round-cancelled = omgång { $round } är inställd (händelse { $event }); inget mer registreras i den
comment-answer-withdrawn = utlåtande { $statement } är återkallat ({ $reason }); ett återkallat utlåtande besvaras inte
comment-answer-withdrawn-hint = ingenting registrerades; `riktlinjer round status { $round }` listar utlåtandena som väntar på svar
comment-already-answered = utlåtande { $statement } är redan besvarat ({ $disposition }, registrerat av { $by }); för att revidera svaret, registrera ett nytt som ersätter det: `riktlinjer comment answer { $round } { $statement } BEHANDLING --reply … --supersedes`
comment-already-withdrawn = utlåtande { $statement } är redan återkallat ({ $reason }, av { $by })
comment-already-withdrawn-hint = ingenting registrerades; den tidigare återkallelsen gäller
comment-late-but-in-time = --late angavs, men { $received } ligger inom utlåtanderundan ({ $opens } till { $closes }); utlåtandet registreras som inkommet i tid
comment-recorded = Registrerade utlåtande { $statement } från { $from } om { $guideline }, inkommet { $received }{ $late ->
    [yes] , för sent
   *[other] {""}
}.
comment-recorded-whole = Registrerade utlåtande { $statement } från { $from }, inkommet { $received }{ $late ->
    [yes] , för sent
   *[other] {""}
}.
comment-cite-it = Hänvisa till det i en version som besvarar det: `Addresses: { $statement }`
comment-column-ignored = kolumnen `{ $column }` används inte (ange den med --map KOLUMN={ $column } om den ska användas)
comment-row-skipped = rad { $row }: utlåtandet är redan registrerat som { $statement }; hoppades över
comment-more-rows-skipped = … { $count } rader till är redan registrerade; hoppades över
comment-nothing-to-import = Inget att importera: { $count ->
    [one] det enda utlåtandet
   *[other] alla { $count } utlåtanden
} i { $file } är redan registrerade i omgång { $round }.
comment-imported = Importerade { $count ->
    [one] { $count } utlåtande
   *[other] { $count } utlåtanden
} från { $file } ({ $source }){ $late ->
    [0] {""}
   *[other] , { $late } för sent
}:
comment-answered = Besvarade { $statement } från { $from }: { $disposition }. { $left ->
    [one] { $left } utlåtande i omgång { $round } är ännu obesvarat.
   *[other] { $left } utlåtanden i omgång { $round } är ännu obesvarade.
}
comment-withdrawn = Återkallade { $statement } från { $from }; det finns kvar i registret och behöver inget svar. { $left ->
    [one] { $left } utlåtande i omgång { $round } är obesvarat.
   *[other] { $left } utlåtanden i omgång { $round } är obesvarade.
}
deviation-until-before = --until { $until } ligger före avvikelsens datum { $date }
deviation-until-before-hint = ange avvikelsens sista dag med --until
deviation-unknown-none = ingen avvikelse `{ $code }` i reviews/deviations/ (ingen är registrerad)
deviation-unknown = ingen avvikelse `{ $code }` i reviews/deviations/ (de som finns: { $known })
deviation-unknown-hint = `riktlinjer deviation list` visar dem
deviation-already-ended = avvikelse { $code } upphörde redan { $date } ({ $reason }); ett registrerat faktum ändras inte
deviation-already-ended-hint = ingenting registrerades; en avvikelse som fortsätter registreras på nytt med `riktlinjer deviation add`
deviation-end-before-begin = --date { $date } ligger före avvikelsens början ({ $began })
deviation-end-before-begin-hint = ange ett --date från och med { $began }
deviation-uncommitted = guidelines/ har ändringar som inte sparats; avvikelsen binds till den sparade texten i HEAD
deviation-recorded = Avvikelse { $code }: { $project } avviker från riktlinje { $guideline }.
deviation-recorded-until = Avvikelse { $code }: { $project } avviker från riktlinje { $guideline } till { $until }.
deviation-ended = Avvikelse { $code } för { $project } upphör { $date }.
sign-not-allowed = { $reason }; granskningen godtar inte signaturen förrän { $signers } tillåter nyckeln (en rad `PRINCIPAL namespaces="{ $namespace }" <publik nyckel>`, sparad före signaturen)

## Terminal: list, show and log

list-withdrawn-in = (upphävd i omgång { $round })
list-empty = Inga riktlinjer ännu. Lägg till dem med `riktlinjer import FIL` eller genom att skriva guidelines/<id>.toml.
show-id-theme = id: { $id } · tema: { $theme }
show-no-texts-in = (inga texter på `{ $lang }`)
show-missing = (saknas)
show-active-deviations = Gällande avvikelser ({ $count })
log-empty-one = Ingen version har ändrat riktlinjen `{ $guideline }`.
log-empty = Ingen version har ändrat någon riktlinje ännu.
log-round-stage = omgång { $round }, skede { $stage }{ $open ->
    [yes] {" "}(omgången var öppen)
   *[other] {""}
}
log-round = omgång { $round }{ $open ->
    [yes] {" "}(omgången var öppen)
   *[other] {""}
}
log-addresses = besvarar { $statements }
log-present-at-cutoff = fanns redan när den grunda historiken börjar
log-added-renamed = tillagd (omdöpt från { $from })
log-added = tillagd
log-removed-renamed = borttagen (omdöpt till { $to })
log-removed = borttagen
log-modified-texts-unchanged = ändrad (texterna är oförändrade)
log-modified = ändrad: { $fields ->
    [one] { $fields } fält
   *[other] { $fields } fält
}, { $words }
log-spacing-changed = mellanrum ändrade
log-words-added = { $added ->
    [one] { $added } ord tillagt
   *[other] { $added } ord tillagda
}
log-words-removed = { $removed ->
    [one] { $removed } ord borttaget
   *[other] { $removed } ord borttagna
}
log-words-removed-added = { $removed ->
    [one] { $removed } ord borttaget
   *[other] { $removed } ord borttagna
}, { $added } tillagda
diff-review-round = granskningsomgång { $round }: { $from } → { $to }
diff-number = nummer:
diff-theme = tema:

## Terminal: init, import, fmt, ci

init-created = Skapade riktlinjearkivet i { $dir } (version { $commit }).
init-example = Det innehåller { $count ->
    [one] { $count } riktlinje
   *[other] { $count } riktlinjer
}. Prova: riktlinjer --repo { $dir } list
init-next = Nästa steg: lägg till riktlinjer med `riktlinjer import FIL`, eller redigera guidelines/*.toml, och kör sedan `riktlinjer check`.
import-added-file = tillagd  { $file }  ({ $number } { $title })
import-changed-file = ändrad   { $file }  ({ $number } { $title })
import-changed-index = ändrad   { $file }  (titel och inledning)
import-summary = importerade { $count ->
    [one] { $count } riktlinje
   *[other] { $count } riktlinjer
} ({ $lang }) från { $file }: { $added } tillagda, { $changed } ändrade, { $unchanged } oförändrade{ $collection ->
    [yes] ; samlingens text uppdaterad
   *[other] {""}
}
import-not-committed = Ingenting är sparat ännu: granska med `git diff`, kör `riktlinjer check` och spara sedan.
fmt-not-canonical = { $file }: inte i kanonisk form
fmt-ok = ok: { $total ->
    [one] { $total } fil
   *[other] { $total } filer
} i kanonisk form
fmt-would-reformat = { $changed } av { $total ->
    [one] { $total } fil
   *[other] { $total } filer
} skulle formateras om; kör `riktlinjer fmt` för att skriva om dem{ $staged ->
    [yes]  och `git add` dem sedan
   *[other] {""}
}
fmt-formatted = formaterade { $file }
fmt-reformatted = { $changed } av { $total ->
    [one] { $total } fil
   *[other] { $total } filer
} formaterades om
ci-wrote = skrev { $path }
ci-next = Nästa steg:
ci-explained = docs/forge.md förklarar varje jobb och vad man gör när ett misslyckas.
man-wrote = skrev manualsidorna till { $dir }

## Terminal: report currency

currency-term-heading = Riktlinjernas aktualitet per { $as-of } (version { $commit })
currency-term-interval = Varje riktlinje kontrolleras { $months ->
    [one] varje månad
   *[other] var { $months }:e månad
}; "ska kontrolleras" betyder att kontrollen infaller inom { $window ->
    [one] { $window } månad
   *[other] { $window } månader
}.
currency-term-due-counts = Försenade: { $overdue }   Ska kontrolleras: { $due }   I ordning: { $ok }
currency-term-changed-counts = Texten ändrad sedan det gällande godkännandet: { $changed }   Inget registrerat godkännande: { $never-approved }   Översättningar efter: { $behind }
currency-term-active-deviations = Gällande avvikelser: { $count }
currency-state-ok = i ordning
currency-state-due = ska kontrolleras
currency-state-overdue = FÖRSENAD
currency-term-in-revision = Under revidering i omgång { $round }
currency-term-approved = Godkänd: { $approval }{ $changed ->
    [yes] {" "}— texten har ändrats sedan dess
   *[other] {""}
}
currency-term-never-approved = Godkänd: inget godkännande registrerat
currency-term-last-check = Senaste aktualitetskontroll: { $date } i omgång { $round }: { $verdict }
currency-term-no-date = datum inte registrerat
currency-term-no-check = Senaste aktualitetskontroll: ingen registrerad
currency-term-next-due = Nästa kontroll senast: { $due } ({ $months ->
    [one] { $months } månad
   *[other] { $months } månader
} { $basis ->
    [approval] efter godkännandet
    [check] efter den senaste kontrollen
   *[other] efter att den lades till, eftersom den aldrig har godkänts eller kontrollerats
})
currency-term-changed-since = Ändrad sedan godkännandet: { $count ->
    [one] { $count } version
   *[other] { $count } versioner
} ({ $dates })
currency-term-translation-behind = Översättning efter: `{ $lang }` senast ändrad { $changed }, originaltexten { $primary }
currency-term-deviation-earlier-text = Avvikelse { $code } ({ $project }, från { $date }) registrerades mot en tidigare text (version { $commit })

## Terminal: warnings and notes

history-shallow = det här är en grund klon: historiken före avskärningsversionerna saknas, så ändringar och godkännanden före dem är okända. Svar som sträcker sig bakom avskärningen (en riktlinjes första version och upphovsperson, tidigare registrerade godkännanden och aktualitetskontroller, ändringar sedan ett tidigare godkännande, granskningens kontroller av oföränderlighet och bindningar) kan inte vara exakta; kör `git fetch --unshallow` för exakta svar
history-record-unreadable = { $path } som den sparades i version { $commit } kan inte tolkas ({ $reason }); den utelämnades och resten av historiken lästes
changelog-problems = reviews/ har { $count ->
    [one] { $count } problem
   *[other] { $count } problem
} i version { $commit } (kör `riktlinjer check`); uppgifter som inte kan läsas utelämnas
diff-written = { $guidelines ->
    [one] { $guidelines } riktlinje ändrad
   *[other] { $guidelines } riktlinjer ändrade
}: { $added } tillagda, { $removed } borttagna, { $modified } ändrade; { $changes ->
    [one] { $changes } ändring
   *[other] { $changes } ändringar
} i { $fields ->
    [one] { $fields } fält
   *[other] { $fields } fält
}
diff-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problem
} i riktlinjefilerna i { $where } (kör `riktlinjer check`); jämförelsen visar dem som de är
list-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problem
} i riktlinjefilerna; listan kan vara ofullständig (kör `riktlinjer check`)
show-withdrawn = riktlinje { $number } ({ $guideline }) upphävdes i omgång { $round }{ $date ->
    [unknown] {""}
   *[other] {" "}den { $date }
}: den gäller inte längre; dess text bevaras för registret
show-no-texts = riktlinje { $number } har ännu inga texter på `{ $lang }`
show-approved-on = {" "}den { $date }
show-approved-by = {" "}av { $body }
show-approved-decision = {" "}(beslut { $decision })
show-in-force = gällande den { $date }: texten som godkändes i omgång { $round }{ $how }
show-not-in-force-withdrawn = { $guideline } gällde inte den { $date }: den upphävdes i omgång { $round }{ $when ->
    [unknown] {""}
   *[other] {" "}den { $when }
}
show-not-in-force = ingen godkänd text av { $guideline } gällde den { $date }: inget godkännande av den är daterat den dagen eller tidigare (`riktlinjer log { $guideline }` visar dess historik)
publish-uncommitted = guidelines/ har ändringar som inte sparats; webbplatsen visar bara den sparade texten
publish-unreadable = { $path } kan inte läsas och finns inte på webbplatsen (kör `riktlinjer check`)
publish-wrote = skrev { $files ->
    [one] { $files } fil
   *[other] { $files } filer
} för webbplatsen för version { $commit } ({ $languages }) till { $folder }; öppna { $start }
report-round-cancelled = omgång { $round } är inställd (händelse { $event }{ $reason }); den ingår inte i spårets rapporter, och den här sammanställningen är bara för registret
report-round-uncommitted = { $count ->
    [one] { $count } fil
   *[other] { $count } filer
} under reviews/{ $round } har inte sparats ({ $files }); sammanställningen visar uppgifterna som sparats i version { $commit }
report-unknown-citation = version { $commit } hänvisar till { $cited }, men omgång { $round } har inget sådant utlåtande (`riktlinjer round status { $round }` listar dem)
report-uncommitted = guidelines/ har ändringar som inte sparats; rapporten visar bara den sparade historiken
report-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problem
} i riktlinjefilerna i { $where }; riktlinjer som inte kan läsas saknas i rapporten (kör `riktlinjer check`)
report-wrote = skrev { $path } ({ $summary })
report-comments-summary = { $count ->
    [one] { $count } utlåtande
   *[other] { $count } utlåtanden
}, { $unanswered } obesvarade
round-close-unanswered = omgång { $round } kan inte avslutas medan { $count ->
    [one] { $count } utlåtande är obesvarat
   *[other] { $count } utlåtanden är obesvarade
} ({ $statements })
round-close-unanswered-hint = besvara vart och ett med `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`, eller återkalla ett som registrerats av misstag med `riktlinjer comment withdraw { $round } ID --reason …`
# The commit message of an import (commit messages are English in every language: only en.ftl is read).
comment-import-commit = Record { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} to round { $round } imported from { $file }
hooks-commit-stopped = riktlinjer: versionen stoppades ({ $count ->
    [one] { $count } felaktig `Addresses:`-rad
   *[other] { $count } felaktiga `Addresses:`-rader
} i meddelandet). `git commit -e -F { $file }` börjar om från meddelandet du skrev.
hooks-foreign = { $count ->
    [one] { $hooks } finns redan och skrevs inte av riktlinjer
   *[other] { $hooks } finns redan och skrevs inte av riktlinjer
}; ingenting skrevs
hooks-foreign-hint = { $count ->
    [one] kör `riktlinjer hooks install --force` för att ersätta den (den gamla sparas som `<hook>.before-riktlinjer`)
   *[other] kör `riktlinjer hooks install --force` för att ersätta dem (de gamla sparas som `<hook>.before-riktlinjer`)
}, eller anropa `{ $binary } check --staged` och `{ $binary } hooks commit-msg "$1"` från dina egna krokar
hooks-kept-old = sparade den gamla kroken { $hook } som { $backup }
hooks-wrote = skrev { $path }
hooks-installed = Varje version kör nu först `check --staged` och `fmt --check --staged`, och meddelandets `Addresses:`-rader kontrolleras.
hooks-binary = Krokarna anropar { $binary }; installera dem på nytt om riktlinjer flyttas (eller sätt RIKTLINJER till dess sökväg).

## Terminal: command-line help (clap)

help-usage = Användning:
help-commands = Kommandon
help-options = Flaggor
help-arguments = Argument
help-flag-help = Visa hjälpen
help-flag-version = Visa versionen
help-about = Ett git-baserat arkiv för bindande riktlinjer och deras granskningsflöde
help-cmd-init = Skapa ett arkiv för riktlinjer (med `--example` de 16 publicerade)
help-cmd-import = Läs in den publicerade texten av riktlinjerna i riktlinjefilerna
help-cmd-check = Kontrollera alla filer i arkivet; slutstatus 1 om det finns problem
help-cmd-list = Lista riktlinjerna efter tema och nummer
help-cmd-show = Visa en riktlinje med alla fält
help-cmd-fmt = Skriv om TOML-filerna i kanonisk form (eller kontrollera att de är det)
help-cmd-diff = Visa vad som ändrats mellan två versioner, ord för ord (text, Markdown, HTML, JSON, Word)
help-cmd-round = Driv en granskningsomgång: öppna, flytta fram, godkänn, bedöm, avsluta, läge
help-cmd-round-open = Öppna en granskningsomgång i arbetsflödets första skede (eller en aktualitetskontroll)
help-cmd-round-advance = Flytta en omgång till arbetsflödets nästa skede
help-cmd-round-approve = Registrera godkännandet av den sparade texten: inleder godkännandeskedet
help-cmd-round-verdict = Registrera en aktualitetsbedömning av en riktlinje: aktuell, revideras eller upphävs
help-cmd-round-close = Avsluta en omgång (vägras medan utlåtanden är obesvarade)
help-cmd-round-correct = Rätta datum, beslut, organ eller utlåtanderundans datum i en registrerad händelse, som en ny händelse
help-cmd-round-cancel = Ställ in en omgång som öppnats av misstag: den lämnar rapporterna och finns kvar i registret
help-cmd-round-status = Var en omgång står (alla omgångar utan OMGÅNGS-ID)
help-cmd-comment = Registrera utlåtandena i en utlåtanderunda och svaren på dem
help-cmd-comment-add = Registrera ett utlåtande som inkommit i en utlåtanderunda
help-cmd-comment-import = Registrera alla utlåtanden i ett kalkylblad: .xlsx, .xls, .ods eller CSV (alla eller inga)
help-cmd-comment-answer = Registrera svaret på ett utlåtande (eller, med --supersedes, ett reviderat svar)
help-cmd-comment-withdraw = Återkalla ett utlåtande som registrerats två gånger eller av misstag (utlåtandet finns kvar i registret)
help-cmd-log = Historiken för en riktlinje (eller alla): varje ändring, dess omgång och utlåtandena den besvarar
help-cmd-report = Rapporter ur historiken: `report currency` (vad som ska kontrolleras i årets aktualitetskontroll), `report comments` (sammanställningen av utlåtanden i en omgång)
help-cmd-report-currency = Per riktlinje: det gällande godkännandet, den senaste aktualitetskontrollen, när nästa kontroll ska göras
help-cmd-report-comments = Sammanställningen av utlåtanden i en granskningsomgång: varje utlåtande, svaret och ändringarna som gjorts till följd av det
help-cmd-audit = Bevisa godkännandespåret ur historiken; slutstatus 1 om något inte håller
help-cmd-changelog = Riktlinjernas ändringslogg per omgång: vad varje godkännande lade till, reviderade och upphävde
help-cmd-completions = Skriv ut skriptet för kommandokomplettering (bash, zsh, fish, elvish, powershell)
help-cmd-man = Skriv ut manualsidan (eller skriv en per kommando med --out MAPP)
help-cmd-deviation = Avvikelseregistret: registrera, avsluta och lista projekts motiverade avvikelser från en riktlinje
help-cmd-deviation-add = Registrera ett projekts motiverade avvikelse från en riktlinje
help-cmd-deviation-end = Registrera att en avvikelse upphör (avvikelsen finns kvar i registret)
help-cmd-deviation-list = Registret: alla avvikelser, gällande, avslutade eller utgångna
help-cmd-publish = Skriv riktlinjernas offentliga webbplats: varje godkänd version på en egen adress, sidor per aktör, ett flöde, sökning
help-cmd-hooks = Git-krokar som stoppar en felaktig version: `hooks install` (pre-commit: check och fmt på det som köats; commit-msg: `Addresses:`-rader)
help-cmd-hooks-install = Skriv krokarna pre-commit och commit-msg i arkivets krokmapp (`core.hooksPath` om den är satt)
help-cmd-hooks-commit-msg = Kontrollera `Addresses:`-raderna i en fil med ett versionsmeddelande (det som kroken commit-msg kör); slutstatus 1 vid en felaktig
help-cmd-ci = CI för en kodplattform: `ci init gitlab|github` skriver flödet (check, audit, ordvis jämförelse av varje begäran, webbplatsen på Pages)
help-cmd-ci-init = Skriv CI-konfigurationen för en kodplattform i arkivet (`.gitlab-ci.yml` eller `.github/workflows/riktlinjer.yml`)
help-arg-repo = Riktlinjernas arkiv (standard: det git-arkiv som omger den aktuella mappen)
help-arg-color = När terminalutdata ska färgas
help-arg-wait = Hur länge ett registrerande kommando väntar på ett annat som registrerar i samma arkiv, i sekunder; sedan ger det upp med slutstatus 75
help-arg-lang = Språket för terminalens meddelanden: sv, fi eller en (standard: RIKTLINJER_LANG, sedan LC_ALL, LC_MESSAGES, LANG; annars engelska). Kommandon som skriver ett dokument (diff, list, show, round status, report, changelog, import) har ett eget `--lang` som anger dokumentets språk (standard: samlingens huvudspråk); där anger ett `--lang`, före eller efter kommandot, båda

## Site (publish): fixed words of the pages

site-language-name = svenska
site-skip = Hoppa till innehållet
site-home = Startsida
site-navigation = Webbplatsens navigering
site-languages = Språk
site-themes = Teman
site-actors = Aktörer
site-rounds = Granskningsrundor
site-search = Sök
site-search-label = Sök i riktlinjerna
site-no-results = Inga träffar.
site-results = Träffar
site-all-guidelines = Alla riktlinjer
site-search-fallback = Sökningen behöver JavaScript; utan det är listan nedan hela registret.
site-currency = Aktualitetsrapport
site-changelog = Ändringslogg
site-feed = Atom-flöde
site-in-force-since = I kraft sedan
site-in-force = I kraft
site-not-approved = Inte godkänd
site-in-revision = Under revision i rundan
site-withdrawn = Upphävd
site-superseded = Ersatt
site-superseded-by = Ersatt av version
site-since = sedan
site-next-due = Nästa kontroll senast
site-decision = Beslut
site-body = Organ
site-date = Datum
site-stage = Skede
site-round = Runda
site-open-round = Pågående granskningsrunda
site-comment-deadline = Utlåtanden senast
site-comment-round = Utlåtanderunda
site-trail = Godkännandespår
site-history = Historik
site-version = Version
site-diff-previous = ändringar mot föregående version
site-first-version = första godkända versionen
site-statements = Utlåtanden om riktlinjen
site-from = Från
site-answer = Svar
site-unanswered = Inte besvarat än
site-deviations = Avvikelser från riktlinjen
site-decided-by = Beslutad av
site-deviation-ended = Avslutad
site-unapproved-banner = Texten har ändrats sedan den godkändes. De markerade avsnitten är inte godkända.
site-unapproved-field = Ändrad sedan godkännandet – inte godkänd
site-unapproved-diff = Se ändringarna mot den godkända texten
site-not-translated = Den här riktlinjen finns inte på svenska än.
site-read-primary = Läs originaltexten
site-no-versions = Ingen version har godkänts än.
site-none = Inget registrerat.
site-version-in-force = Den här versionen är i kraft.
site-version-superseded = Den här versionen är inte längre i kraft: den har ersatts.
site-version-withdrawn = Den här versionen är inte längre i kraft: riktlinjen är upphävd.
site-in-force-from = I kraft från
site-until = till
site-current-text = Riktlinjens aktuella sida
site-stages = Skeden och datum
site-round-diff = Ändringarna i rundan (sida vid sida)
site-round-comments = Sammandrag av utlåtandena
site-scope = Riktlinjer i rundan
site-opened = Öppnad
site-state-open = pågår
site-state-approved = godkänd
site-state-closed = avslutad
site-state-cancelled = inställd
site-actor-asks = Vad riktlinjerna kräver av aktören
site-machine-readable = Maskinläsbart
site-export = Samlingen som JSON
site-schema = JSON-schema
site-owner = Ägare
site-statement = Riktlinje
site-description = Beskrivning
site-published-from = Publicerad från version
site-guideline = Riktlinje
site-feed-approved = Godkänd
site-feed-opened = Granskningsrunda öppnad
site-feed-deadline = Utlåtanden senast
site-back = Till webbplatsen
site-about = Om riktlinjerna
site-deviation-state-0 = gäller
site-deviation-state-1 = har inte börjat
site-deviation-state-2 = har gått ut
site-deviation-state-3 = avslutad

## options
options-or = eller
options-format-mismatch = --format { $format } stämmer inte med --out { $path }, vars filändelse säger { $extension }
options-format-mismatch-hint = utelämna --format, eller ge filen formatets ändelse (t.ex. `.{ $ext }`)
options-unknown-extension = --out { $path }: filändelsen `.{ $ext }` anger inget format, så formatet är okänt
options-no-extension = --out { $path }: filnamnet har ingen ändelse, så formatet är okänt
options-unknown-extension-hint = ange formatet (`--format { $format }`), eller ge filen ändelsen för ett av formaten ({ $extensions })
options-format-not-written = --out { $path }: filändelsen säger { $format }, men `riktlinjer { $command }` skriver { $formats }
options-format-not-written-hint = ge filen ändelsen för ett av dem ({ $extensions })
options-binary-docx = ett Word-dokument är binärt och kan inte visas i terminalen
options-binary-xlsx = en arbetsbok är binär och kan inte visas i terminalen
options-binary-hint = skriv den till en fil med `--out { $file }`

## errors (2)
round-folder-exists = reviews/{ $round }/ finns redan
round-folder-exists-hint = välj ett annat id för omgången (eller ta bort mappen om den inte är en omgång)
round-bad-kind = --kind: { $reason }
round-sign-nothing = --sign signerar ett organs beslut: `{ $stage }` är ett { $kind ->
    [preparation] beredningsskede
    [treatment] behandlingsskede
    [comment-round] utlåtanderundeskede
    [notice] skede för kännedom
    [approval] godkännandeskede
   *[other] { $kind }-skede
}, så det finns inget att signera
round-sign-nothing-hint = signera behandlingen med `round advance … --sign`, godkännandet med `round approve … --sign`, eller sätt `require_signatures = true` på skedet i reviews/workflow.toml
round-dates-not-comment-stage = --opens och --closes hör till ett utlåtanderundeskede; `{ $stage }` är ett { $kind ->
    [preparation] beredningsskede
    [treatment] behandlingsskede
    [comment-round] utlåtanderundeskede
    [notice] skede för kännedom
    [approval] godkännandeskede
   *[other] { $kind }-skede
}
round-dates-not-comment-stage-hint = utelämna --opens och --closes och ange datumet med --date
round-close-early-hint = för att stänga utlåtanderundan i förtid, registrera först ändringen av dess slutdatum: `riktlinjer round correct { $round } { $event } --closes ÅÅÅÅ-MM-DD --reason …`
round-verdict-nothing-to-supersede = riktlinjen `{ $guideline }` har ännu ingen bedömning i omgång { $round }, så det finns inget att ersätta
supersedes-leave-out-hint = utelämna --supersedes
round-correct-dates-not-comment = --opens och --closes rättar en utlåtanderundas datum; { $event } är ingen händelse i en utlåtanderunda
round-correct-dates-not-comment-hint = utelämna --opens och --closes; --date, --decision och --body rättar andra händelser
round-decision-give = ange beslutets referens
round-reason-give = ange varför, eftersom registreringen bevarar det som en del av spåret
record-no-text-to-bind = det finns ingen text att binda ett faktum till
record-no-guidelines-folder = HEAD har ingen mapp guidelines/
record-no-guidelines-folder-hint = spara riktlinjerna först (`git add guidelines && git commit`)
commit-guidelines-first-hint = spara riktlinjerna först (`git add guidelines && git commit`)
record-file-exists = { $path } finns redan; registrerade fakta skrivs aldrig över
record-file-exists-hint = har detta redan registrerats? Se `git status` och `riktlinjer round status`
record-forbidden-character = kan inte registrera detta: texten `…{ $text }…` innehåller { $character }; en text får innehålla tabb och radbrytning, men inga andra styrtecken och inga icke-tecken
record-forbidden-character-hint = ta bort det och kör kommandot igen; ingenting registrerades
record-no-guidelines = --guidelines anger ingen riktlinje
record-no-guidelines-hint = skriv `all`, nummer (`1,3,7`) eller id:n
sign-not-a-public-key = { $what } är ingen publik OpenSSH-nyckel ({ $reason })
sign-not-a-public-key-hint = ange `ssh-ed25519 AAAA…` eller sökvägen till en nyckelfil
sign-no-key = --sign behöver en nyckel, och ingen är angiven eller konfigurerad
sign-no-key-hint = ange den med `--key ~/.ssh/id_ed25519` (eller dess `.pub`, för en nyckel i ssh-agent), eller ställ in den en gång med `git config user.signingkey ~/.ssh/id_ed25519`
sign-cannot-read-public-key = kan inte läsa den publika nyckelfilen { $path }: { $reason }
sign-cannot-read-public-key-hint = ange nyckelfilen med --key SÖKVÄG
sign-cannot-read-key = kan inte läsa nyckelfilen { $path }: { $reason }
sign-cannot-read-key-hint = ange en privat OpenSSH-nyckel med --key SÖKVÄG
sign-cannot-sign = kan inte signera med { $what }: { $reason }
sign-no-agent = { $what } anger en publik nyckel, som signerar via ssh-agent, och SSH_AUTH_SOCK är inte satt
sign-no-agent-hint = starta en agent (`eval $(ssh-agent)`) och lägg till nyckeln med `ssh-add`, eller ange den privata nyckelfilen med --key
show-in-force-on-not-a-day = --in-force-on { $day }: ange en dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ), t.ex. { $example }
show-nothing-ever-in-force = ingen version har lagt till riktlinjer ännu, så ingenting har någonsin varit i kraft
show-approved-text-unreadable = texten till { $guideline } som godkändes i omgång { $round } (blob { $blob }) går inte att läsa som en riktlinje
run-audit-hint = kör `riktlinjer audit`
currency-as-of-not-a-date = --as-of `{ $value }` är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31
currency-nothing-to-report = ingen version har lagt till riktlinjer ännu, så det finns inget att rapportera
currency-as-of-too-early = --as-of { $as_of } ligger före riktlinjernas första version ({ $first }); ingenting var registrerat då
currency-as-of-too-early-hint = ange ett datum från och med { $first }
changelog-range-hint = skriv FRÅN..TILL med två punkter (t.ex. `HEAD~5..HEAD`), `FRÅN..` (till HEAD) eller `..TILL` (från början)
changelog-range-symmetric = `{ $range }` är ett symmetriskt intervall (tre punkter); ändringsloggen tar ett intervall längs en linje i historiken
changelog-not-a-range = `{ $range }` är inget intervall
changelog-to-not-ancestor = TILL `{ $to }` ({ $commit }) är varken { $head } eller någon av dess föregångare; ändringsloggen läser historiken för { $head }
changelog-to-not-ancestor-hint = checka ut den grenen först, eller ange en version i den här
changelog-from-not-older = FRÅN `{ $from }` ({ $from_commit }) är ingen äldre version än TILL `{ $to }` ({ $to_commit }): intervallet { $range } innehåller inga versioner
diff-name-two-revisions-hint = eller ange två revisioner att jämföra
diff-no-recorded-round = det finns ingen registrerad omgång `{ $round }`
diff-bound-commit-missing = omgång `{ $round }`: { $name } är bunden till versionen { $commit }, som inte finns i det här arkivet
diff-bound-commit-missing-hint = har historiken skrivits om? `riktlinjer audit` kontrollerar varje registrering mot historiken
ci-bad-source = --source { $source }: en git-adress kan inte innehålla { $character }
ci-bad-source-hint = ange den som `https://värd/grupp/riktlinjer.git`
ci-file-exists = { $path } finns redan; ingenting skrevs
ci-file-exists-hint = kör `riktlinjer ci init { $forge } --force` för att ersätta den (`git diff` visar sedan vad som ändrades)
comment-map-no-equals = --map { $map }: inget `=` mellan kolumnen och rubriken
comment-map-no-equals-hint = skriv KOLUMN=RUBRIK, t.ex. --map text=Kommentarer
comment-nothing-to-supersede = utlåtande { $statement } har inget svar ännu, så det finns inget att ersätta
comment-reply-empty-give = skriv svaret som i sammanställningen av utlåtanden
comment-withdraw-reason-give = ange varför utlåtandet återkallas (det finns kvar i registret)
csv-dialect-not-csv = --csv-dialect { $dialect }: dialekten gäller endast --format csv
csv-dialect-not-csv-hint = lägg till `--format csv`, eller utelämna --csv-dialect
completions-no-folder = --out { $path }: mappen finns inte
completions-no-folder-hint = skapa den först (`mkdir -p { $path }`)
hooks-path-not-utf8 = sökvägen till det här programmet ({ $path }) är inte UTF-8, så en krok kan inte ange den
hooks-path-not-utf8-hint = flytta riktlinjer till en enkel sökväg
deviation-required-give = ange det: registret bevarar det som en del av spåret
report-comments-needs-committed = sammanställningen görs av sparade registreringar
record-refused = kan inte registrera { $what }: { $rule }
record-what-event = händelse { $stem } i omgång { $round }
record-what-verdict = bedömningen { $stem } i omgång { $round }
rules-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problem
}: { $list }
rules-correction-unnamed = en rättelse måste ange händelsen den rättar (`corrects = "03-comment-round"`)
rules-correction-no-target = detta rättar `{ $target }`, men omgång { $round } har ingen tidigare händelse med det namnet
rules-correction-stage = en rättelse behåller skedet för händelsen den rättar (`{ $stage }`), inte `{ $got }`
rules-after-end = omgång { $round } avslutades med händelse { $end }; endast rättelser kan följa efter den
rules-dated-before-open = daterad { $date }, före att omgång { $round } öppnades ({ $opened })
rules-dated-before-previous = daterad { $date }, före händelsen den följer på ({ $previous }, { $previous_date })
rules-dated-after-recorded = daterad { $date }, efter att den registrerades ({ $recorded }); ett faktum registreras när det har inträffat
rules-check-stage = händelserna i en aktualitetskontroll har skedet `{ $check }` ([currency_check] i reviews/workflow.toml), inte `{ $stage }`
rules-check-no-approval = en aktualitetskontroll registrerar bedömningar, inte ett godkännande
rules-entered-twice = skede `{ $stage }` inleds två gånger
rules-unknown-stage = skedet `{ $stage }` finns inte i reviews/workflow.toml (skeden: { $stages })
rules-wrong-action = skede `{ $stage }` är av typen { $kind }: det inleds med åtgärden "{ $action }"
rules-second-approval = omgång { $round } är redan godkänd (händelse { $first }); en omgång har ett godkännande
rules-goes-back = omgången går tillbaka från skede `{ $from }` till `{ $to }`
rules-skips = omgången hoppar över { $skipped } före `{ $stage }`
rules-closes-before-opens = utlåtanderundan stänger ({ $closes }) innan den öppnar ({ $opens })
rules-opens-before-round = utlåtanderundan öppnar ({ $opens }) före att omgång { $round } öppnades ({ $opened })
rules-comment-dates-missing = en utlåtanderundas händelse behöver datumen `opens` och `closes`
rules-open-until = daterad { $date }, men utlåtanderundan ({ $event }) är öppen till och med { $closes }; { $kind ->
    [approval] godkännandet
   *[other] delgivningen för kännedom
} kommer efter att den har stängt
rules-verdict-before-open = bedömningen är daterad { $date }, före att dess kontrollomgång { $round } öppnades ({ $opened })
rules-verdict-after-recorded = bedömningen är daterad { $date }, efter att den registrerades ({ $recorded })
rules-verdict-after-close = bedömningen är daterad { $date }, efter att omgång { $round } avslutades ({ $event })
rules-verdict-recorded-after-close = bedömningen registrerades { $recorded }, efter att omgång { $round } avslutades ({ $event }, registrerad { $closed })
rules-received-after-recorded = inkommet { $received }, efter att det registrerades ({ $recorded })
rules-received-outside = inkommet { $received }, utanför utlåtanderundan ({ $opens } till { $closes }), men inte markerat som sent
audit-message-rule = { $place }: { $rule }
audit-action-rule-event-date = ett registrerat faktum redigeras inte: rätta det med ett nytt faktum, `riktlinjer round correct { $round } { $stem } --date ÅÅÅÅ-MM-DD --reason …` (eller `--closes` för en utlåtanderundas slutdatum)
audit-action-rule-verdict-date = registrera bedömningen på nytt med rätt datum: `riktlinjer round verdict { $round } { $guideline } BEDÖMNING --supersedes --date ÅÅÅÅ-MM-DD --note …`
audit-action-rule-statement-date = återkalla utlåtandet (`riktlinjer comment withdraw { $round } { $round }/S-{ $stem } --reason …`) och registrera det på nytt med `--late`
audit-action-rule-order = en händelse i fel ordning kan inte göras ogjord: om omgången öppnades av misstag, `riktlinjer round cancel { $round } --reason …`; registrera annars vad som verkligen hände som en rättelse (`riktlinjer round correct { $round } …`) och förklara det
audit-message-binding-malformed = { $place }: bindningen består inte av objekt-id:n ({ $keys }), så det går inte att veta vilken text uppgiften är bunden till
audit-action-binding-malformed = uppgiften kan inte repareras på plats: registrera faktumet på nytt med riktlinjer, som binder det till den sparade texten
audit-message-history-rewritten = { $place }: uppgiften är bunden till version { $commit }, som inte längre finns i historiken för HEAD: historiken skrevs om (rebase, amend eller reset) efter att den registrerades
audit-action-history-rewritten = återställ den ursprungliga historiken (`git reflog` visar var HEAD har varit; `git reset --hard <den versionen>` går tillbaka dit, eller `git merge { $commit }` om versionen finns kvar); om omskrivningen ska stå kvar, registrera faktumet på nytt bundet till den nuvarande texten
audit-message-tree-mismatch = { $place }: det registrerade trädet för riktlinjerna { $tree } är inte det i version { $commit } ({ $actual })
audit-message-tree-mismatch-none = { $place }: det registrerade trädet för riktlinjerna { $tree } är inte det i version { $commit } (ingen mapp guidelines/)
audit-message-blob-mismatch = { $place }: den registrerade texten för `{ $guideline }` ({ $blob }) är inte dess text i version { $commit } ({ $actual })
audit-message-blob-mismatch-absent = { $place }: den registrerade texten för `{ $guideline }` ({ $blob }) är inte dess text i version { $commit } (saknas)
audit-action-binding-mismatch = uppgiften beskriver inte den text den påstår: ta reda på hur den kom till (`git log -p -- FIL`), och registrera faktumet på nytt med riktlinjer
audit-message-check-stage-renamed = aktualitetskontrollens skedes-id var `{ $then }` när omgång { $round } registrerade sina händelser och är `{ $now }` nu
audit-message-stage-removed = skede `{ $stage }`, som omgång { $round } inledde, togs bort
audit-message-stage-kind-changed = skede `{ $stage }`, som omgång { $round } inledde, bytte typ från { $from } till { $to }
audit-message-stage-answers-changed = skede `{ $stage }`, som omgång { $round } inledde, ändrade `requires_answers` till { $value }
audit-message-stage-order-changed = ordningen mellan skedena `{ $first }` och `{ $second }`, som omgång { $round } gick igenom, ändrades (skeden flyttades, lades till eller togs bort mellan dem)
audit-action-workflow-changed = återställ skedena som registrerade händelser använder (`git show { $commit }~1:reviews/workflow.toml` är arbetsflödet före ändringen); lägg till nya skeden efter dem, eller ge en ändrad process nya skedes-id:n
audit-action-workflow-changed-unknown = återställ skedena som registrerade händelser använder i reviews/workflow.toml; lägg till nya skeden efter dem, eller ge en ändrad process nya skedes-id:n
audit-signer-any = en huvudman i reviews/allowed_signers
audit-signer-principal = huvudmannen `{ $principal }`
audit-the-body = organet
audit-message-signature-missing = { $action ->
    [approve] godkännandet
   *[other] beslutet
} i skede `{ $stage }` av { $body } är inte signerat: { $sig } saknas (det ska signeras av { $who })
audit-action-signature-missing = den som godkänner signerar händelsefilen som den sparades och sparar signaturen: `ssh-keygen -Y sign -n { $namespace } -f NYCKEL { $path }`, sedan `git add { $sig }` och spara den
audit-message-no-signers-file = ; { $signers } fanns inte i { $commit }, som registrerade signaturen
audit-message-signature-invalid = { $problem }{ $no_signers } ({ $action ->
    [approve] godkännandet
   *[other] beslutet
} i skede `{ $stage }` av { $body }, att signeras av { $who })
audit-action-signature-invalid = ta reda på vem som signerade och sparade den (`ssh-keygen -Y check-novalidate -n { $namespace } -s { $sig } < { $path }`, `git show --stat { $commit }`); en sparad signatur ersätts aldrig, så det här fyndet står kvar som uppgift om vad som hände: om nyckeln är godkännarens, lägg till den i { $signers } (för { $who }) så att nästa signatur håller

## summaries of written files
summary-changes = { $count ->
    [one] { $count } ändring
   *[other] { $count } ändringar
}
summary-findings = { $count ->
    [one] { $count } iakttagelse
   *[other] { $count } iakttagelser
}
summary-deviations = { $count ->
    [one] { $count } avvikelse
   *[other] { $count } avvikelser
}
summary-rounds = { $count ->
    [one] { $count } runda
   *[other] { $count } rundor
}
summary-guideline = riktlinje { $number }

## option help
help-opt-active = Bara avvikelserna som gäller i dag
help-opt-actor = Aktören som avvikelsen gäller (ett aktörs-id i guidelines/index.toml)
help-opt-as-of = Datumet rapporten gäller (ÅÅÅÅ-MM-DD; standard: i dag): vad som skulle kontrolleras då, ur historiken fram till den dagen
help-opt-at = Läs som vid denna git-revision (version, tagg, gren, `HEAD~3`): filerna som de sparades där och historiken fram till den
help-opt-base-url = Adressen webbplatsen visas från (`https://example.org/riktlinjer`), för flödets och JSON-LD:s absoluta länkar; sidorna länkar relativt i vilket fall som helst
help-opt-body = Organet som bereder texten (standard: första skedets organ)
help-opt-check = Ändra ingenting; lista filerna som inte är i kanonisk form och avsluta med slutstatus 1 om det finns några
help-opt-ci-init-force = Ersätt en fil som redan finns
help-opt-closes = Utlåtanderundans sista dag (krävs för en utlåtanderunda): ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-opt-code = Avvikelsen (`D-7f3a2c`)
help-opt-comment-add-date = När det inkom (valfritt, standard i dag): ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-opt-comment-add-from = Organisationen (eller personen) som lämnade utlåtandet
help-opt-comment-add-guideline = Riktlinjen det gäller, id eller nummer (standard: hela uppsättningen)
help-opt-comment-answer-supersedes = Ersätt utlåtandets registrerade svar med detta (det tidigare svaret finns kvar i registret som ersatt)
help-opt-comment-import-file = Kalkylbladet: en arbetsbok (.xlsx, .xls, .ods) eller CSV; en rubrikrad, sedan ett utlåtande per rad (eller en svarande per rad med --layout wide)
help-opt-comment-import-late = Godta utlåtanden som inkommit utanför utlåtanderundan; de markeras som för sena
help-opt-csv-dialect = Hur `--format csv` skrivs: `standard` (UTF-8, `,`, LF) eller `excel` (UTF-8 med BOM, `;`, CRLF)
help-opt-date = När det skedde (valfritt, standard i dag; inte i framtiden): ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ, eller ÅÅÅÅ-MM / ÅÅÅÅ när bara det är känt
help-opt-decided-by = Organet som beslutade om avvikelsen
help-opt-decision = Beslutet eller dess beteckning
help-opt-deviation-add-guideline = Riktlinjen: dess id eller nuvarande nummer
help-opt-deviation-add-reason = Varför projektet avviker från riktlinjen
help-opt-deviation-list-guideline = Bara avvikelser från denna riktlinje (id eller nuvarande nummer)
help-opt-deviation-list-project = Bara avvikelser i detta projekt
help-opt-diff-guideline = Bara dessa riktlinjer (id eller nummer, kommaseparerade eller upprepade)
help-opt-diff-lang = Bara dessa språk (kommaseparerade eller upprepade; standard: alla språk). Det första används för titlar och rubriker. Terminalens meddelanden följer det också (se den globala `--lang`)
help-opt-diff-round = Jämför texterna som registrerats i granskningsomgången OMGÅNGS-ID (standard: texten som gällde när den öppnades mot den godkända texten, eller arbetskatalogen så länge det inte finns något godkännande)
help-opt-dir = Mappen som ska skapas (eller ett befintligt git-arkiv att använda); standard: den aktuella mappen
help-opt-disposition = `accepted`, `partly`, `rejected` eller `noted`; på svenska `accepterad`, `delvis`, `avslagen`, `antecknad`, på finska `hyväksytty`, `osittain`, `hylätty`, `"merkitty tiedoksi"` (sparas på engelska)
help-opt-encoding = CSV-filens teckenkodning (standard: identifieras; UTF-8 med eller utan BOM, annars Windows-1252)
help-opt-event = Händelsen som ska rättas: dess filnamn utan ändelse (`03-comment-round`) eller nummer (`3`)
help-opt-example = Skriv också social- och hälsovårdsministeriets 16 publicerade riktlinjer
help-opt-field = Fältet det gäller, t.ex. `sv.description` eller `sv.actors.klient`
help-opt-file = Den publicerade texten (UTF-8), i formatet för publikationens textexport
help-opt-fmt-staged = Med `--check`: kontrollera de köade filerna (indexet: det som nästa version innehåller) i stället för arbetskatalogen; det som kroken pre-commit kör
help-opt-force = Ersätt krokar som riktlinjer inte har skrivit; de gamla sparas bredvid som `<hook>.before-riktlinjer`
help-opt-forge = Kodplattformen
help-opt-format = Utdataformat (standard: det som ändelsen på `--out` anger: .txt, .md, .html, .json, .csv, .docx, .xlsx)
help-opt-from = Den gamla versionen: valfri git-revision (standard: HEAD)
help-opt-from-stage = Med --round: den gamla sidan; `base`, ett skedes id (dess första händelse) eller en händelse (`03-comment-round` eller `03`)
help-opt-guideline = Riktlinjens id (`samarbete`) eller nummer (`1`)
help-opt-guidelines = Riktlinjerna som omfattas: `all`, nummer (`1,3,7`) eller id
help-opt-hooks-commit-msg-file = Filen med versionsmeddelandet (git anger `.git/COMMIT_EDITMSG`)
help-opt-import-lang = Textens språk (standard: samlingens huvudspråk). Terminalens meddelanden följer det också (se den globala `--lang`)
help-opt-in-force-on = Visa texten som gällde denna dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ), ur godkännandespåret: texten i det senaste godkännandet daterat samma dag eller tidigare, om den inte upphävts före dess. Slutstatus 1 när ingen godkänd text gällde den dagen
help-opt-key = Den privata nyckelfilen att signera med (ed25519 eller ecdsa nistp256; standard: `git config user.signingkey`), eller en publik nyckelfil (`.pub` utan sin privata nyckel bredvid) för en nyckel som ssh-agent har (`SSH_AUTH_SOCK`)
help-opt-kind = `revision` (genom arbetsflödets skeden) eller `currency-check` (den årliga aktualitetskontrollen)
help-opt-lang = Dokumentets språk: dess rubriker och fasta formuleringar samt titlar och namn där samlingen har dem (standard: samlingens huvudspråk). Nycklarna i JSON och CSV förblir engelska. Terminalens meddelanden följer det också (se den globala `--lang`)
help-opt-late = Godta ett utlåtande som inkommit utanför utlåtanderundan; det markeras som för sent
help-opt-layout = `long`: ett utlåtande per rad. `wide`: en rad per svarande och en kolumn per fråga eller riktlinje, där rubriken anger riktlinjens nummer eller id (`3`, `Linjaus 3`, `samarbete`); ett utlåtande per cell som inte är tom
help-opt-log-guideline = Riktlinjens id eller nuvarande nummer (standard: alla riktlinjer). En upphävd riktlinje hittas med sitt id
help-opt-man-out = Skriv en sida per kommando (`riktlinjer.1`, `riktlinjer-round.1`, …) i denna befintliga mapp i stället för att skriva ut huvudsidan
help-opt-map = Använd kolumnen RUBRIK för KOLUMN (from, text, guideline, field, date; med --layout wide from, date och text för en allmän kolumn); kan upprepas
help-opt-no-commit = Skriv och köa filerna men spara ingen version
help-opt-note = En fri anteckning
help-opt-opens = Utlåtanderundans första dag (krävs för en utlåtanderunda): ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-opt-out = Skriv utdata till FIL (atomärt; dess mapp måste finnas) i stället för till standard ut
help-opt-project = Projektet (eller planen) som avviker från riktlinjen
help-opt-publish-out = Mappen som webbplatsen skrivs i (skapas; dess överordnade mapp måste finnas; en tidigare webbplats där ersätts, andra mappar vägras)
help-opt-range = Bara versionerna i FRÅN..TILL (git-revisioner; `FRÅN..` går till HEAD, eller till `--at`; `..TILL` från början). Standard: hela historiken
help-opt-reason = Varför (krävs): sparas i registret och i versionsmeddelandet
help-opt-reply = Svaret, som i sammanställningen av utlåtanden
help-opt-report-comments-round = Granskningsomgången (dess mapp under reviews/)
help-opt-require-signatures = Kräv att varje behandlings- och godkännandehändelse har en giltig SSH-signatur (se docs/signing.md); `require_signatures = true` på ett skede i reviews/workflow.toml kräver det för det skedet
help-opt-round = Omgången
help-opt-round-advance-body = Organet som handlar (standard: skedets organ)
help-opt-round-advance-date = När (krävs, utom för en utlåtanderunda, där standard är --opens): ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ, eller `unknown` när källan inte anger något datum
help-opt-round-approve-body = Det beslutande organet (standard: godkännandeskedets organ)
help-opt-round-approve-date = Beslutets datum (krävs): ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (eller ÅÅÅÅ-MM, ÅÅÅÅ); efter att utlåtanderundan avslutats
help-opt-round-approve-decision = Beslutets beteckning, t.ex. ett diarienummer
help-opt-round-correct-body = Det rätta organet
help-opt-round-correct-closes = Utlåtanderundans rätta sista dag (en tidigare dag avslutar den i förtid)
help-opt-round-correct-date = Det rätta datumet (valfritt): ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (ÅÅÅÅ-MM eller ÅÅÅÅ när bara det är känt)
help-opt-round-correct-decision = Det rätta beslutet eller dess beteckning
help-opt-round-correct-opens = Utlåtanderundans rätta första dag
help-opt-round-open-note = En anteckning som sparas i round.toml
help-opt-round-open-round = Den nya omgångens id (ett mappnamn under reviews/, t.ex. `2026-1`)
help-opt-round-status-round = Omgången (standard: alla omgångar)
help-opt-round-verdict-guideline = Riktlinjen (id eller nummer)
help-opt-round-verdict-note = Varför, eller vad som ska revideras
help-opt-round-verdict-round = Aktualitetskontrollens omgång
help-opt-sheet = Arbetsbokens blad som ska läsas (standard: det första)
help-opt-shell = Skalet: bash, zsh, fish, elvish eller powershell
help-opt-sign = Signera händelsen med din SSH-nyckel (SSHSIG, namnrymd riktlinjer-approval@riktlinjer); signaturen sparas bredvid händelsen som `events/NN-<stage>.toml.sig`
help-opt-source = Git-adressen som riktlinjer byggs från i CI (`cargo install --git URL`) när CI:ns RIKTLINJER inte hittas; utan den, sätt RIKTLINJER till en färdigbyggd binär i kodplattformens CI-inställningar
help-opt-stage = Skedet som inleds (dess id i reviews/workflow.toml); det måste vara nästa skede
help-opt-staged = Kontrollera det som köats (indexet: det som nästa version innehåller) i stället för arbetskatalogen; det som kroken pre-commit kör
help-opt-statement = Utlåtandet: `S-7f3a2c` eller `2026-1/S-7f3a2c`
help-opt-supersedes = Ersätt riktlinjens registrerade bedömning i denna omgång med denna (den tidigare bedömningen finns kvar i registret som ersatt)
help-opt-text = Vad det säger
help-opt-title = Vad omgången gäller
help-opt-to = Den nya versionen: valfri git-revision (standard: arbetskatalogen)
help-opt-to-stage = Med --round: den nya sidan; `base`, ett skedes id (dess sista händelse) eller en händelse
help-opt-until = Sista dagen den gäller (standard: tills den avslutas)
help-opt-verdict = `current` (bekräftas som den är), `revise` (en revisionsomgång måste följa) eller `withdraw`; på svenska `aktuell`, `revidera`, `upphäv`, på finska `ajantasainen`, `päivitettävä`, `kumottava` (sparas på engelska)
progress-history = läser historiken
progress-commits = versioner
progress-recording = registrerar
progress-files = filer
progress-comparing = jämför godkända texter
progress-approvals = godkännanden
record-unfinished = uppgiften är registrerad (version { $commit }), men arbetskatalogen eller indexet kunde inte bringas i fas med den: { $error }
record-unfinished-hint = kör `git checkout HEAD -- { $paths }` (eller vilket registrerande riktlinjer-kommando som helst, som reparerar det) innan du sparar något annat
lock-holder-process = process { $pid }
lock-holder-host = på { $host }
lock-holder-command = registrerar `{ $command }`
lock-holder-since = (sedan { $started })
deviation-gone-guideline = { $id } (finns inte längre i samlingen)
deviation-from = från { $date }
deviation-until = till { $date }
deviation-ended-on = avslutad { $date }
deviation-field-guideline = Riktlinje
deviation-field-actor = Aktör
deviation-field-decided-by = Beslutad av
deviation-field-reason = Motivering
deviation-field-ended = Avslutad
deviation-field-note = Obs
deviation-text-changed = riktlinjens text har ändrats sedan avvikelsen registrerades
deviation-none = Inga avvikelser registrerade.
deviation-total = { $count ->
    [one] { $count } avvikelse
   *[other] { $count } avvikelser
}, { $active } gällande
deviation-col-code = Avvikelse
deviation-col-state = Läge
deviation-col-project = Projekt
deviation-col-period = Period
deviation-state-active = gäller
deviation-state-pending = har inte börjat
deviation-state-expired = har gått ut
deviation-state-ended = avslutad
status-md-no-rounds = Inga granskningsomgångar ännu.
status-md-heading = Omgång { $id }: { $title }
status-md-kind = Typ:
status-md-events = Händelser
status-md-events-columns = # | Datum | Skede | Åtgärd | Organ | Beslut | Anteckning | Bunden till version | Text ändrad sedan
status-md-statements = Utlåtanden
status-md-none = Inga registrerade.
status-md-statements-columns = Id | Inkommet | Från | Gäller | Utlåtande | Svar | Svarstext
status-md-verdicts = Bedömningar ({ $counts })
status-md-verdicts-columns = Riktlinje | Bedömning | Datum | Anteckning
status-md-next = Nästa

## Diagnostics of check (src/store)

store-not-a-guideline-file = den här filen är ingen riktlinje (riktlinjefiler slutar på `.toml`); flytta den ut ur guidelines/
store-guideline-is-link = det här är en symbolisk länk, och riktlinjer läser bara vanliga filer (git skulle spara länken, inte texten): ersätt den med filen den pekar på (`cp --remove-destination "$(readlink -f FILE)" FILE`) eller ta bort den
store-guideline-is-folder = det här är en mapp som heter som en riktlinjefil; riktlinjer är filer direkt i guidelines/: byt namn på mappen eller flytta den ut ur guidelines/
store-numbers-free = { $count ->
    [one] {" "}(nummer { $numbers } är ledigt)
   *[other] {" "}(numren { $numbers } är lediga)
}
store-number-twice = nummer { $number } används av mer än en riktlinje ({ $guidelines }); ge varje riktlinje ett eget nummer{ $free }
store-numbers-missing = {" "}(saknas: { $numbers })
store-number-outside = nummer { $number } ligger utanför 1..{ $count } (det finns { $count ->
    [one] { $count } riktlinje
   *[other] { $count } riktlinjer
}); numren ska löpa 1..{ $count } utan luckor{ $missing }
store-hint-did-you-mean = {" "}(menade du `{ $suggestion }`?)
store-hint-expected-one-of = {" "}(väntade något av: { $keys })
store-unknown-setting = okänd inställning `{ $key }`{ $hint }
store-unknown-field = okänt fält `{ $key }`{ $hint }
store-unknown-field-in = okänt fält `{ $key }` i [{ $lang }]{ $hint }
store-lacks-key = { $context } saknar `{ $key }`; lägg till `{ $key } = "…"`
store-must-be-text = `{ $key }` ska vara en text inom citattecken
store-not-a-declared-language = `{ $key }` i { $context } är inget deklarerat språk (languages = [{ $languages }]); deklarera det i `languages` eller ta bort det
store-must-be-text-in = `{ $key }` i { $context } ska vara en text inom citattecken
store-not-utf8 = filen är ingen UTF-8-text (här står en ogiltig byte); spara den med teckenkodningen UTF-8
store-forbidden-character = { $character } står i en text; en text får innehålla tabb och radbrytning, men inga andra styrtecken och inga icke-tecken: ta bort det
store-conflict-marker = här står en konfliktmarkering `{ $marker }` (git lämnade den efter en sammanslagning som inte kunde slutföras): behåll den text du vill ha, radera markeringsraderna `<<<<<<<`, `=======` och `>>>>>>>` och kör sedan `riktlinjer check`
store-invalid-toml = ogiltig TOML (TOML-läsarens ord): { $reason }
store-languages-empty = `languages` ska ange minst ett språk, huvudspråket först
store-complete-language-unknown = det fullständiga språket `{ $lang }` finns inte i `languages`
store-must-be-language-table = `{ $key }` ska vara en tabell med en text per språk, t.ex. `[{ $key }]` och sedan `sv = "…"`
store-collection-lacks-table = samlingen saknar `[{ $key }]` (en text per språk)
store-review-interval = `review_interval_months` ska vara ett helt antal månader från 1 till 120
store-collection-lacks-list = samlingen saknar `{ $key }`, t.ex. `{ $key } = ["sv", "fi"]`
store-must-be-list = `{ $key }` ska vara en lista med texter, t.ex. ["sv", "fi"]
store-list-only-texts = `{ $key }` får bara innehålla texter inom citattecken
store-collection-lacks-entries = samlingen saknar poster `[[{ $key }]]` (var och en med `id` och ett namn per språk)
store-must-be-entries = `{ $key }` ska skrivas som tabeller `[[{ $key }]]`, var och en med `id` och ett namn per språk
store-context-entry = den här posten `[[{ $key }]]`
store-declared-twice = `{ $id }` deklareras två gånger i `[[{ $key }]]`
store-context-named-entry = posten `{ $id }` i `{ $key }`
store-file-name-not-an-id = filnamnet `{ $id }.toml` är inget giltigt id (använd gemena bokstäver, siffror och bindestreck, t.ex. `{ $slug }.toml`)
store-lacks-number = riktlinjen saknar `number`; lägg till t.ex. `number = 1`
store-number-not-whole = `number` ska vara ett heltal från 1 och uppåt
store-context-guideline = riktlinjen
store-hint-did-you-mean-bare = menade du `{ $suggestion }`?
store-hint-the-themes-are = temana är: { $themes }
store-unknown-theme = okänt tema `{ $theme }` ({ $hint }); teman deklareras i guidelines/index.toml
store-lacks-language = riktlinjen saknar sina texter `[{ $lang }]`, som samlingen kräver
store-language-not-table = `{ $lang }` ska vara en tabell: skriv `[{ $lang }]` och dess fält under den
store-text-empty = `{ $lang }.{ $key }` är tomt
store-lacks-actors = [{ $lang }] saknar `[{ $lang }.actors]` med ett stycke per aktör
store-actors-not-table = `{ $lang }.actors` ska vara en tabell: `[{ $lang }.actors]`
store-hint-the-actors-are = aktörerna är: { $actors }
store-unknown-actor = okänd aktör `{ $key }` i [{ $lang }.actors] ({ $hint }); aktörer deklareras i guidelines/index.toml
store-actor-empty = stycket för `{ $key }` i [{ $lang }.actors] är tomt
store-actor-not-text = `{ $lang }.actors.{ $key }` ska vara en text inom citattecken
store-lacks-actor = [{ $lang }.actors] saknar stycket för `{ $actor }`
store-record-conflict-markers = filen har gits konfliktmarkeringar: två grenar registrerade olika fakta under samma namn (en id-krock). Behåll en version i den här filen och registrera det andra faktumet på nytt med riktlinjer, som ger det ett nytt id
store-record-unknown-field = okänt fält `{ $key }`; tillåtna fält är { $fields }
store-record-missing-field = fältet `{ $key }` saknas
store-record-unreadable = registreringen kan inte läsas (läsarens ord): { $reason }
store-bad-round-id = `{ $id }` kan inte vara ett omgångs-id; använd bokstäver, siffror, `-`, `_` och `.` (med en bokstav eller siffra först), t.ex. `2026-1`
store-stray-review-file = reviews/ innehåller workflow.toml, allowed_signers och en mapp per omgång; flytta den här filen någon annanstans
store-workflow-unknown-key-close = okänd nyckel `{ $key }` i { $context } (menade du `{ $suggestion }`?)
store-workflow-unknown-key-languages = okänd nyckel `{ $key }` i { $context }: varken en inställning ({ $settings }) eller ett deklarerat språk ({ $languages })
store-workflow-unknown-key = okänd nyckel `{ $key }` i { $context }: varken en inställning ({ $settings }) eller en språkkod
store-workflow-name-not-text = namnet `{ $key }` i { $context } ska vara en text inom citattecken
store-workflow-has = arbetsflödet har `[[stages]]` och `[currency_check]`
store-workflow-unknown-setting = okänd inställning `{ $key }` ({ $hint })
store-workflow-no-stages = arbetsflödet definierar inga skeden; lägg till tabeller `[[stages]]` (var och en med `id`, `kind` och ett namn per språk) i tur och ordning
store-workflow-stages-not-tables = `stages` ska skrivas som tabeller `[[stages]]`, en per skede, i tur och ordning
store-context-stage = det här skedet
store-stage-lacks-id = den här posten `[[stages]]` saknar `id`; lägg till t.ex. `id = "ka-treatment"`
store-stage-id-not-slug = skedets id `{ $id }` ska bestå av gemena bokstäver, siffror och bindestreck, t.ex. `ka-treatment`
store-stage-lacks-kind = det här skedet saknar `kind`; skriv något av: { $kinds }
store-unknown-stage-kind = okänd skedestyp `{ $kind }`{ $hint }; typerna är: { $kinds }
store-must-be-bool = `{ $key }` ska vara `true` eller `false`
store-stage-no-name = det här skedet har inget namn; lägg till ett per språk, t.ex. `sv = "Utlåtanderunda"`
store-stage-id-twice = skedets id `{ $id }` används två gånger; ge varje skede ett eget id
store-currency-check-not-table = `currency_check` ska vara en tabell: `[currency_check]`
store-check-id-not-slug = id:t `{ $id }` ska bestå av gemena bokstäver, siffror och bindestreck
store-check-id-is-stage = `{ $id }` är redan id för ett skede; ge aktualitetskontrollen ett eget id
store-deviation-end-orphan = detta avslutar avvikelse { $code }, som inte är registrerad (det finns ingen { $path })
store-stray-deviation-folder = reviews/deviations/ innehåller en fil per avvikelse och ends/; flytta den här mappen någon annanstans
store-record-not-toml = registreringar är `.toml`-filer; flytta den här filen ut ur reviews/
store-not-an-object-id = `{ $key }` är `{ $id }`, inget objekt-id (40 hexadecimala siffror): registreringen är inte bunden till någon text; en registrering repareras inte på plats, så registrera faktumet på nytt med riktlinjer
store-first-supersedes = en första registrering ersätter ingenting, men den här anger `{ $supersedes }`; en revision är en fil som heter `{ $base }.r2.toml`
store-revision-supersedes = revision { $revision } av `{ $base }` ska ersätta `{ $expected }` (skriv `supersedes = "{ $expected }"`), och den registreringen måste finnas
store-round-no-round-toml = den här mappen har ingen round.toml och är därför ingen granskningsomgång; `riktlinjer round open` skapar omgångar
store-round-no-guidelines = omgången anger inga riktlinjer
store-event-file-name = en händelsefil heter `NN-<stage>.toml` (t.ex. `03-comment-round.toml`)
store-event-stage-mismatch = filen är namngiven efter skedet `{ $named }` men registrerar skedet `{ $stage }`
store-event-number-twice = två händelser har numret { $seq } ({ $first } och { $second }); två grenar registrerade var sitt steg. Behåll det som inträffade först och registrera det andra på nytt
store-statement-file-name = en utlåtandefil heter `S-<code>.toml` med 6 gemena hexadecimala siffror (t.ex. `S-7f3a2c.toml`); utlåtandefiler skrivs av `riktlinjer comment add`
store-statement-code-mismatch = id:t { $round }/S-{ $code } stämmer inte med utlåtandets innehåll (som ger S-{ $expected }): ett registrerat utlåtande får inte redigeras eller byta namn, eftersom commits hänvisar till det med id. Återställ det med `git checkout -- { $file }`
store-statement-out-of-scope = riktlinjen `{ $guideline }` ingår inte i omgång { $round } ({ $guidelines })
store-field-not-a-path = `{ $field }` är ingen fältsökväg; skriv LANG.title, LANG.statement, LANG.description eller LANG.actors.ACTOR
store-field-lacks-language = `{ $field }` saknar språk
store-field-language-unknown = `{ $lang }` är inget av samlingens språk ({ $languages })
store-field-without-guideline = ett utlåtande om ett fält måste ange sin riktlinje
store-answer-orphan = detta besvarar `{ $round }/{ $statement }`, men omgång { $round } har inget sådant utlåtande (statements/{ $statement }.toml saknas)
store-withdrawal-orphan = detta återkallar `{ $round }/{ $statement }`, men omgång { $round } har inget sådant utlåtande (statements/{ $statement }.toml saknas)
store-verdict-wrong-round = omgång { $round } är av typen `{ $kind }`; bedömningar hör till aktualitetskontroller (`currency-check`)
store-verdict-out-of-scope = en bedömningsfil är namngiven efter en riktlinje som ingår i omgången; `{ $guideline }` är ingen av: { $guidelines }
fmt-not-utf8 = filen är ingen UTF-8-text; spara den med teckenkodningen UTF-8
error-output-not-a-file = --out { $path }: det är { $what ->
    [link] en symbolisk länk
    [folder] en mapp
   *[special] ingen vanlig fil (en enhet, ett rör eller en sockel)
}, och riktlinjer ersätter filen den skriver; ingenting skrevs
error-output-not-a-file-hint = ange sökvägen till en ny eller vanlig fil; utelämna --out för att skriva till standardutmatningen
## Import, signing, dates and help (errs2)

date-not-a-date = `{ $date }` är inget datum; skriv ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ när bara månaden eller året är känt
date-not-a-date-lenient = `{ $date }` är inget datum; skriv ÅÅÅÅ-MM-DD (eller D.M.ÅÅÅÅ), eller ÅÅÅÅ-MM eller ÅÅÅÅ när bara månaden eller året är känt
date-no-month = `{ $date }` är inget datum: det finns ingen månad { $month }
date-no-day = `{ $date }` är inget datum: { $month } har ingen dag { $day }
date-year-range = `{ $date }` är inget datum: året ska ligga mellan 1000 och 9999
date-no-such-day = `{ $date }` är inget datum (dag { $day }, månad { $month }, år { $year } finns inte)
cell-error-value = cellen innehåller felvärdet { $value } (en formel som misslyckades); skriv in själva värdet i cellen
cell-not-a-date = `{ $date }` är inget datum; skriv ÅÅÅÅ-MM-DD, D.M.ÅÅÅÅ eller M/D/ÅÅÅÅ (ett klockslag efter datumet går bra), eller ÅÅÅÅ-MM eller ÅÅÅÅ när bara månaden eller året är känt
cell-year-four-digits = `{ $date }` är inget datum: skriv året med fyra siffror (ÅÅÅÅ-MM-DD, D.M.ÅÅÅÅ eller M/D/ÅÅÅÅ, ett klockslag efter datumet går bra, eller ÅÅÅÅ-MM eller ÅÅÅÅ när bara månaden eller året är känt)
cell-slashed-no-day = `{ $date }` är inget datum (varken månad { $a } dag { $b } eller dag { $a } månad { $b } år { $year } finns)
cell-date-ambiguous = `{ $date }` är tvetydigt: { $month_first } (månaden först, som LibreOffice och Excel på amerikansk engelska skriver) eller { $day_first } (dagen först){ $why }; skriv det som ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
cell-date-ambiguous-both-orders = , och kolumnen har datum skrivna i båda ordningarna
cell-date-ambiguous-no-order = , och inget annat datum i kolumnen visar ordningen
cell-day-month-year = { $day } { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
sheet-column-from = organisationen som skickade utlåtandet
sheet-column-text = utlåtandets text
sheet-column-guideline = riktlinjen
sheet-column-field = fältet
sheet-column-date = mottagningsdatumet
sheet-file-empty = filen är tom; den ska ha en rubrikrad och en rad per utlåtande
sheet-unknown-encoding = --encoding { $encoding }: okänd teckenkodning; använd utf-8, windows-1252 eller latin1 (ISO-8859-1)
sheet-not-in-encoding = filen är inte text i { $encoding } (byten { $byte } här kan inte vara { $encoding }); den är troligen Windows-1252 (Latin-1), som Excel sparar CSV i Windows: kör igen med --encoding windows-1252, eller utelämna --encoding så känns kodningen igen
sheet-nul-byte = det här ser inte ut som en CSV-fil: rad { $line } innehåller en NUL-byte (en binärfil, eller UTF-16-text utan byte-order mark); spara bladet som CSV i UTF-8 eller Windows-1252
sheet-control-character = texten går inte att läsa som { $encoding }: rad { $line } innehåller kontrolltecknet { $character }; ange filens teckenkodning med --encoding (t.ex. utf-8, windows-1252, latin1)
sheet-encoding-of-workbook = --encoding { $encoding }: { $path } är en arbetsbok, som anger sin egen teckenkodning; --encoding gäller CSV-filer
sheet-encoding-of-workbook-hint = utelämna --encoding
sheet-sheet-of-csv = --sheet { $sheet }: { $path } är en CSV-fil, som har ett enda blad; --sheet väljer ett blad i en arbetsbok (.xlsx, .xls eller .ods)
sheet-sheet-of-csv-hint = utelämna --sheet
sheet-unclosed-quote = det här citattecknet öppnar en cell som aldrig stängs, så resten av filen skulle bli en enda cell; stäng den med `"` (ett citattecken inne i en citerad cell skrivs `""`)
sheet-row-shape = { $cells } { $cells ->
    [one] cell
   *[other] celler
}, men rubrikraden har { $width }; en text som innehåller `{ $separator }` eller en radbrytning ska stå inom dubbla citattecken
sheet-source-csv = { $encoding }, avgränsad med `{ $separator }`
sheet-source-sheet = bladet `{ $sheet }`
sheet-separator-tab = tabb
sheet-separated-by = {" "}(avgränsade med `{ $separator }`)
sheet-map-no-such-column = --map { $column }={ $header }: filen har ingen kolumn `{ $header }`; dess kolumner är: { $columns }
sheet-columns-ambiguous = fler än en kolumn kan innehålla { $what }: { $columns }; välj en med --map { $column }=RUBRIK
sheet-no-column = ingen kolumn för { $what } (sökte efter en rubrik som heter { $names }); filens kolumner är: { $columns }{ $separated }. Ange kolumnen med --map { $column }=RUBRIK
sheet-cell-empty = { $what } (kolumnen `{ $header }`) är tom
sheet-no-statements = filen har en rubrikrad men inga utlåtanden; lägg till en rad per utlåtande
sheet-map-in-wide = --map { $column }=…: med --layout wide anger varje utlåtandekolumn sin riktlinje i rubriken (`3`, `Linjaus 3`, `samarbete`); --map { $column } gäller --layout long
sheet-map-in-wide-hint = utelämna --map { $column }=…, eller läs bladet med --layout long
sheet-header-names-no-guideline = kolumnen `{ $header }` anger ingen riktlinje; med --layout wide anger rubriken för varje utlåtandekolumn riktlinjens nummer eller id (`Linjaus 3`, `3`, `samarbete`)
sheet-header-unknown-guideline = kolumnen `{ $header }`: { $reason }; rubriken för en utlåtandekolumn anger riktlinjens nummer eller id
sheet-no-guideline-column = ingen kolumn i bladet anger en riktlinje; med --layout wide anger rubriken för varje utlåtandekolumn riktlinjens nummer eller id (`3`, `Linjaus 3`, `samarbete`), eller så är den en allmän kolumn (`Kommentarer`, `Kommentit`, `Comments`). Kolumnerna är: { $columns }
sheet-not-csv = går inte att läsa som CSV: { $reason }
workbook-unreadable = går inte att läsa som arbetsbok ({ $reason }); importera en .xlsx-, .xls- eller .ods-fil som Excel eller LibreOffice sparar den, eller bladet sparat som CSV
workbook-damaged = innehållet är skadat
workbook-no-sheets = arbetsboken har inga blad
workbook-no-such-sheet = --sheet { $sheet }: arbetsboken { $path } har inget blad `{ $sheet }`; dess blad är: { $sheets }
workbook-no-such-sheet-hint = ange ett av dem med --sheet
workbook-sheet-unreadable = bladet `{ $sheet }` går inte att läsa: { $reason }
workbook-sheet-empty = bladet `{ $sheet }` är tomt; det ska ha en rubrikrad och en rad per utlåtande{ $others }
workbook-other-sheets = {" "}(välj ett annat med --sheet; bladen är: { $sheets })
comment-from-empty = organisationen är tom
comment-text-empty = utlåtandets text är tom
comment-received-in-future = mottagningsdatumet, { $date }, ligger i framtiden (i dag är det { $today })
comment-guideline-out-of-scope = riktlinjen `{ $guideline }` ingår inte i omgång { $round } ({ $guidelines })
comment-field-unknown-language = `{ $lang }` är inte ett av samlingens språk ({ $languages })
comment-field-unknown-actor = `{ $actor }` är inte en av samlingens aktörer ({ $actors })
comment-field-needs-guideline = fältet `{ $field }` behöver riktlinjen det hör till
comment-received-late = mottaget { $date }, utanför utlåtanderundan ({ $opens } till { $closes }); ett sent utlåtande registreras bara med --late, och märks som sent
published-language = { $lang ->
    [sv] svenska
    [fi] finska
   *[en] engelska
}
published-empty = filen är tom; den publicerade texten av riktlinjerna väntades
published-binary = det här är en binärfil, inte en textfil; den publicerade texten (UTF-8) av riktlinjerna väntades
published-not-utf8 = rad { $line } är inte UTF-8-text; spara filen som UTF-8 och importera den igen
published-no-headings = det här ser inte ut som den publicerade texten av riktlinjerna: hittade ingen temarubrik ({ $themes }) och ingen riktlinjerubrik som `Punkt 1: Samarbete`
published-no-guideline-heading = det här ser inte ut som den publicerade texten av riktlinjerna: hittade ingen riktlinjerubrik som `Punkt 1: Samarbete` efter temarubrikerna ({ $themes })
published-heading-before-theme = en riktlinjerubrik står före alla temarubriker
published-unknown-theme = `{ $heading }` ser ut som en temarubrik, men guidelines/index.toml har inget sådant tema (teman: { $themes }); lägg till temat där eller rätta rubriken
published-unexpected-line = väntade en rad i innehållsförteckningen (`1. Titel`), en temarubrik eller en riktlinjerubrik (`Punkt 1: Titel`), hittade `{ $line }`
published-toc-no-heading = innehållsförteckningen tar upp riktlinje { $number } ({ $title }), men texten har ingen rubrik `… { $number }: { $title }`
published-toc-title-differs = rubriken lyder `{ $heading }` men innehållsförteckningen (rad { $line }) säger `{ $title }` för riktlinje { $number }; gör dem lika
published-number-twice = riktlinjenummer { $number } förekommer två gånger (första gången på rad { $line })
published-label-of-other-language = `{ $label }` är etiketten för en rad på { $label_language }, men texten importeras på { $language } (`--lang { $lang }`), där raderna heter `{ $statement }` och `{ $description }`; importera filen med `--lang { $label_lang }`, eller ge exporten på { $language }
published-actors-too-early = aktörsraden i riktlinje { $number } kommer före dess rader `{ $statement }` och `{ $description }`
published-actor-count = aktörsrubriken nämner { $named } { $named ->
    [one] aktör
   *[other] aktörer
}; samlingen har { $declared }
published-expected-statement-row = väntade raden `{ $label }` i riktlinje { $number } (`{ $label }<TAB>text`), hittade `{ $line }`
published-expected-actor-header = väntade aktörsrubriken i riktlinje { $number } (de { $actors } aktörsnamnen åtskilda med tabbar), hittade en rad med { $cells } { $cells ->
    [one] cell
   *[other] celler
}
published-actor-row-cells = aktörsraden i riktlinje { $number } har { $cells } { $cells ->
    [one] cell
   *[other] celler
} åtskilda med tabbar; { $actors } väntades (en per aktör)
published-lacks = riktlinje { $number } ({ $title }) saknar { $what }
published-lacks-row = sin rad `{ $label }`
published-lacks-actor-header = aktörsrubriken
published-lacks-actor-paragraphs = raden med aktörernas stycken
signing-not-a-private-key = den är inte en privat OpenSSH-nyckel ({ $reason })
signing-passphrase = nyckeln är skyddad med en lösenfras, som verktyget inte kan fråga efter; signera med `ssh-keygen -Y sign` i stället (se docs/signing.md), eller använd en nyckel utan lösenfras som förvaras på en token eller en krypterad disk
signing-key-cannot-sign = nyckeln av typen { $algorithm } kan inte signera här ({ $reason }); använd en ed25519- eller ecdsa-nyckel (nistp256)
signing-no-agent = når inte ssh-agenten på { $socket } ({ $reason }); starta en (`eval $(ssh-agent)`) och lägg till nyckeln med `ssh-add`
signing-agent-no-list = ssh-agenten listade inte sina nycklar ({ $reason })
signing-agent-lacks-key = ssh-agenten har inte nyckeln { $fingerprint }; lägg till den med `ssh-add SÖKVÄG-TILL-DEN-PRIVATA-NYCKELN` (`ssh-add -l` visar vad den har)
signing-agent-refused = ssh-agenten vägrade signera med nyckeln { $fingerprint } ({ $reason })
signers-no-key = raden har ingen publik nyckel (`ssh-ed25519 AAAA…`)
signers-bad-key = den publika nyckeln går inte att läsa ({ $reason })
signers-bad-time = { $option }="{ $value }" är ingen tidpunkt (ÅÅÅÅMMDD[TTMM[SS]][Z])
signers-unknown-option = okänt alternativ `{ $option }`
sig-not-ssh = signaturfilen är ingen SSH-signatur ({ $reason })
sig-namespace = signaturen med nyckeln { $fingerprint } gjordes i namnrymden `{ $namespace }`, inte `{ $expected }`: den signerar något annat än ett godkännande
sig-mismatch = signaturen med nyckeln { $fingerprint } stämmer inte med händelsefilen: filen eller signaturen har ändrats, eller så signerar den en annan fil
sig-principal = principalen `{ $principal }`
sig-any-principal = någon principal
sig-key-not-listed = nyckeln { $fingerprint } finns inte i { $signers } för { $who } (som filen såg ut när signaturen registrerades)
sig-namespace-not-allowed = { $signers }:{ $line } tillåter inte nyckeln { $fingerprint } att signera i namnrymden `{ $namespace }` (namespaces="{ $namespaces }")
sig-not-valid-at = nyckeln { $fingerprint } var inte giltig { $at } enligt { $signers }:{ $line } (giltig { $from }{ $until })
sig-valid-from = från { $time }
sig-valid-until = {" "}till { $time }
error-would-overwrite = { $path } är inte tom: { $what }
error-unknown-name = { $option }`{ $wanted }` är inte { $what }; { $known_as }: { $known }
error-none-known = (inga)
error-empty-option = { $option } är tomt; { $give }
round-empty-give = utelämna det eller ge en text
round-name-an-event = en händelse i omgång { $round }
round-name-its-events = dess händelser är
comment-name-a-column = en kolumn
comment-name-the-columns = kolumnerna är
deviation-name-an-actor = en aktör i guidelines/index.toml
deviation-name-the-actors = aktörerna är
init-is-a-file = det är en fil, inte en katalog
init-holds-files = den innehåller filer och är inget git-arkiv; `init` skapar ett nytt arkiv i en tom eller ny katalog, eller lägger till riktlinjefilerna i ett befintligt git-arkiv
init-already-set-up = den har redan en mapp `{ $folder }/`; arkivet verkar redan vara upprättat (prova `riktlinjer check`)
help-value-default = { $help } (standard)
help-value-color-auto = Färg när standard ut är en terminal och `NO_COLOR` inte är satt
help-value-color-always = Alltid färg
help-value-color-never = Aldrig färg
help-value-format-text = Justerade kolumner, grupperade efter tema
help-value-show-format-text = Stycken med rubriker för terminalen
help-value-diff-format-text = För terminalen: färger i en terminal, annars `[-old-]{"{"}+new+{"}"}`
help-value-round-status-format-text = För terminalen
help-value-log-format-text = Commit för commit, nyaste först
help-value-report-currency-format-text = En sammanfattning, sedan ett block per riktlinje
help-value-audit-format-text = Vad som kontrollerades, sedan varje fynd med vad som ska göras
help-value-deviation-list-format-text = Ett block per avvikelse
help-value-format-markdown = En Markdown-lista per tema
help-value-show-format-markdown = Markdown med en rubrik per fält
help-value-diff-format-markdown = Ett avsnitt per ändrad riktlinje, `~~old~~ **new**` i löptexten
help-value-round-status-format-markdown = Markdown, för en rapport
help-value-report-currency-format-markdown = En sammanfattning och en tabell
help-value-report-comments-format-markdown = Ett dokument att klistra in i en wiki eller konvertera med pandoc
help-value-changelog-format-markdown = Markdown i Keep-a-Changelog-stil
help-value-deviation-list-format-markdown = En Markdown-tabell
help-value-format-json = En array av objekt med `id`, `number`, `theme`, `title`
help-value-show-format-json = Riktlinjen som ett objekt: `id`, `number`, `theme`, `texts`
help-value-diff-format-json = JSON: `{"{"}"from", "to", "guidelines": [{"{"}"id", "number", "status", "fields": [{"{"}"field", "hunks": [{"{"}"old", "new"{"}"}]{"}"}]{"}"}]{"}"}`
help-value-round-status-format-json = Ett objekt (med OMGÅNGS-ID) eller en array av objekt
help-value-log-format-json = En array av ändringar, nyaste först
help-value-report-currency-format-json = En array av riktlinjer
help-value-report-comments-format-json = Hela rapporten som data
help-value-audit-format-json = Ett objekt: `ok`, `checked`, `findings`, `notes`
help-value-changelog-format-json = Ändringsloggen som data
help-value-deviation-list-format-json = En array av objekt
help-value-format-csv = Kommaseparerade värden med en rubrikrad (se --csv-dialect)
help-value-report-currency-format-csv = En rad per riktlinje (se --csv-dialect)
help-value-report-comments-format-csv = En rad per utlåtande, för ett kalkylblad (se --csv-dialect)
help-value-format-xlsx = En Excel-arbetsbok, en rad per riktlinje (kräver `--out` i en terminal)
help-value-report-comments-format-xlsx = En Excel-arbetsbok, en rad per utlåtande (kräver `--out` i en terminal)
help-value-csv-dialect-standard = UTF-8 utan BOM, `,`-separerad, LF-radslut: för program
help-value-csv-dialect-excel = UTF-8 med BOM, `;`-separerad, CRLF-radslut: öppnas rätt i Excel med finska eller svenska språkinställningar
help-value-format-html = En fristående sida som skrivs ut snyggt
help-value-show-format-html = En fristående HTML-sida
help-value-diff-format-html = En fristående sida: gammalt | nytt sida vid sida per fält, och i löptexten
help-value-report-currency-format-html = En fristående sida med en tabell
help-value-format-docx = Ett Word-dokument med den nya texten där varje ändring är en spårad ändring (kräver `--out` i en terminal)
help-value-report-comments-format-docx = Ett Word-dokument (kräver `--out` i en terminal)
help-value-layout-long = Ett utlåtande per rad
help-value-layout-wide = En rad per svarande, ett utlåtande per cell som inte är tom
help-value-forge-gitlab = GitLab CI/CD och GitLab Pages
help-value-forge-github = GitHub Actions och GitHub Pages
clap-error-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
clap-error-value-required = '{ $arg }' kräver ett värde men inget gavs
clap-error-possible-values = [möjliga värden: { $values }]
clap-error-invalid-value-because = ogiltigt värde '{ $value }' för '{ $arg }': { $reason }
clap-error-unknown-argument = oväntat argument '{ $arg }'
clap-error-unknown-subcommand = okänt underkommando '{ $name }'
clap-error-missing-arguments = följande obligatoriska argument saknas:
clap-error-used-twice = argumentet '{ $arg }' kan inte anges flera gånger
clap-error-conflict = argumentet '{ $arg }' kan inte användas tillsammans med '{ $prior }'
clap-error-conflict-many = argumentet '{ $arg }' kan inte användas tillsammans med:
clap-tip-similar = tips: { $what ->
    [subcommand] { $count ->
        [one] ett liknande underkommando finns: { $names }
       *[other] liknande underkommandon finns: { $names }
    }
    [value] { $count ->
        [one] ett liknande värde finns: { $names }
       *[other] liknande värden finns: { $names }
    }
   *[argument] { $count ->
        [one] ett liknande argument finns: { $names }
       *[other] liknande argument finns: { $names }
    }
}
clap-more-information = Mer information får du med '{ $help }'.
sheet-at-csv-cell = { $path }:{ $line }:1: cell { $cell }
sheet-at-csv-row = { $path }:{ $line }:1: rad { $row }

## Library errors and history problems (words3)

history-problem-at = rad { $line }, kolumn { $col }: { $reason }
char-named = { $code } ({ $name })
char-name-nul = NUL
char-name-bell = ljudsignal
char-name-backspace = backsteg
char-name-vertical-tab = vertikal tabb
char-name-form-feed = sidmatning
char-name-carriage-return = vagnretur
char-name-escape = escape-tecken
char-name-delete = raderingstecken
char-name-next-line = nästa rad
char-name-csi = inledare av styrsekvens
char-name-noncharacter = ett icke-tecken
char-name-c0 = ett C0-styrtecken
char-name-c1 = ett C1-styrtecken
repo-index-conflicts = indexet har olösta sammanslagningskonflikter
repo-index-conflicts-hint = lös dem och kör `git add` på filerna först
repo-no-identity = git vet inte vem du är, och varje registrerat faktum anger vem som registrerade det
repo-no-identity-hint = kör `git config --global user.name "Ditt Namn"` och `git config --global user.email du@example.org`
diff-round-no-endpoint = omgång `{ $round }` har ingen händelse eller inget skede `{ $selector }`; ange `base`, ett skedes id eller en händelse: { $events }
diff-round-no-events = (inga händelser registrerade ännu)
diff-round-event-unbound = { $path }: händelsen anger ingen `[content] commit`, så den är inte bunden till någon text att jämföra
diff-round-event-unbound-hint = välj en annan händelse
changelog-approval-commit-missing = ett godkännande är bundet till versionen { $commit }, som inte finns i det här arkivet (har historiken skrivits om?)
changelog-approval-commit-missing-hint = kör `riktlinjer audit`
no-commits-publish = det finns inget att publicera
site-reserved-id = guidelines/{ $id }.toml: id:t `{ $id }` är namnet på en mapp på webbplatsen ({ $reserved })
site-reserved-id-hint = byt namn på filen (id:t är dess namn), spara en version och publicera igen
site-no-guidelines-commit = ingen version till och med { $commit } lägger till riktlinjer, så det finns inget att publicera
site-no-guidelines-commit-hint = spara riktlinjerna först (`git add guidelines && git commit`)
site-out-not-a-site = --out { $path }: mappen finns och är inte en webbplats som riktlinjer har skrivit (den har ingen { $marker })
site-out-not-a-site-hint = ange en ny mapp, eller ta bort den här först
site-index-unreadable = guidelines/index.toml i version { $commit } kan inte läsas
site-index-unreadable-hint = kör `riktlinjer check`
