# riktlinjer's wording in English (the fallback for any message another catalogue lacks).
# Message ids and the variables they take must be the same in every catalogue
# (the tests in src/i18n.rs check it). Plurals by Fluent selectors.

## Documents: plain words and headings

title-field = Title
statement-field = Guideline
description-field = Description
added = added
removed = removed
modified = modified
unchanged = unchanged
number = number
theme = theme
and-word = and
more-word = more
working-tree = the working tree
round = round
round-cap = Round
review-round = Review round
md-legend = Removed text is ~~struck through~~, inserted text is **bold**.
legend-intro = Each changed field is shown side by side, the old text on the left and the new text on the right, then inline:
removed-text = removed text
is-struck = is struck through
inserted-text = inserted text
is-underlined = is underlined
changed-guidelines = Changed guidelines
old-text = Old
new-text = New
no-text = (none)
inline = Inline
disposition-header = Disposition
statements-header = Statements
organisation-header = Organisation
accepted-header = Accepted
partly-header = Partly
rejected-header = Rejected
noted-header = Noted
unanswered-header = Unanswered
accepted = accepted
partly = partly accepted
rejected = rejected
noted = noted
unanswered = unanswered
unanswered-statements = Unanswered statements
unanswered-from = {" "}from{" "}
unanswered-on = {" "}on{" "}
whole-set = The guidelines as a whole
received = Received
late-note = late: outside the comment round
field = field
answer = Answer
unanswered-caps = UNANSWERED
no-answer-yet = no answer is recorded yet.
changed-in-answer = Changed in answer
no-text-changed = no guideline text changed
comment-round-note = Note recorded with the comment round:
no-comment-round = The round has had no comment round.
changelog = Changelog
unreleased = Unreleased (not approved)
cancel-out = The text is the same as the approved text (the changes cancel out).
added-heading = Added
revised-heading = Revised
withdrawn-heading = Withdrawn
to-revise-heading = To be revised
confirmed-heading = Confirmed current
unreadable = Not readable as guidelines on one side (left out; run `riktlinjer check` at those commits)
unreadable-short = Not readable as guidelines on one side (left out)
pending-heading = Rounds without a recorded approval
nothing-in-range = No approvals, currency checks or changes to guidelines/ in this range.
approved-as-is = No change to the text: approved as it was.
withdrawn-by-verdict = withdrawn by the currency check's verdict
file-removed = its file was removed
no-body = (no body recorded)
no-decision = (no decision recorded)
no-date = no date
overdue-cap = Overdue
overdue = overdue
due = due
ok = ok
no-header = No.
guideline-header = Guideline
status-header = Status
approved-header = Approved
last-check-header = Last check
next-check-header = Next check
changed-since-header = Changed since approval
deviations-header = Deviations
in-force = in force
in-revision = in revision
withdrawn = withdrawn
date-not-recorded = date not recorded
text-changed-since = the text has changed since

## Documents: words by record name

verdict-current = current
verdict-revise = revise
verdict-withdraw = withdraw
action-enter = entered
action-approve = approved
action-close = closed
action-correct = corrected
action-cancel = cancelled

guidelines-count = { $count ->
    [one] { $count } guideline
   *[other] { $count } guidelines
}
commits-count = { $count ->
    [one] { $count } commit
   *[other] { $count } commits
}
and-more = … and { $count } more

## Diff

changes-from-to = Changes from { $from } to { $to }
changes-title = { $title }: changes from { $from } to { $to }
diff-summary = { $total ->
    [one] { $total } guideline
   *[other] { $total } guidelines
} changed ({ $modified } modified, { $added } added, { $removed } removed): { $hunks ->
    [one] { $hunks } change
   *[other] { $hunks } changes
} in { $fields ->
    [one] { $fields } field
   *[other] { $fields } fields
}.
no-changes = No changes from { $from } to { $to }.
tracked-note = Every change is a tracked change by { $author }: accept or reject each one in Word (Review) or LibreOffice (Edit › Track Changes).

## Summary of statements

statements-title = Summary of statements: { $round }
round-line = { $kind ->
    [revision] Review round { $id } (revision round), opened { $opened }, { $guidelines }.
   *[currency-check] Review round { $id } (currency-check round), opened { $opened }, { $guidelines }.
}
comment-round-line = Comment round { $opens } to { $closes }.
approved-line = Approved { $date } by { $body }, decision { $decision }.
approved-line-no-date = (no date)
approved-line-no-body = (no body recorded)
approved-line-no-decision = (no reference recorded)
not-approved-line = No approval is recorded; the round is { $state ->
    [closed] closed
   *[open] open
} in stage { $stage }.
not-approved-no-stage = (none)
made-line = Made { $date } from the records committed at { $commit }.
totals-line = { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
} from { $organisations ->
    [one] { $organisations } organisation
   *[other] { $organisations } organisations
}; { $late } late; { $answered } answered, { $unanswered } unanswered.
no-statements = No statements are recorded for round { $round }.
others-without-statements = No statement concerns the other { $count ->
    [one] { $count } guideline
   *[other] { $count } guidelines
} in the round's scope.

## Changelog

limited-to = Limited to the commits { $from }..{ $to } ({ $from-commit }..{ $to-commit }).
unreleased-since = { $commits ->
    [one] { $commits } commit changed guidelines/ and no approval covers it
   *[other] { $commits } commits changed guidelines/ and no approval covers them
}; below, the text now against the text approved in round { $round } (commit { $commit }).
unreleased-all = { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
} changed guidelines/ and no approval is recorded, so every guideline is unreleased.
pending-closed = closed without approval
pending-open-stage = open, in stage { $stage }
pending-open = open
entry-heading = { $kind ->
    [revision] Round { $round }: approved { $date }
   *[currency-check] Round { $round }: currency check { $date }
}
revision-previous = { $title }. Approved by { $body }, decision { $decision }; the text of commit { $text }, compared with the text approved in round { $previous }.
revision-base = { $title }. Approved by { $body }, decision { $decision }; the text of commit { $text }, the first recorded approval ({ $guidelines }), compared with the text in force when the round opened (commit { $commit }).
revision-first = { $title }. Approved by { $body }, decision { $decision }; the text of commit { $text }, the first recorded approval ({ $guidelines }); every guideline in it is new.
check-line = { $title }. Verdicts: { $confirmed } confirmed current, { $to-revise } to be revised, { $withdrawn } withdrawn.
check-line-by = { $title }. Verdicts by { $body }: { $confirmed } confirmed current, { $to-revise } to be revised, { $withdrawn } withdrawn.

## Currency

currency-title = { $title } — currency as of { $as-of }
currency-heading = Currency of the guidelines as of { $as-of }
checked-every = Each guideline is checked every { $months ->
    [one] month
   *[other] { $months } months
}
due-means = means the check falls within { $months ->
    [one] { $months } month
   *[other] { $months } months
}.
currency-totals = { $total ->
    [one] { $total } guideline
   *[other] { $total } guidelines
}: { $in-force } in force, { $in-revision } in revision, { $withdrawn } withdrawn
changed-counts = Text changed since the approval in force: { $changed }; no approval recorded: { $never-approved }; translations behind: { $behind }
approval-by = {" "}by { $body }
approval-decision = , decision { $decision }
approval-round = , round { $round }

## Terminal: round status

status-no-rounds = No review rounds yet. Open one with `riktlinjer round open ID --title …`.
status-heading = Round { $id }: { $title } ({ $kind })
status-state = State:
status-guidelines = Guidelines:
status-opened = Opened:
status-note = Note:
status-events = Events:
status-comments = Comments:
status-statements = Statements:
status-verdicts = Verdicts:
status-text = Text:
status-approval = Approval:
status-passed = Passed:
status-next = Next:
status-no-date = no date
status-stage-of = stage { $position } of { $of }, { $id } ({ $name })
status-no-stage = no stage entered
status-state-open = open — { $stage }
status-state-approved = approved — { $stage }
status-state-closed-approved = closed, approved
status-state-closed = closed
status-state-cancelled = cancelled (opened by mistake; kept on record)
status-verdict-counts = { $current } current, { $revise } revise, { $withdraw } withdraw, { $pending } pending
status-text-no-event = no event recorded
status-text-unchanged = unchanged since { $event }
status-text-changed = changed since { $event } in { $fields }
status-approval-none = not recorded
status-approval-line = { $date } by { $body }, decision { $decision }; { $text }
status-approval-same = the text now is the approved text (commit { $commit })
status-approval-differs = the text now DIFFERS from the approved text (commit { $commit }) in { $fields }
status-opened-line = { $opened }, recorded by { $by }; text in force then: commit { $commit }
status-event-open = open { $opens } to { $closes }
status-event-decision = decision: { $decision }
status-event-corrects = corrects { $event }
status-event-reason = reason: { $reason }
status-event-note = note: { $note }
status-event-text-changed = text changed since: { $fields }
status-comments-line = { $opens } to { $closes }, { $state }
status-comments-open = open, { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
status-comments-not-yet-open = not yet open
status-comments-closed = closed
status-statements-none = none recorded
status-statements-summary = { $count }, { $unanswered } unanswered
status-whole-set = whole set
status-late = { $about } (late)
status-withdrawn = withdrawn
status-revised = { $disposition } (revised)
status-unanswered = unanswered
status-disposition-accepted = accepted
status-disposition-partly = partly
status-disposition-rejected = rejected
status-disposition-noted = noted
status-pending = pending
status-followed-by = revision round { $round }
status-next-nothing = nothing; the round is closed
status-comments-closed-on = the comment round closed { $date }
status-next-verdicts = give a verdict for { $count ->
    [one] { $count } guideline
   *[other] { $count } guidelines
} ({ $guidelines }): `riktlinjer round verdict { $round } GUIDELINE current|revise|withdraw`
status-next-revision-round = open a revision round for { $guidelines }: `riktlinjer round open NEW-ID --title … --guidelines { $ids }`
status-next-close-check = close the check: `riktlinjer round close { $round }`
status-next-nothing-required = nothing is required; `riktlinjer round close { $round }` closes the round
status-next-answer = answer { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} ({ $statements }): `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`
status-next-comments-open = the comment round is open until { $closes }; record statements with `riktlinjer comment add { $round } --from ORGANISATION --text …` or `riktlinjer comment import { $round } FILE.csv`
status-next-close = close the round: `riktlinjer round close { $round }`
status-next-stage = next stage: { $stage } ({ $kind }): { $command }
status-next-stage-by = next stage: { $stage } ({ $kind }) by { $body }: { $command }

## Terminal: errors

error-prefix = error:
error-caused-by = caused by:
error-hint = hint:
warning-prefix = warning:
error-did-you-mean = {" "}(did you mean `{ $suggestion }`?)
error-did-you-mean-one-of = {" "}(did you mean one of: { $suggestions }?)
error-not-a-repository = { $path } is not inside a git repository
error-not-a-repository-hint = run the command inside the repository of your guidelines, pass `--repo PATH`, or create one with `riktlinjer init DIR --example`
error-no-collection = { $path } has no guidelines collection (guidelines/index.toml is missing)
error-no-collection-hint = create one with `riktlinjer init` (add `--example` for the published guidelines)
error-unknown-guideline = no guideline `{ $wanted }`{ $suggestions }
error-unknown-guideline-hint = `riktlinjer list` shows every guideline with its id and number
error-unknown-round = no review round `{ $wanted }` in reviews/{ $suggestions }{ $known }
error-no-rounds-yet = ; there are no rounds yet
error-the-rounds-are = ; the rounds are: { $rounds }
error-unknown-round-hint = `riktlinjer round status` lists the rounds; `riktlinjer round open ID --title …` opens one
error-unknown-statement = round { $round } has no statement `{ $wanted }`{ $suggestions }
error-unknown-statement-hint = `riktlinjer round status { $round }` lists every statement id of the round
error-bad-date = { $option }: { $reason }
error-bad-date-hint = write a date as YYYY-MM-DD (or D.M.YYYY), or YYYY-MM or YYYY when only the month or year is known
error-no-commits = the repository has no commits yet, so { $consequence }
error-no-commits-hint = commit the guidelines first (`git add guidelines && git commit`), or create a collection with `riktlinjer init`
no-commits-history = it has no history to read
no-commits-changelog = it has no history to make a changelog of
no-commits-round = there is no recorded round `{ $round }`
no-commits-bind = there is no text to bind a fact to
no-commits-diff-head = there is no HEAD to compare the working tree with
error-busy = another riktlinjer command is recording in this repository{ $holder }; waited { $waited } s for it to finish
error-busy-hint = nothing was recorded; run the command again when the other one has finished, or wait longer with `--wait SECONDS`. If the process named is not riktlinjer, delete { $lock }

error-unknown-revision = revision `{ $rev }` does not exist in this repository
error-unknown-revision-hint = use a commit id, tag or branch; `git log --oneline` lists the commits
error-io = cannot { $action } { $path }: { $reason }
error-io-read-hint = check that the file exists and is readable, then run the command again
error-io-write-hint = check that the disk has room and the file or folder is writable, then run the command again
error-unreadable-input-hint = check the path and that the file is readable; nothing was changed
error-output = cannot write output: { $reason }
error-no-output-folder = cannot write { $path }: the folder { $folder } does not exist
error-no-output-folder-hint = create the folder first (`mkdir -p { $folder }`) or write into an existing one; riktlinjer does not create folders, and nothing was written
error-file-exists = { $path } is not empty: the file already exists
error-would-overwrite-hint = choose an empty or new directory; nothing was written
error-invalid-hint = fix the lines above, then run `riktlinjer check`
error-bad-rows-hint = nothing was imported; fix these cells (or name the columns with --map) and run the command again
error-bad-input-hint = nothing was changed; fix the input file and run the command again
error-future-date = { $option } { $date } lies in the future (today is { $today })
error-future-date-hint = record a fact once it has happened; nothing was recorded
error-unknown-stage = unknown stage `{ $wanted }`{ $suggestions }; the stages of reviews/workflow.toml are, in order: { $stages }
error-unknown-stage-hint = name a stage of reviews/workflow.toml; `riktlinjer round status ROUND` shows where a round stands
error-unknown-language = the collection has no language `{ $wanted }`; its languages are: { $languages }
error-unknown-language-hint = give one of the collection's languages, or leave out --lang for the primary one
error-bare-repository = { $path } is a bare repository; riktlinjer needs a working tree
error-bare-repository-hint = run the command in a clone with a working tree (`git clone REPO DIR`), or pass `--repo DIR`
error-uncommitted = cannot record { $what }: guidelines/ has uncommitted changes ({ $paths }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}); it would be bound to the committed text, not the text you see
error-uncommitted-hint = commit the guideline changes first (`git add guidelines && git commit`), then record the event
error-round-uncommitted-hint = commit the round first (`git add reviews/{ $round } && git commit`)
error-in-progress = cannot record while a { $operation } is in progress: the commit could be lost when the { $operation } is finished or aborted
error-in-progress-hint = finish it first ({ $finish }), then record; nothing was recorded
error-behind-head = the working tree or index does not hold what HEAD committed under reviews/ ({ $paths }); an earlier recording was interrupted or the files were changed
error-behind-head-hint = restore the committed records with `git checkout HEAD -- { $paths }`, then run the command again; nothing was recorded
error-internal = internal error: { $message }
error-internal-hint = this is a bug in riktlinjer; please report it with the command you ran
round-exists = round { $round } already exists (reviews/{ $round }/, opened { $opened } by { $by }); choose another id
round-advance-approval-stage = `{ $stage }` is an approval stage; record the approval with `riktlinjer round approve { $round } --date … --decision …`, which binds it to the committed text
round-advance-comment-dates = `{ $stage }` is a comment round: give its dates with --opens YYYY-MM-DD --closes YYYY-MM-DD
round-closes-before-opens = --closes { $closes } is before --opens { $opens }; a comment round closes after it opens
round-advance-date-missing = give the date of the { $stage } with --date YYYY-MM-DD (or YYYY-MM, YYYY, or `unknown` when the source gives none)
round-approve-not-next = the next stage of round { $round } is `{ $stage }` ({ $kind }), not an approval; a round cannot skip a stage
round-approve-not-next-hint = record that stage first: `riktlinjer round advance { $round } { $stage } …`
round-approve-passed = round { $round } has passed every stage of the workflow
round-approve-passed-approved = round { $round } has passed every stage of the workflow and was approved (event { $event })
round-approve-passed-hint = nothing is left to approve; `riktlinjer round status { $round }` shows the round
round-approve-no-body = name the deciding body with --body (stage `{ $stage }` has no default body)
round-verdict-not-currency = round { $round } is a revision round; verdicts belong to currency-check rounds
round-verdict-not-currency-hint = open one with `riktlinjer round open ID --kind currency-check --title …`
round-verdict-closed = round { $round } is closed (event { $event }); nothing more can be recorded in it
round-verdict-closed-hint = a recorded verdict can still be corrected with --supersedes
round-verdict-out-of-scope = guideline `{ $guideline }` is not in the scope of round { $round } ({ $scope })
round-verdict-out-of-scope-hint = name a guideline of the round's scope; a check of another guideline belongs to a round of its own
round-verdict-exists = guideline `{ $guideline }` already has the verdict `{ $verdict }` ({ $date }) in round { $round }
round-verdict-exists-hint = to correct it, record a new verdict that supersedes it: `riktlinjer round verdict { $round } { $guideline } VERDICT --supersedes --note …`
round-already-closed = round { $round } is already closed (event { $event })
round-nothing-recorded-status-hint = nothing was recorded; `riktlinjer round status { $round }` shows the round
round-close-verdicts-pending = round { $round } cannot close while { $count ->
    [one] { $count } guideline lacks
   *[other] { $count } guidelines lack
} a verdict ({ $guidelines })
round-close-verdicts-pending-hint = record each with `riktlinjer round verdict { $round } GUIDELINE current|revise|withdraw`
round-nothing-to-correct = nothing to correct: the command names no new value
round-nothing-to-correct-hint = say what to correct: --date, --decision, --body, or a comment round's --opens/--closes
round-cancel-ended = round { $round } has already ended (event { $event }); a round that ended stays as it is
round-cancel-approved = round { $round } was approved (event { $event }); an approval is not cancelled
round-cancel-approved-hint = close the round with `riktlinjer round close { $round }`, and revise the text in a new round
rules-already-in-stage = round { $round } is already in stage `{ $stage }`; { $next ->
    [none] there is no later stage; close the round with `riktlinjer round close { $round }`
   *[other] the next stage is `{ $next }` ({ $kind })
}
rules-cannot-go-back = round { $round } is in stage `{ $stage }`, which comes after `{ $target }`; a round cannot go back. For another pass, open a new round; { $next ->
    [none] there is no later stage; close the round with `riktlinjer round close { $round }`
   *[other] the next stage is `{ $next }` ({ $kind })
}
rules-cannot-skip = round { $round } is in stage `{ $stage }`; it cannot skip to `{ $target }`: { $next ->
    [none] there is no later stage; close the round with `riktlinjer round close { $round }`
   *[other] the next stage is `{ $next }` ({ $kind })
}
rules-cannot-skip-no-stage = round { $round } has entered no stage; it cannot skip to `{ $target }`: { $next ->
    [none] there is no later stage; close the round with `riktlinjer round close { $round }`
   *[other] the next stage is `{ $next }` ({ $kind })
}
rules-unanswered = round { $round } cannot move past `{ $stage }` while { $count ->
    [one] { $count } statement is
   *[other] { $count } statements are
} not answered ({ $statements }); answer each with `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`
round-what-opening = the opening of round { $round }
round-what-stage = stage { $stage } of round { $round }
round-what-approval = the approval of round { $round }
round-what-verdict = a verdict in round { $round }

## Terminal: check

check-ok = ok: { $guidelines ->
    [one] { $guidelines } guideline
   *[other] { $guidelines } guidelines
} in { $themes ->
    [one] { $themes } theme
   *[other] { $themes } themes
} ({ $declared }), { $actors ->
    [one] { $actors } actor
   *[other] { $actors } actors
}, languages { $languages }, { $rounds ->
    [one] { $rounds } review round
   *[other] { $rounds } review rounds
} — no problems in { $where }
check-problems = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
} in { $files ->
    [one] { $files } file
   *[other] { $files } files
}; { $seen ->
    [one] { $seen } guideline file
   *[other] { $seen } guideline files
} and { $rounds ->
    [one] { $rounds } review round
   *[other] { $rounds } review rounds
} read
check-index-problems = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
} in guidelines/index.toml; the guidelines were not checked until it is fixed

## Terminal: audit

audit-no-commit = (no commit)
audit-headline = Audit of the approval trail at { $head }
audit-checked = Checked: { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
}, { $events ->
    [one] { $events } event file
   *[other] { $events } event files
} (never changed, in stage order), { $bindings ->
    [one] { $bindings } content binding
   *[other] { $bindings } content bindings
}, { $guidelines ->
    [one] { $guidelines } guideline
   *[other] { $guidelines } guidelines
} against their last approval, { $statements ->
    [one] { $statements } statement
   *[other] { $statements } statements
}, { $objects ->
    [one] { $objects } object
   *[other] { $objects } objects
} re-hashed.
audit-signatures = Signatures: { $signatures ->
    [one] { $signatures } event signature
   *[other] { $signatures } event signatures
} checked against reviews/allowed_signers.
audit-all-holds = All holds: the approval trail is intact.
audit-findings = { $count ->
    [one] { $count } finding that does not hold:
   *[other] { $count } findings that do not hold:
}
audit-commit = commit { $commit } by { $author } on { $date }: { $summary }
audit-more-commits = … { $count } more …
audit-what-to-do = What to do:
audit-notes = Notes:
audit-kind-incomplete-history = The history is incomplete (a shallow clone): the audit cannot see every commit.
audit-kind-event-modified = An event file was changed after it was committed.
audit-kind-event-deleted = An event file was deleted.
audit-kind-record-modified = A record file was changed after it was committed.
audit-kind-record-deleted = A record file was deleted.
audit-kind-unreadable-record = A review record cannot be read in some commit.
audit-kind-stage-order = An event is out of the workflow's stage order.
audit-kind-date-order = A record's date is before what it must follow, or after it was recorded.
audit-kind-invalid-correction = A correction names no earlier event of its stage.
audit-kind-workflow-changed = reviews/workflow.toml changed a stage that recorded events use.
audit-kind-history-rewritten = A binding names a commit that is not in the history.
audit-kind-binding-invalid = A content binding is malformed or names objects that do not exist.
audit-kind-binding-mismatch = A content binding does not match the commit it names.
audit-kind-text-not-approved = The text in force differs from the text of the last approval.
audit-kind-approved-guideline-missing = An approved guideline is missing without a withdrawal.
audit-kind-collection-not-approved = The collection file changed since the last approval.
audit-kind-statement-unanswered = A statement of a closed comment round has no answer.
audit-kind-record-unattributed = A record was committed without the tool's trailers, or by someone other than the person it names.
audit-kind-signature-missing = An event that must be signed has no signature.
audit-kind-signature-invalid = An event's signature does not hold.
audit-kind-object-corrupt = A git object does not hash to its id.

audit-note-nothing = no commit has changed guidelines/ or reviews/ yet: there is nothing to audit
audit-note-shallow-harmless = .git/shallow lists only commits without parents, which hides nothing; it can be removed
audit-note-restored = { $path } was changed or removed in { $commits } and later restored as first committed
audit-note-renumbered = { $count ->
    [one] { $count } guideline changed only in number since its approval
   *[other] { $count } guidelines changed only in number since their approval
} (renumbering): { $guidelines }
audit-note-never-approved = { $count ->
    [one] { $count } guideline has
   *[other] { $count } guidelines have
} no recorded approval, so there is no approved text to compare with
audit-note-beyond-cutoff = { $count ->
    [one] { $count } record is bound to commits before the shallow clone's cut-off, which this clone does not have, so it was not checked
   *[other] { $count } records are bound to commits before the shallow clone's cut-off, which this clone does not have, so they were not checked
}: { $records }
audit-message-event-deleted = this event file was deleted after it was recorded; a recorded fact must never change or disappear{ $merge ->
    [none] {""}
   *[other] {" "}(the merge { $merge } did not keep it)
}
audit-message-record-deleted = this record was deleted after it was committed; a recorded fact must never change or disappear{ $merge ->
    [none] {""}
   *[other] {" "}(the merge { $merge } did not keep it)
}
audit-message-event-modified = this event file was changed after it was recorded; a recorded fact must never change or disappear{ $merge ->
    [none] {""}
   *[other] {" "}(the merge { $merge } did not keep it)
}
audit-message-record-modified = this record was changed after it was committed; a recorded fact must never change or disappear{ $merge ->
    [none] {""}
   *[other] {" "}(the merge { $merge } did not keep it)
}
audit-action-restore-record = restore the record as first committed: `git checkout { $commit } -- { $path }` and commit it; record any correction as a new fact (`riktlinjer round correct`, `riktlinjer comment answer --supersedes`, `riktlinjer comment withdraw`, `riktlinjer round verdict --supersedes`)
audit-message-unreadable-record = as committed in { $commit }, this record does not parse ({ $reason }), so what it records cannot be verified
audit-action-record-again = a record is never repaired in place: record the fact again with riktlinjer (it writes a new file) and leave this one as it is; `riktlinjer check` shows the problem
audit-message-no-trailers = this record was committed in { $commit } without the trailers the tool writes (`Review-Round: { $round }`): it was not recorded with riktlinjer
audit-message-other-author = this record names `{ $recorded-by }` as who recorded it, but it was committed by `{ $author }` ({ $commit })
audit-action-unattributed = find out who made it (`git show --stat { $commit }`); a record is never removed, so if it does not state a true fact, record the correction as a new fact with riktlinjer (`riktlinjer round correct`, `riktlinjer comment withdraw`); commit what `--no-commit` staged with the `git commit` command it printed, which carries the trailers
audit-message-approved-missing = guideline `{ $guideline }`, approved in round { $round } ({ $date }), is missing from HEAD (deleted or renamed) and no withdrawal is recorded
audit-action-approved-missing = restore it (`git checkout { $commit } -- { $file }` and commit), or record its withdrawal: `riktlinjer round open ID --kind currency-check --guidelines { $guideline } --title …`, then `riktlinjer round verdict ID { $guideline } withdraw --note …`
audit-message-text-not-approved = the text in force differs from the text approved in round { $round } ({ $date }): { $changes ->
    [one] { $changes } change
   *[other] { $changes } changes
} not approved, by { $authors }
audit-message-text-not-approved-head = the text in force differs from the text approved in round { $round } ({ $date }): { $changes ->
    [one] { $changes } change
   *[other] { $changes } changes
} not approved (the change came with the commit that made HEAD)
audit-action-text-not-approved = have the change approved in a revision round (`riktlinjer round open ID --guidelines { $guideline } --title …`), or restore the approved text (`git checkout { $commit } -- { $file }` and commit)
audit-message-collection-not-approved = the collection (titles, themes, actors, review interval, introduction) differs from what round { $round } approved ({ $commit }): { $changes ->
    [one] { $changes } change
   *[other] { $changes } changes
} not approved
audit-action-collection-not-approved = have the change approved in a revision round (`riktlinjer round open ID --title …`), or restore the approved collection (`git checkout { $commit } -- { $file }` and commit)
audit-message-statement-unanswered = statement { $round }/{ $code } has no answer, but its comment round has closed
audit-action-statement-unanswered = answer it: `riktlinjer comment answer { $round } { $round }/{ $code } accepted|partly|rejected|noted --reply …` (or, if it was recorded by mistake, `riktlinjer comment withdraw { $round } { $round }/{ $code } --reason …`)
audit-message-object-corrupt = object { $object } does not hash to its id: the repository's object database is damaged or was tampered with
audit-action-object-corrupt = restore the repository from a trusted clone (`git fsck` shows the damage)

audit-message-shallow-hiding = .git/shallow marks { $commits } as cut off although this repository has { $count ->
    [one] its
   *[other] their
} parents: the file hides history from the audit (it was edited or left behind)
audit-action-shallow-hiding = if this clone is complete, remove .git/shallow (`git fsck` then checks the whole history); otherwise `git fetch --unshallow`; then run `riktlinjer audit` again
audit-message-shallow-cut = this is a shallow clone: the history before { $commits } is missing, so records and bindings made before the cut-off cannot be verified
audit-action-shallow-cut = fetch the whole history (`git fetch --unshallow`) and run `riktlinjer audit` again

## Terminal: shared

status-kind-revision = revision
status-kind-currency-check = currency-check
snapshot-working-tree = the working tree
snapshot-commit = commit { $commit }
snapshot-staged = the staged files

## Terminal: recording

record-waiting = waiting for { $holder } to finish (up to { $seconds } s, see --wait)
record-another-command = another riktlinjer command
record-took-over = took over the recording lock from { $holder }, which ended without releasing it (it was killed?)
record-removed-leftover = removed { $path }, which the interrupted command had left
record-removed-temporary = removed { $count ->
    [one] { $count } temporary file
   *[other] { $count } temporary files
} left by an interrupted command ({ $paths })
record-repaired = repaired an interrupted recording: restored { $count ->
    [one] { $count } file
   *[other] { $count } files
} committed at HEAD into the working tree and index ({ $paths })
record-and-more = and { $count } more
record-committed = Committed { $commit } ({ $files }).
record-committed-only = Committed { $commit }.
record-staged =
    Staged, not committed (--no-commit): { $files }. Commit them with the tool's trailers (the audit reports records committed without them):
    {"  "}{ $command }
record-the-statements = the statement files
round-scope-all = { $count ->
    [one] the { $count } guideline
   *[other] all { $count } guidelines
}
round-opened = Opened { $kind } round { $round } in stage { $stage } ({ $scope }).
round-no-decision = no --decision given: the treatment by { $body } is recorded without its decision
round-the-body = the body
round-comments-end-early = the comment round of { $round } was to stay open until { $closes }; it ends early
round-date-not-known = date not known
round-advanced = Round { $round } is in stage { $stage } ({ $name }), { $date }.
round-next-stage = Next stage: { $stage } ({ $name }).
round-approved = Round { $round } approved { $date } by { $body } (decision { $decision }), bound to the text of commit { $commit }.
round-verdict-recorded = Guideline { $guideline }: { $verdict } ({ $meaning }). { $pending ->
    [one] { $pending } guideline of round { $round } still lacks a verdict.
   *[other] { $pending } guidelines of round { $round } still lack a verdict.
}
round-verdict-current = confirmed current
round-verdict-revise = to be revised
round-verdict-withdraw = to be withdrawn
round-closes-unapproved = round { $round } closes without an approval of its text
round-close-text-differs = the text in force of { $guidelines } differs from the text approved in { $event } ({ $date }): `riktlinjer audit` will report it until a new round approves it
round-outcome-currency = { $current } current, { $revise } to revise, { $withdraw } to withdraw
round-outcome-approved = approved (event { $event })
round-outcome-not-approved = not approved; last stage { $stage }
round-closed = Round { $round } closed { $date }: { $outcome }.
round-corrected-date = date { $value }
round-corrected-decision = decision { $value }
round-corrected-body = body { $value }
round-corrected-opens = opens { $value }
round-corrected-closes = closes { $value }
round-corrected = Event { $event } of round { $round } corrected ({ $what }); the original stays on record.
round-cancelled = Round { $round } cancelled { $date }: it leaves the reports and the changelog, and stays on record.
round-status-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in reviews/; the status may be incomplete (run `riktlinjer check`)
comment-not-revision-round = round { $round } is a currency-check round; statements belong to the comment round of a revision round
comment-not-revision-round-hint = name a revision round; `riktlinjer round status` lists the rounds
comment-round-closed = round { $round } is closed (event { $event }); no statement can be added to it
comment-round-closed-hint = nothing was recorded; a statement for a closed round belongs to the next revision round
comment-round-not-open = the comment round of round { $round } has not opened (the round is in stage `{ $stage }`)
comment-round-not-open-hint = statements are recorded once `riktlinjer round advance { $round } { $stage } --opens … --closes …` has opened it
comment-duplicate = this statement is recorded already as { $statement } (same organisation, date received, guideline, field and text)
comment-duplicate-hint = nothing was recorded; `riktlinjer round status { $round }` lists it
comment-round-cancelled = round { $round } was cancelled (event { $event }); nothing more is recorded in it
comment-answer-withdrawn = statement { $statement } was withdrawn ({ $reason }); a withdrawn statement is not answered
comment-answer-withdrawn-hint = nothing was recorded; `riktlinjer round status { $round }` lists the statements that await an answer
comment-already-answered = statement { $statement } is already answered ({ $disposition }, recorded by { $by }); to revise the answer, record a new one that supersedes it: `riktlinjer comment answer { $round } { $statement } DISPOSITION --reply … --supersedes`
comment-already-withdrawn = statement { $statement } is already withdrawn ({ $reason }, by { $by })
comment-already-withdrawn-hint = nothing was recorded; the earlier withdrawal stands
comment-late-but-in-time = --late given, but { $received } lies within the comment round ({ $opens } to { $closes }); the statement is recorded as in time
comment-recorded = Recorded statement { $statement } from { $from } on { $guideline }, received { $received }{ $late ->
    [yes] , late
   *[other] {""}
}.
comment-recorded-whole = Recorded statement { $statement } from { $from }, received { $received }{ $late ->
    [yes] , late
   *[other] {""}
}.
comment-cite-it = Cite it in a commit that addresses it: `Addresses: { $statement }`
comment-column-ignored = column `{ $column }` is not used (name it with --map COLUMN={ $column } if it should be)
comment-row-skipped = row { $row }: the statement is recorded already as { $statement }; skipped
comment-more-rows-skipped = … { $count } more rows recorded already; skipped
comment-nothing-to-import = Nothing to import: all { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} of { $file } are recorded already in round { $round }.
comment-imported = Imported { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} from { $file } ({ $source }){ $late ->
    [0] {""}
   *[other] , { $late } late
}:
comment-answered = Answered { $statement } from { $from }: { $disposition }. { $left ->
    [one] { $left } statement
   *[other] { $left } statements
} of round { $round } still unanswered.
comment-withdrawn = Withdrew { $statement } from { $from }; it stays on record and needs no answer. { $left ->
    [one] { $left } statement
   *[other] { $left } statements
} of round { $round } unanswered.
deviation-until-before = --until { $until } is before the deviation's date { $date }
deviation-until-before-hint = give the deviation's last day with --until
deviation-unknown-none = no deviation `{ $code }` in reviews/deviations/ (none is recorded)
deviation-unknown = no deviation `{ $code }` in reviews/deviations/ (there are: { $known })
deviation-unknown-hint = `riktlinjer deviation list` shows them
deviation-already-ended = deviation { $code } already ended { $date } ({ $reason }); a recorded fact is not changed
deviation-already-ended-hint = nothing was recorded; a deviation that continues is recorded anew with `riktlinjer deviation add`
deviation-end-before-begin = --date { $date } is before the deviation began ({ $began })
deviation-end-before-begin-hint = give a --date from { $began } on
deviation-uncommitted = guidelines/ has uncommitted changes; the deviation is bound to the committed text at HEAD
deviation-recorded = Deviation { $code }: { $project } departs from guideline { $guideline }.
deviation-recorded-until = Deviation { $code }: { $project } departs from guideline { $guideline } until { $until }.
deviation-ended = Deviation { $code } of { $project } ends { $date }.
sign-not-allowed = { $reason }; the audit will not accept this signature until { $signers } allows the key (a line `PRINCIPAL namespaces="{ $namespace }" <public key>`, committed before the signature)

## Terminal: list, show and log

list-withdrawn-in = (withdrawn in round { $round })
list-empty = No guidelines yet. Add them with `riktlinjer import FILE` or by writing guidelines/<id>.toml.
show-id-theme = id: { $id } · theme: { $theme }
show-no-texts-in = (no texts in `{ $lang }`)
show-missing = (missing)
show-active-deviations = Active deviations ({ $count })
log-empty-one = No commit has changed guideline `{ $guideline }`.
log-empty = No commit has changed a guideline yet.
log-round-stage = round { $round }, stage { $stage }{ $open ->
    [yes] {" "}(the round was open)
   *[other] {""}
}
log-round = round { $round }{ $open ->
    [yes] {" "}(the round was open)
   *[other] {""}
}
log-addresses = addresses { $statements }
log-present-at-cutoff = present when the shallow history begins
log-added-renamed = added (renamed from { $from })
log-added = added
log-removed-renamed = removed (renamed to { $to })
log-removed = removed
log-modified-texts-unchanged = modified (the texts are unchanged)
log-modified = modified: { $fields ->
    [one] { $fields } field
   *[other] { $fields } fields
}, { $words }
log-spacing-changed = spacing changed
log-words-added = { $added ->
    [one] { $added } word
   *[other] { $added } words
} added
log-words-removed = { $removed ->
    [one] { $removed } word
   *[other] { $removed } words
} removed
log-words-removed-added = { $removed ->
    [one] { $removed } word
   *[other] { $removed } words
} removed, { $added } added
diff-review-round = review round { $round }: { $from } → { $to }
diff-number = number:
diff-theme = theme:

## Terminal: init, import, fmt, ci

init-created = Created the guideline repository in { $dir } (commit { $commit }).
init-example = It holds { $count ->
    [one] { $count } guideline
   *[other] { $count } guidelines
}. Try: riktlinjer --repo { $dir } list
init-next = Next: add guidelines with `riktlinjer import FILE`, or edit guidelines/*.toml, then run `riktlinjer check`.
import-added-file = added   { $file }  ({ $number } { $title })
import-changed-file = changed { $file }  ({ $number } { $title })
import-changed-index = changed { $file }  (title and introduction)
import-summary = imported { $count ->
    [one] { $count } guideline
   *[other] { $count } guidelines
} ({ $lang }) from { $file }: { $added } added, { $changed } changed, { $unchanged } unchanged{ $collection ->
    [yes] ; collection text updated
   *[other] {""}
}
import-not-committed = Nothing is committed yet: review with `git diff`, run `riktlinjer check`, then commit.
fmt-not-canonical = { $file }: not in canonical form
fmt-ok = ok: { $total ->
    [one] { $total } file
   *[other] { $total } files
} in canonical form
fmt-would-reformat = { $changed } of { $total ->
    [one] { $total } file
   *[other] { $total } files
} would be reformatted; run `riktlinjer fmt` to rewrite them{ $staged ->
    [yes] , then `git add` them
   *[other] {""}
}
fmt-formatted = formatted { $file }
fmt-reformatted = { $changed } of { $total ->
    [one] { $total } file
   *[other] { $total } files
} reformatted
ci-wrote = wrote { $path }
ci-next = Next:
ci-explained = docs/forge.md explains each job and what to do when one fails.
man-wrote = wrote the manual pages into { $dir }

## Terminal: report currency

currency-term-heading = Currency of the guidelines as of { $as-of } (commit { $commit })
currency-term-interval = Each guideline is checked every { $months ->
    [one] month
   *[other] { $months } months
}; "due" means the check falls within { $window ->
    [one] { $window } month
   *[other] { $window } months
}.
currency-term-due-counts = Overdue: { $overdue }   Due: { $due }   Ok: { $ok }
currency-term-changed-counts = Text changed since the approval in force: { $changed }   No approval recorded: { $never-approved }   Translations behind: { $behind }
currency-term-active-deviations = Active deviations: { $count }
currency-state-ok = ok
currency-state-due = due
currency-state-overdue = OVERDUE
currency-term-in-revision = In revision in round { $round }
currency-term-approved = Approved: { $approval }{ $changed ->
    [yes] {" "}— the text has changed since
   *[other] {""}
}
currency-term-never-approved = Approved: no approval recorded
currency-term-last-check = Last currency check: { $date } in round { $round }: { $verdict }
currency-term-no-date = date not recorded
currency-term-no-check = Last currency check: none recorded
currency-term-next-due = Next check due: { $due } ({ $months ->
    [one] { $months } month
   *[other] { $months } months
} { $basis ->
    [approval] after the approval
    [check] after the last check
   *[other] after it was added, as it was never approved or checked
})
currency-term-changed-since = Changed since approval: { $count ->
    [one] { $count } commit
   *[other] { $count } commits
} ({ $dates })
currency-term-translation-behind = Translation behind: `{ $lang }` last changed { $changed }, the primary text { $primary }
currency-term-deviation-earlier-text = Deviation { $code } ({ $project }, from { $date }) was recorded against an earlier text (commit { $commit })

## Terminal: warnings and notes

history-shallow = this is a shallow clone: history before the cut-off commits is missing, so the changes and approvals made before them are unknown. Answers that reach back past the cut-off (the first version and author of a guideline, approvals and currency checks recorded earlier, changes since an earlier approval, the audit's append-only and binding checks) cannot be exact; run `git fetch --unshallow` for exact answers
history-record-unreadable = { $path } as committed in { $commit } does not parse ({ $reason }); it was left out and the rest of history was read
changelog-problems = reviews/ has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} at { $commit } (run `riktlinjer check`); the records that cannot be read are left out
diff-written = { $guidelines ->
    [one] { $guidelines } guideline
   *[other] { $guidelines } guidelines
} changed: { $added } added, { $removed } removed, { $modified } modified; { $changes ->
    [one] { $changes } change
   *[other] { $changes } changes
} in { $fields ->
    [one] { $fields } field
   *[other] { $fields } fields
}
diff-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in the guideline files of { $where } (run `riktlinjer check`); the diff shows them as they are
list-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in the guideline files; the list may be incomplete (run `riktlinjer check`)
show-withdrawn = guideline { $number } ({ $guideline }) was withdrawn in round { $round }{ $date ->
    [unknown] {""}
   *[other] {" "}on { $date }
}: it is no longer in force; its text is kept for the record
show-no-texts = guideline { $number } has no texts in `{ $lang }` yet
show-approved-on = {" "}on { $date }
show-approved-by = {" "}by { $body }
show-approved-decision = {" "}(decision { $decision })
show-in-force = in force on { $date }: the text approved in round { $round }{ $how }
show-not-in-force-withdrawn = { $guideline } was not in force on { $date }: it was withdrawn in round { $round }{ $when ->
    [unknown] {""}
   *[other] {" "}on { $when }
}
show-not-in-force = no approved text of { $guideline } was in force on { $date }: no approval of it is dated on or before that day (`riktlinjer log { $guideline }` shows its history)
publish-uncommitted = guidelines/ has uncommitted changes; the site shows the committed text only
publish-unreadable = { $path } does not read and is not on the site (run `riktlinjer check`)
publish-wrote = wrote { $files ->
    [one] { $files } file
   *[other] { $files } files
} of the site of { $commit } ({ $languages }) into { $folder }; open { $start }
report-round-cancelled = round { $round } was cancelled (event { $event }{ $reason }); it is not part of the trail's reports, and this summary is only for the record
report-round-uncommitted = { $count ->
    [one] { $count } file is
   *[other] { $count } files are
} under reviews/{ $round } not committed ({ $files }); the summary shows the records committed at { $commit }
report-unknown-citation = commit { $commit } cites { $cited }, but round { $round } has no such statement (`riktlinjer round status { $round }` lists them)
report-uncommitted = guidelines/ has uncommitted changes; this report shows the committed history only
report-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in the guideline files at { $where }; guidelines that cannot be read are missing from the report (run `riktlinjer check`)
report-wrote = wrote { $path } ({ $summary })
report-comments-summary = { $count ->
    [one] { $count } statement
   *[other] { $count } statements
}, { $unanswered } unanswered
round-close-unanswered = round { $round } cannot close while { $count ->
    [one] { $count } statement is
   *[other] { $count } statements are
} unanswered ({ $statements })
round-close-unanswered-hint = answer each with `riktlinjer comment answer { $round } ID accepted|partly|rejected|noted --reply …`, or withdraw one recorded by mistake with `riktlinjer comment withdraw { $round } ID --reason …`
# The commit message of an import (commit messages are English in every language: only en.ftl is read).
comment-import-commit = Record { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} to round { $round } imported from { $file }
hooks-commit-stopped = riktlinjer: the commit was stopped ({ $count ->
    [one] { $count } bad `Addresses:` trailer
   *[other] { $count } bad `Addresses:` trailers
} in its message). `git commit -e -F { $file }` starts again from the message you wrote.
hooks-foreign = { $count ->
    [one] { $hooks } already exists and riktlinjer did not write it
   *[other] { $hooks } already exist and riktlinjer did not write them
}; nothing was written
hooks-foreign-hint = { $count ->
    [one] run `riktlinjer hooks install --force` to replace it (the old one is kept as `<hook>.before-riktlinjer`)
   *[other] run `riktlinjer hooks install --force` to replace them (the old ones are kept as `<hook>.before-riktlinjer`)
}, or call `{ $binary } check --staged` and `{ $binary } hooks commit-msg "$1"` from your own hooks
hooks-kept-old = kept the old { $hook } hook as { $backup }
hooks-wrote = wrote { $path }
hooks-installed = Each commit now runs `check --staged` and `fmt --check --staged` first, and its message's `Addresses:` trailers are checked.
hooks-binary = The hooks call { $binary }; reinstall them after moving riktlinjer (or set RIKTLINJER to its path).

## Terminal: command-line help (clap)

help-usage = Usage:
help-commands = Commands
help-options = Options
help-arguments = Arguments
help-flag-help = Print help
help-flag-version = Print version
help-about = A git-native repository for binding guidelines and their review workflow
help-cmd-init = Create a repository for guidelines (with `--example`, the 16 published ones)
help-cmd-import = Read the published text of the guidelines into the guideline files
help-cmd-check = Validate every file of the repository; exit 1 if there are problems
help-cmd-list = List the guidelines by theme and number
help-cmd-show = Show one guideline, all fields
help-cmd-fmt = Rewrite the TOML files into canonical form (or check that they are)
help-cmd-diff = Show what changed between two versions, word by word (text, Markdown, HTML, JSON, Word)
help-cmd-round = Run a review round: open, advance, approve, verdict, close, status
help-cmd-round-open = Open a review round in the workflow's first stage (or a currency-check round)
help-cmd-round-advance = Move a round into the next stage of the workflow
help-cmd-round-approve = Record the approval of the committed text: enters the approval stage
help-cmd-round-verdict = Record a currency-check verdict for one guideline: current, revise or withdraw
help-cmd-round-close = Close a round (refused while statements are unanswered)
help-cmd-round-correct = Correct the date, decision, body or comment-round dates of a recorded event, as a new event
help-cmd-round-cancel = Cancel a round opened by mistake: it leaves the reports and stays on record
help-cmd-round-status = Where a round stands (every round without ROUND-ID)
help-cmd-comment = Record the statements of a comment round and their answers
help-cmd-comment-add = Record one statement received in a comment round
help-cmd-comment-import = Record every statement of a spreadsheet: .xlsx, .xls, .ods or CSV (all or none)
help-cmd-comment-answer = Record the answer to a statement (or, with --supersedes, a revised answer)
help-cmd-comment-withdraw = Withdraw a statement recorded twice or by mistake (the statement stays on record)
help-cmd-log = The history of one guideline (or of all): each change, its round and the statements it answers
help-cmd-report = Reports answered from history: `report currency` (what is due for the yearly check), `report comments` (the summary of statements of a round)
help-cmd-report-currency = Per guideline: the approval in force, the last currency check, when the next check is due
help-cmd-report-comments = The summary of statements of a review round: every statement, its answer and the changes made in answer
help-cmd-audit = Prove the approval trail from history; exit 1 if anything does not hold
help-cmd-changelog = The guideline set's changelog by round: what each approval added, revised and withdrew
help-cmd-completions = Print the shell completion script (bash, zsh, fish, elvish, powershell)
help-cmd-man = Print the manual page (or write one per command with --out DIR)
help-cmd-deviation = The deviation register: record, end and list projects' justified deviations from a guideline
help-cmd-deviation-add = Record a project's justified deviation from a guideline
help-cmd-deviation-end = Record that a deviation ends (the deviation stays on record)
help-cmd-deviation-list = The register: every deviation, active, ended or expired
help-cmd-publish = Write the guidelines' public site: every approved version at its own address, per-actor pages, a feed, search
help-cmd-hooks = Git hooks that stop a bad commit: `hooks install` (pre-commit: check and fmt on what is staged; commit-msg: `Addresses:` trailers)
help-cmd-hooks-install = Write the pre-commit and commit-msg hooks into the repository's hooks folder (`core.hooksPath` if set)
help-cmd-hooks-commit-msg = Check the `Addresses:` trailers of a commit message file (what the commit-msg hook runs); exit 1 on a bad one
help-cmd-ci = CI for a forge: `ci init gitlab|github` writes the pipeline (check, audit, word diff of each request, site on Pages)
help-cmd-ci-init = Write the CI configuration for a forge into the repository (`.gitlab-ci.yml` or `.github/workflows/riktlinjer.yml`)
help-arg-repo = The repository of the guidelines (default: the git repository that encloses the current directory)
help-arg-color = When to colour terminal output
help-arg-wait = How long a recording command waits for another one recording in the same repository, in seconds; then it gives up with exit code 75
help-arg-lang = The language of terminal messages: sv, fi or en (default: RIKTLINJER_LANG, then LC_ALL, LC_MESSAGES, LANG; English otherwise). Commands that write a document (diff, list, show, round status, report, changelog, import) have a `--lang` of their own naming the document's language (default: the collection's primary language); there one `--lang`, before or after the command, names both

## Site (publish): fixed words of the pages

site-language-name = English
site-skip = Skip to the content
site-home = Home
site-navigation = Site navigation
site-languages = Language
site-themes = Themes
site-actors = Actors
site-rounds = Review rounds
site-search = Search
site-search-label = Search the guidelines
site-no-results = No matches.
site-results = Matches
site-all-guidelines = All guidelines
site-search-fallback = Search needs JavaScript; without it the list below is the whole index.
site-currency = Currency report
site-changelog = Changelog
site-feed = Atom feed
site-in-force-since = In force since
site-in-force = In force
site-not-approved = Not approved
site-in-revision = In revision in round
site-withdrawn = Withdrawn
site-superseded = Superseded
site-superseded-by = Superseded by version
site-since = since
site-next-due = Next check due by
site-decision = Decision
site-body = Body
site-date = Date
site-stage = Stage
site-round = Round
site-open-round = Review round in progress
site-comment-deadline = Comments by
site-comment-round = Comment round
site-trail = Approval trail
site-history = History
site-version = Version
site-diff-previous = changes against the previous version
site-first-version = the first approved version
site-statements = Statements about this guideline
site-from = From
site-answer = Answer
site-unanswered = Not answered yet
site-deviations = Deviations from this guideline
site-decided-by = Decided by
site-deviation-ended = Ended
site-unapproved-banner = The text has changed since it was approved. The marked parts are not approved.
site-unapproved-field = Changed since the approval – not approved
site-unapproved-diff = See the changes against the approved text
site-not-translated = This guideline is not available in English yet.
site-read-primary = Read the original text
site-no-versions = No version has been approved yet.
site-none = Nothing recorded.
site-version-in-force = This version is in force.
site-version-superseded = This version is no longer in force: it has been superseded.
site-version-withdrawn = This version is no longer in force: the guideline has been withdrawn.
site-in-force-from = In force from
site-until = until
site-current-text = The guideline's current page
site-stages = Stages and dates
site-round-diff = The round's changes (side by side)
site-round-comments = Summary of statements
site-scope = Guidelines in the round
site-opened = Opened
site-state-open = in progress
site-state-approved = approved
site-state-closed = closed
site-state-cancelled = cancelled
site-actor-asks = What the guidelines ask of this actor
site-machine-readable = Machine-readable
site-export = The collection as JSON
site-schema = JSON Schema
site-owner = Owner
site-statement = Guideline
site-description = Description
site-published-from = Published from version
site-guideline = Guideline
site-feed-approved = Approved
site-feed-opened = Review round opened
site-feed-deadline = Comments by
site-back = Back to the site
site-about = About the guidelines
site-deviation-state-0 = active
site-deviation-state-1 = not begun
site-deviation-state-2 = expired
site-deviation-state-3 = ended

## options
options-or = or
options-format-mismatch = --format { $format } does not match --out { $path }, whose extension says { $extension }
options-format-mismatch-hint = leave out --format, or name the file for the format (e.g. `.{ $ext }`)
options-unknown-extension = --out { $path }: the extension `.{ $ext }` names no format, so the format is not known
options-no-extension = --out { $path }: the file name has no extension, so the format is not known
options-unknown-extension-hint = give the format (`--format { $format }`), or name the file for one ({ $extensions })
options-format-not-written = --out { $path }: the extension says { $format }, but `riktlinjer { $command }` writes { $formats }
options-format-not-written-hint = name the file for one of them ({ $extensions })
options-binary-docx = a Word document is binary and cannot be shown in the terminal
options-binary-xlsx = a workbook is binary and cannot be shown in the terminal
options-binary-hint = write it to a file with `--out { $file }`

## errors (2)
round-folder-exists = reviews/{ $round }/ already exists
round-folder-exists-hint = choose another round id (or remove that folder if it is not a round)
round-bad-kind = --kind: { $reason }
round-sign-nothing = --sign signs a body's decision: `{ $stage }` is a { $kind } stage, so there is none to sign
round-sign-nothing-hint = sign the treatment with `round advance … --sign`, the approval with `round approve … --sign`, or set `require_signatures = true` on the stage in reviews/workflow.toml
round-dates-not-comment-stage = --opens and --closes belong to a comment-round stage; `{ $stage }` is a { $kind } stage
round-dates-not-comment-stage-hint = leave out --opens and --closes, and give the date with --date
round-close-early-hint = to close the comment round early, record the change of its closing date first: `riktlinjer round correct { $round } { $event } --closes YYYY-MM-DD --reason …`
round-verdict-nothing-to-supersede = guideline `{ $guideline }` has no verdict in round { $round } yet, so there is nothing to supersede
supersedes-leave-out-hint = leave out --supersedes
round-correct-dates-not-comment = --opens and --closes correct a comment round's dates; { $event } is not a comment-round event
round-correct-dates-not-comment-hint = leave out --opens and --closes; --date, --decision and --body correct other events
round-decision-give = give the decision reference
round-reason-give = say why, since the record keeps it as part of the trail
record-no-text-to-bind = there is no text to bind a fact to
record-no-guidelines-folder = HEAD has no guidelines/ folder
record-no-guidelines-folder-hint = commit the guidelines first (`git add guidelines && git commit`)
commit-guidelines-first-hint = commit the guidelines first (`git add guidelines && git commit`)
record-file-exists = { $path } already exists; recorded facts are never overwritten
record-file-exists-hint = was this recorded already? See `git status` and `riktlinjer round status`
record-forbidden-character = cannot record this: the text `…{ $text }…` holds { $character }; a text may hold tab and newline, but no other control character and no noncharacter
record-forbidden-character-hint = remove it and run the command again; nothing was recorded
record-no-guidelines = --guidelines names no guideline
record-no-guidelines-hint = write `all`, numbers (`1,3,7`) or ids
sign-not-a-public-key = { $what } is not an OpenSSH public key ({ $reason })
sign-not-a-public-key-hint = give `ssh-ed25519 AAAA…` or the path of a key file
sign-no-key = --sign needs a key, and none is given or configured
sign-no-key-hint = give it with `--key ~/.ssh/id_ed25519` (or its `.pub`, for a key in ssh-agent), or set it once with `git config user.signingkey ~/.ssh/id_ed25519`
sign-cannot-read-public-key = cannot read the public key file { $path }: { $reason }
sign-cannot-read-public-key-hint = give the key file with --key PATH
sign-cannot-read-key = cannot read the key file { $path }: { $reason }
sign-cannot-read-key-hint = give an OpenSSH private key with --key PATH
sign-cannot-sign = cannot sign with { $what }: { $reason }
sign-no-agent = { $what } names a public key, which signs through ssh-agent, and SSH_AUTH_SOCK is not set
sign-no-agent-hint = start an agent (`eval $(ssh-agent)`) and `ssh-add` the key, or give the private key file with --key
show-in-force-on-not-a-day = --in-force-on { $day }: give a day (YYYY-MM-DD or D.M.YYYY), e.g. { $example }
show-nothing-ever-in-force = no commit has added guidelines yet, so nothing was ever in force
show-approved-text-unreadable = the text of { $guideline } approved in round { $round } (blob { $blob }) does not read as a guideline
run-audit-hint = run `riktlinjer audit`
currency-as-of-not-a-date = --as-of `{ $value }` is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31
currency-nothing-to-report = no commit has added guidelines yet, so there is nothing to report
currency-as-of-too-early = --as-of { $as_of } is before the first commit of the guidelines ({ $first }); nothing was recorded then
currency-as-of-too-early-hint = give a date from { $first } on
changelog-range-hint = write FROM..TO with two dots (e.g. `HEAD~5..HEAD`), `FROM..` (to HEAD) or `..TO` (from the start)
changelog-range-symmetric = `{ $range }` is a symmetric range (three dots); the changelog takes a range of one line of history
changelog-not-a-range = `{ $range }` is not a range
changelog-to-not-ancestor = TO `{ $to }` ({ $commit }) is not { $head } or one of its ancestors; the changelog reads the history of { $head }
changelog-to-not-ancestor-hint = check out that branch first, or name a commit of this one
changelog-from-not-older = FROM `{ $from }` ({ $from_commit }) is not an older commit of TO `{ $to }` ({ $to_commit }): the range { $range } holds no commits
diff-name-two-revisions-hint = or name two revisions to compare
diff-no-recorded-round = there is no recorded round `{ $round }`
diff-bound-commit-missing = round `{ $round }`: { $name } is bound to commit { $commit }, which does not exist in this repository
diff-bound-commit-missing-hint = was history rewritten? `riktlinjer audit` checks every record against the history
ci-bad-source = --source { $source }: a git address cannot contain { $character }
ci-bad-source-hint = give it as `https://host/group/riktlinjer.git`
ci-file-exists = { $path } already exists; nothing was written
ci-file-exists-hint = run `riktlinjer ci init { $forge } --force` to replace it (`git diff` then shows what changed)
comment-map-no-equals = --map { $map }: no `=` between the column and the header
comment-map-no-equals-hint = write COLUMN=HEADER, e.g. --map text=Kommentarer
comment-nothing-to-supersede = statement { $statement } has no answer yet, so there is nothing to supersede
comment-reply-empty-give = write the reply as in the summary of statements
comment-withdraw-reason-give = say why the statement is withdrawn (it stays on record)
csv-dialect-not-csv = --csv-dialect { $dialect }: the dialect applies to --format csv only
csv-dialect-not-csv-hint = add `--format csv`, or leave out --csv-dialect
completions-no-folder = --out { $path }: the folder does not exist
completions-no-folder-hint = create it first (`mkdir -p { $path }`)
hooks-path-not-utf8 = the path of this program ({ $path }) is not UTF-8, so a hook cannot name it
hooks-path-not-utf8-hint = move riktlinjer to a plain path
deviation-required-give = give it: the register keeps it as part of the trail
report-comments-needs-committed = the summary is made from committed records
record-refused = cannot record { $what }: { $rule }
record-what-event = event { $stem } of round { $round }
record-what-verdict = the verdict { $stem } in round { $round }
rules-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}: { $list }
rules-correction-unnamed = a correction must name the event it corrects (`corrects = "03-comment-round"`)
rules-correction-no-target = this corrects `{ $target }`, but round { $round } has no earlier event of that name
rules-correction-stage = a correction keeps the stage of the event it corrects (`{ $stage }`), not `{ $got }`
rules-after-end = round { $round } ended with event { $end }; nothing but corrections can follow it
rules-dated-before-open = dated { $date }, before round { $round } opened ({ $opened })
rules-dated-before-previous = dated { $date }, before the event it follows ({ $previous }, { $previous_date })
rules-dated-after-recorded = dated { $date }, after it was recorded ({ $recorded }); a fact is recorded once it has happened
rules-check-stage = a currency-check round's events carry the stage `{ $check }` ([currency_check] in reviews/workflow.toml), not `{ $stage }`
rules-check-no-approval = a currency check records verdicts, not an approval
rules-entered-twice = stage `{ $stage }` is entered twice
rules-unknown-stage = the stage `{ $stage }` is not in reviews/workflow.toml (stages: { $stages })
rules-wrong-action = stage `{ $stage }` is of kind { $kind }: it is entered with action "{ $action }"
rules-second-approval = round { $round } was already approved (event { $first }); a round has one approval
rules-goes-back = the round goes back from stage `{ $from }` to `{ $to }`
rules-skips = the round skips { $skipped } before `{ $stage }`
rules-closes-before-opens = the comment round closes ({ $closes }) before it opens ({ $opens })
rules-opens-before-round = the comment round opens ({ $opens }) before round { $round } opened ({ $opened })
rules-comment-dates-missing = a comment round's event needs `opens` and `closes` dates
rules-open-until = dated { $date }, but the comment round ({ $event }) is open until { $closes }; { $kind ->
    [approval] the approval
   *[other] the notice
} comes after it has closed
rules-verdict-before-open = the verdict is dated { $date }, before its check round { $round } opened ({ $opened })
rules-verdict-after-recorded = the verdict is dated { $date }, after it was recorded ({ $recorded })
rules-verdict-after-close = the verdict is dated { $date }, after round { $round } closed ({ $event })
rules-verdict-recorded-after-close = the verdict was recorded on { $recorded }, after round { $round } closed ({ $event }, recorded { $closed })
rules-received-after-recorded = received { $received }, after it was recorded ({ $recorded })
rules-received-outside = received { $received }, outside the comment round ({ $opens } to { $closes }), but not marked late
audit-message-rule = { $place }: { $rule }
audit-action-rule-event-date = a recorded fact is not edited: correct it with a new fact, `riktlinjer round correct { $round } { $stem } --date YYYY-MM-DD --reason …` (or `--closes` for a comment round's closing date)
audit-action-rule-verdict-date = record the verdict again with its right date: `riktlinjer round verdict { $round } { $guideline } VERDICT --supersedes --date YYYY-MM-DD --note …`
audit-action-rule-statement-date = withdraw the statement (`riktlinjer comment withdraw { $round } { $round }/S-{ $stem } --reason …`) and record it again with `--late`
audit-action-rule-order = an event out of order cannot be undone: if the round was opened by mistake, `riktlinjer round cancel { $round } --reason …`; otherwise record what really happened as a correction (`riktlinjer round correct { $round } …`) and explain it
audit-message-binding-malformed = { $place }: the binding is not made of object ids ({ $keys }), so the text this record is bound to cannot be known
audit-action-binding-malformed = the record cannot be repaired in place: record the fact again with riktlinjer, which binds it to the committed text
audit-message-history-rewritten = { $place }: this record is bound to commit { $commit }, which is no longer in the history of HEAD: history was rewritten (rebased, amended or reset) after it was recorded
audit-action-history-rewritten = restore the original history (`git reflog` lists where HEAD was; `git reset --hard <that commit>` returns to it, or `git merge { $commit }` if the commit is still there); if the rewrite must stay, record the fact again bound to the current text
audit-message-tree-mismatch = { $place }: the recorded guidelines tree { $tree } is not that of commit { $commit } ({ $actual })
audit-message-tree-mismatch-none = { $place }: the recorded guidelines tree { $tree } is not that of commit { $commit } (no guidelines/ folder)
audit-message-blob-mismatch = { $place }: the recorded text of `{ $guideline }` ({ $blob }) is not its text at commit { $commit } ({ $actual })
audit-message-blob-mismatch-absent = { $place }: the recorded text of `{ $guideline }` ({ $blob }) is not its text at commit { $commit } (absent)
audit-action-binding-mismatch = the record does not describe the text it claims: find out how it was made (`git log -p -- FILE`), and record the fact again with riktlinjer
audit-message-check-stage-renamed = the currency check's stage id was `{ $then }` when round { $round } recorded its events and is `{ $now }` now
audit-message-stage-removed = stage `{ $stage }`, which round { $round } entered, was removed
audit-message-stage-kind-changed = stage `{ $stage }`, which round { $round } entered, changed kind from { $from } to { $to }
audit-message-stage-answers-changed = stage `{ $stage }`, which round { $round } entered, changed `requires_answers` to { $value }
audit-message-stage-order-changed = the order of stages `{ $first }` and `{ $second }`, which round { $round } went through, changed (stages were moved, inserted or removed between them)
audit-action-workflow-changed = restore the stages that recorded events use (`git show { $commit }~1:reviews/workflow.toml` is the workflow before the change); add new stages after them, or give a changed process new stage ids
audit-action-workflow-changed-unknown = restore the stages that recorded events use in reviews/workflow.toml; add new stages after them, or give a changed process new stage ids
audit-signer-any = a principal of reviews/allowed_signers
audit-signer-principal = principal `{ $principal }`
audit-the-body = the body
audit-message-signature-missing = the { $action ->
    [approve] approval
   *[other] decision
} of stage `{ $stage }` by { $body } is not signed: no { $sig } (it must be signed by { $who })
audit-action-signature-missing = the approver signs the event file as committed and commits the signature: `ssh-keygen -Y sign -n { $namespace } -f KEY { $path }` then `git add { $sig }` and commit it
audit-message-no-signers-file = ; { $signers } did not exist in { $commit }, which recorded the signature
audit-message-signature-invalid = { $problem }{ $no_signers } (the { $action ->
    [approve] approval
   *[other] decision
} of stage `{ $stage }` by { $body }, to be signed by { $who })
audit-action-signature-invalid = find out who signed and committed it (`ssh-keygen -Y check-novalidate -n { $namespace } -s { $sig } < { $path }`, `git show --stat { $commit }`); a committed signature is never replaced, so this finding stays as the record of what happened: if the key is the approver's, add it to { $signers } (for { $who }) so that their next signature holds

## summaries of written files
summary-changes = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
summary-findings = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
summary-deviations = { $count ->
    [one] { $count } deviation
   *[other] { $count } deviations
}
summary-rounds = { $count ->
    [one] { $count } round
   *[other] { $count } rounds
}
summary-guideline = guideline { $number }

## option help
help-opt-active = Only the deviations active today
help-opt-actor = The actor the deviation concerns (an actor id of guidelines/index.toml)
help-opt-as-of = The date to report as of (YYYY-MM-DD; default: today): what was due then, from the history up to that day
help-opt-at = Read as of this git revision (commit, tag, branch, `HEAD~3`): the files as committed there, and the history up to it
help-opt-base-url = The address the site is served from (`https://example.org/riktlinjer`), for the feed's and the JSON-LD's absolute links; pages link relatively either way
help-opt-body = The body that prepares the text (default: the first stage's body)
help-opt-check = Change nothing; list the files that are not in canonical form and exit 1 if there are any
help-opt-ci-init-force = Replace a file that is already there
help-opt-closes = A comment round's last day (required for a comment round): YYYY-MM-DD or D.M.YYYY
help-opt-code = The deviation (`D-7f3a2c`)
help-opt-comment-add-date = When it was received (optional, default today): YYYY-MM-DD or D.M.YYYY
help-opt-comment-add-from = The organisation (or person) that sent the statement
help-opt-comment-add-guideline = The guideline it concerns, id or number (default: the whole set)
help-opt-comment-answer-supersedes = Replace the statement's recorded answer with this one (the earlier answer stays on record as superseded)
help-opt-comment-import-file = The spreadsheet: a workbook (.xlsx, .xls, .ods) or CSV; a header row, then one statement per row (or one respondent per row with --layout wide)
help-opt-comment-import-late = Accept statements received outside the comment round; they are marked late
help-opt-csv-dialect = How `--format csv` is written: `standard` (UTF-8, `,`, LF) or `excel` (UTF-8 with BOM, `;`, CRLF)
help-opt-date = When it happened (optional, default today; not in the future): YYYY-MM-DD or D.M.YYYY, or YYYY-MM / YYYY when only that is known
help-opt-decided-by = The body that decided the deviation
help-opt-decision = The decision, or its reference
help-opt-deviation-add-guideline = The guideline: its id or current number
help-opt-deviation-add-reason = Why the project departs from the guideline
help-opt-deviation-list-guideline = Only deviations from this guideline (id or current number)
help-opt-deviation-list-project = Only deviations of this project
help-opt-diff-guideline = Only these guidelines (ids or numbers, comma-separated or repeated)
help-opt-diff-lang = Only these languages (comma-separated or repeated; default: every language). The first one is used for titles and headings. Terminal messages follow it too (see the global `--lang`)
help-opt-diff-round = Compare the texts recorded in review round ROUND-ID (default: the text in force when it opened against the approved text, or the working tree while there is no approval)
help-opt-dir = The directory to create (or an existing git repository to use); default: the current directory
help-opt-disposition = `accepted`, `partly`, `rejected` or `noted`; in Swedish `accepterad`, `delvis`, `avslagen`, `antecknad`, in Finnish `hyväksytty`, `osittain`, `hylätty`, `"merkitty tiedoksi"` (stored in English)
help-opt-encoding = The CSV file's encoding (default: detected; UTF-8 with or without BOM, else Windows-1252)
help-opt-event = The event to correct: its file stem (`03-comment-round`) or number (`3`)
help-opt-example = Also write the 16 published guidelines of the Ministry of Social Affairs and Health
help-opt-field = The field it concerns, e.g. `sv.description` or `sv.actors.klient`
help-opt-file = The published text (UTF-8), in the format of the publication's text export
help-opt-fmt-staged = With `--check`: check the staged files (the index: what the next commit will hold) instead of the working tree; what the pre-commit hook runs
help-opt-force = Replace hooks that riktlinjer did not write; the old ones are kept beside them as `<hook>.before-riktlinjer`
help-opt-forge = The forge
help-opt-format = Output format (default: the one the extension of `--out` names: .txt, .md, .html, .json, .csv, .docx, .xlsx)
help-opt-from = The old version: any git revision (default: HEAD)
help-opt-from-stage = With --round: the old side; `base`, a stage id (its first event), or an event (`03-comment-round` or `03`)
help-opt-guideline = The guideline's id (`samarbete`) or number (`1`)
help-opt-guidelines = The guidelines in scope: `all`, numbers (`1,3,7`) or ids
help-opt-hooks-commit-msg-file = The file holding the commit message (git passes `.git/COMMIT_EDITMSG`)
help-opt-import-lang = The language of the text (default: the collection's primary language). Terminal messages follow it too (see the global `--lang`)
help-opt-in-force-on = Show the text that was in force on this day (YYYY-MM-DD or D.M.YYYY), answered from the approval trail: the text of the last approval dated on or before it, unless withdrawn by then. Exits 1 when no approved text was in force that day
help-opt-key = The private key file to sign with (ed25519 or ecdsa nistp256; default: `git config user.signingkey`), or a public key file (`.pub` without its private key beside it) of a key held by ssh-agent (`SSH_AUTH_SOCK`)
help-opt-kind = `revision` (through the stages of the workflow) or `currency-check` (the yearly check)
help-opt-lang = The document's language: its headings and fixed wording, and the titles and names where the collection has them (default: the collection's primary language). JSON and CSV keys stay English. Terminal messages follow it too (see the global `--lang`)
help-opt-late = Accept a statement received outside the comment round; it is marked late
help-opt-layout = `long`: one statement per row. `wide`: one row per respondent and one column per question or guideline, the header naming the guideline's number or id (`3`, `Linjaus 3`, `samarbete`); one statement per non-empty cell
help-opt-log-guideline = The guideline's id or current number (default: every guideline). A withdrawn guideline is found by its id
help-opt-man-out = Write one page per command (`riktlinjer.1`, `riktlinjer-round.1`, …) into this existing folder instead of printing the main page
help-opt-map = Use column HEADER for COLUMN (from, text, guideline, field, date; in --layout wide from, date, and text for a general column); may be repeated
help-opt-no-commit = Write and stage the files but do not commit
help-opt-note = A free note
help-opt-opens = A comment round's first day (required for a comment round): YYYY-MM-DD or D.M.YYYY
help-opt-out = Write the output to FILE (atomically; its folder must exist) instead of standard output
help-opt-project = The project (or plan) that departs from the guideline
help-opt-publish-out = The folder to write the site into (created; its parent must exist; an earlier site there is replaced, any other folder refused)
help-opt-range = Only the commits in FROM..TO (git revisions; `FROM..` runs to HEAD, or to `--at`; `..TO` from the start). Default: the whole history
help-opt-reason = Why (required): kept in the record and in the commit message
help-opt-reply = The reply, as in the summary of statements
help-opt-report-comments-round = The review round (its folder under reviews/)
help-opt-require-signatures = Require every treatment and approval event to carry a valid SSH signature (see docs/signing.md); `require_signatures = true` on a stage in reviews/workflow.toml requires it for that stage
help-opt-round = The round
help-opt-round-advance-body = The body that acts (default: the stage's body)
help-opt-round-advance-date = When (required, except for a comment round, which defaults to --opens): YYYY-MM-DD or D.M.YYYY, YYYY-MM, YYYY, or `unknown` when the source gives no date
help-opt-round-approve-body = The deciding body (default: the approval stage's body)
help-opt-round-approve-date = The date of the decision (required): YYYY-MM-DD or D.M.YYYY (or YYYY-MM, YYYY); after the comment round closed
help-opt-round-approve-decision = The decision reference, e.g. a diary number
help-opt-round-correct-body = The right body
help-opt-round-correct-closes = A comment round's right last day (an earlier one closes it early)
help-opt-round-correct-date = The right date (optional): YYYY-MM-DD or D.M.YYYY (YYYY-MM or YYYY when only that is known)
help-opt-round-correct-decision = The right decision or its reference
help-opt-round-correct-opens = A comment round's right first day
help-opt-round-open-note = A note kept in round.toml
help-opt-round-open-round = The new round's id (a folder name under reviews/, e.g. `2026-1`)
help-opt-round-status-round = The round (default: every round)
help-opt-round-verdict-guideline = The guideline (id or number)
help-opt-round-verdict-note = Why, or what to revise
help-opt-round-verdict-round = The currency-check round
help-opt-sheet = The workbook sheet to read (default: the first)
help-opt-shell = The shell: bash, zsh, fish, elvish or powershell
help-opt-sign = Sign the event with your SSH key (SSHSIG, namespace riktlinjer-approval@riktlinjer); the signature is committed beside the event as `events/NN-<stage>.toml.sig`
help-opt-source = The git address riktlinjer is built from in CI (`cargo install --git URL`) when the CI's RIKTLINJER is not found; without it, set RIKTLINJER to a prebuilt binary in the forge's CI settings
help-opt-stage = The stage to enter (its id in reviews/workflow.toml); it must be the next one
help-opt-staged = Check what is staged (the index: what the next commit will hold) instead of the working tree; what the pre-commit hook runs
help-opt-statement = The statement: `S-7f3a2c` or `2026-1/S-7f3a2c`
help-opt-supersedes = Replace the guideline's recorded verdict in this round with this one (the earlier verdict stays on record as superseded)
help-opt-text = What it says
help-opt-title = What the round is about
help-opt-to = The new version: any git revision (default: the working tree)
help-opt-to-stage = With --round: the new side; `base`, a stage id (its last event), or an event
help-opt-until = The last day it applies (default: until ended)
help-opt-verdict = `current` (confirmed as is), `revise` (a revision round must follow) or `withdraw`; in Swedish `aktuell`, `revidera`, `upphäv`, in Finnish `ajantasainen`, `päivitettävä`, `kumottava` (stored in English)
progress-history = reading history
progress-commits = commits
progress-recording = recording
progress-files = files
progress-comparing = comparing approved texts
progress-approvals = approvals
record-unfinished = the fact is recorded (commit { $commit }), but the working tree or index could not be brought up to it: { $error }
record-unfinished-hint = run `git checkout HEAD -- { $paths }` (or any riktlinjer recording command, which repairs it) before you commit anything else
lock-holder-process = process { $pid }
lock-holder-host = on { $host }
lock-holder-command = recording `{ $command }`
lock-holder-since = (since { $started })
deviation-gone-guideline = { $id } (no longer in the collection)
deviation-from = from { $date }
deviation-until = until { $date }
deviation-ended-on = ended { $date }
deviation-field-guideline = Guideline
deviation-field-actor = Actor
deviation-field-decided-by = Decided by
deviation-field-reason = Reason
deviation-field-ended = Ended
deviation-field-note = Note
deviation-text-changed = the guideline's text has changed since the deviation was recorded
deviation-none = No deviations recorded.
deviation-total = { $count ->
    [one] { $count } deviation
   *[other] { $count } deviations
}, { $active } active
deviation-col-code = Deviation
deviation-col-state = State
deviation-col-project = Project
deviation-col-period = Period
deviation-state-active = active
deviation-state-pending = pending
deviation-state-expired = expired
deviation-state-ended = ended
status-md-no-rounds = No review rounds yet.
status-md-heading = Round { $id }: { $title }
status-md-kind = Kind:
status-md-events = Events
status-md-events-columns = # | Date | Stage | Action | Body | Decision | Note | Bound to commit | Text changed since
status-md-statements = Statements
status-md-none = None recorded.
status-md-statements-columns = Id | Received | From | Concerns | Statement | Answer | Reply
status-md-verdicts = Verdicts ({ $counts })
status-md-verdicts-columns = Guideline | Verdict | Date | Note
status-md-next = Next

## Diagnostics of check (src/store)

store-not-a-guideline-file = this file is not a guideline (guideline files end in `.toml`); move it out of guidelines/
store-guideline-is-link = this is a symbolic link, and riktlinjer reads only regular files (git would store the link, not the text): replace it by the file it points to (`cp --remove-destination "$(readlink -f FILE)" FILE`) or remove it
store-guideline-is-folder = this is a folder named like a guideline file; guidelines are files directly in guidelines/: rename or move the folder out of guidelines/
store-numbers-free = { $count ->
    [one] {" "}(number { $numbers } is free)
   *[other] {" "}(numbers { $numbers } are free)
}
store-number-twice = number { $number } is used by more than one guideline ({ $guidelines }); give each guideline its own number{ $free }
store-numbers-missing = {" "}(missing: { $numbers })
store-number-outside = number { $number } is outside 1..{ $count } (there { $count ->
    [one] is { $count } guideline
   *[other] are { $count } guidelines
}); the numbers must run 1..{ $count } without gaps{ $missing }
store-hint-did-you-mean = {" "}(did you mean `{ $suggestion }`?)
store-hint-expected-one-of = {" "}(expected one of: { $keys })
store-unknown-setting = unknown setting `{ $key }`{ $hint }
store-unknown-field = unknown field `{ $key }`{ $hint }
store-unknown-field-in = unknown field `{ $key }` in [{ $lang }]{ $hint }
store-lacks-key = { $context } lacks `{ $key }`; add `{ $key } = "…"`
store-must-be-text = `{ $key }` must be a text in quotes
store-not-a-declared-language = `{ $key }` in { $context } is not a declared language (languages = [{ $languages }]); declare it in `languages` or remove it
store-must-be-text-in = `{ $key }` in { $context } must be a text in quotes
store-not-utf8 = the file is not UTF-8 text (an invalid byte stands here); save it with UTF-8 encoding
store-forbidden-character = { $character } stands in a text; a text may hold tab and newline, but no other control character and no noncharacter: remove it
store-conflict-marker = a merge conflict marker `{ $marker }` stands here (git left it from a merge it could not finish): keep the text you want, delete the marker lines `<<<<<<<`, `=======` and `>>>>>>>`, then run `riktlinjer check`
store-invalid-toml = invalid TOML: { $reason }
store-languages-empty = `languages` must name at least one language, primary first
store-complete-language-unknown = complete language `{ $lang }` is not in `languages`
store-must-be-language-table = `{ $key }` must be a table of texts per language, e.g. `[{ $key }]` then `sv = "…"`
store-collection-lacks-table = the collection lacks `[{ $key }]` (a text per language)
store-review-interval = `review_interval_months` must be a whole number of months from 1 to 120
store-collection-lacks-list = the collection lacks `{ $key }`, e.g. `{ $key } = ["sv", "fi"]`
store-must-be-list = `{ $key }` must be a list of texts, e.g. ["sv", "fi"]
store-list-only-texts = `{ $key }` may only hold texts in quotes
store-collection-lacks-entries = the collection lacks `[[{ $key }]]` entries (each with `id` and a name per language)
store-must-be-entries = `{ $key }` must be written as `[[{ $key }]]` tables, each with `id` and a name per language
store-context-entry = this `[[{ $key }]]` entry
store-declared-twice = `{ $id }` is declared twice in `[[{ $key }]]`
store-context-named-entry = `{ $key }` entry `{ $id }`
store-file-name-not-an-id = the file name `{ $id }.toml` is not a valid id (use lowercase letters, digits and hyphens, e.g. `{ $slug }.toml`)
store-lacks-number = the guideline lacks `number`; add e.g. `number = 1`
store-number-not-whole = `number` must be a whole number from 1 up
store-context-guideline = the guideline
store-hint-did-you-mean-bare = did you mean `{ $suggestion }`?
store-hint-the-themes-are = the themes are: { $themes }
store-unknown-theme = unknown theme `{ $theme }` ({ $hint }); themes are declared in guidelines/index.toml
store-lacks-language = the guideline lacks its `[{ $lang }]` texts, which the collection requires
store-language-not-table = `{ $lang }` must be a table: write `[{ $lang }]` and its fields below it
store-text-empty = `{ $lang }.{ $key }` is empty
store-lacks-actors = [{ $lang }] lacks `[{ $lang }.actors]` with one paragraph per actor
store-actors-not-table = `{ $lang }.actors` must be a table: `[{ $lang }.actors]`
store-hint-the-actors-are = the actors are: { $actors }
store-unknown-actor = unknown actor `{ $key }` in [{ $lang }.actors] ({ $hint }); actors are declared in guidelines/index.toml
store-actor-empty = the paragraph of `{ $key }` in [{ $lang }.actors] is empty
store-actor-not-text = `{ $lang }.actors.{ $key }` must be a text in quotes
store-lacks-actor = [{ $lang }.actors] lacks the paragraph of `{ $actor }`
store-record-conflict-markers = this file has git merge-conflict markers: two branches recorded different facts under the same name (an id collision). Keep one version in this file, and record the other fact again with riktlinjer, which gives it a new id
store-record-unknown-field = unknown field `{ $key }`, expected one of { $fields }
store-record-missing-field = missing field `{ $key }`
store-record-unreadable = { $reason }
store-bad-round-id = `{ $id }` cannot be a round id; use letters, digits, `-`, `_` and `.` (starting with a letter or digit), e.g. `2026-1`
store-stray-review-file = reviews/ holds workflow.toml, allowed_signers and one folder per round; move this file elsewhere
store-workflow-unknown-key-close = unknown key `{ $key }` in { $context } (did you mean `{ $suggestion }`?)
store-workflow-unknown-key-languages = unknown key `{ $key }` in { $context }: neither a setting ({ $settings }) nor a declared language ({ $languages })
store-workflow-unknown-key = unknown key `{ $key }` in { $context }: neither a setting ({ $settings }) nor a language code
store-workflow-name-not-text = the name `{ $key }` in { $context } must be a text in quotes
store-workflow-has = the workflow has `[[stages]]` and `[currency_check]`
store-workflow-unknown-setting = unknown setting `{ $key }` ({ $hint })
store-workflow-no-stages = the workflow defines no stages; add `[[stages]]` tables (each with `id`, `kind` and a name per language), in order
store-workflow-stages-not-tables = `stages` must be written as `[[stages]]` tables, one per stage, in order
store-context-stage = this stage
store-stage-lacks-id = this `[[stages]]` entry lacks `id`; add e.g. `id = "ka-treatment"`
store-stage-id-not-slug = the stage id `{ $id }` must be lowercase letters, digits and hyphens, e.g. `ka-treatment`
store-stage-lacks-kind = this stage lacks `kind`; write one of: { $kinds }
store-unknown-stage-kind = unknown stage kind `{ $kind }`{ $hint }; the kinds are: { $kinds }
store-must-be-bool = `{ $key }` must be `true` or `false`
store-stage-no-name = this stage has no name; add one per language, e.g. `sv = "Utlåtanderunda"`
store-stage-id-twice = the stage id `{ $id }` is used twice; give each stage its own id
store-currency-check-not-table = `currency_check` must be a table: `[currency_check]`
store-check-id-not-slug = the id `{ $id }` must be lowercase letters, digits and hyphens
store-check-id-is-stage = `{ $id }` is already the id of a stage; give the currency check its own id
store-deviation-end-orphan = this ends deviation { $code }, which is not recorded (no { $path })
store-stray-deviation-folder = reviews/deviations/ holds one file per deviation and ends/; move this folder elsewhere
store-record-not-toml = review records are `.toml` files; move this file out of reviews/
store-not-an-object-id = `{ $key }` is `{ $id }`, not an object id (40 hexadecimal digits): the record is bound to no text; a record is not repaired in place, so record the fact again with riktlinjer
store-first-supersedes = a first record supersedes nothing, but this one names `{ $supersedes }`; a revision is a file named `{ $base }.r2.toml`
store-revision-supersedes = revision { $revision } of `{ $base }` must supersede `{ $expected }` (write `supersedes = "{ $expected }"`), and that record must exist
store-round-no-round-toml = this folder has no round.toml, so it is not a review round; `riktlinjer round open` creates rounds
store-round-no-guidelines = the round names no guidelines
store-event-file-name = an event file is named `NN-<stage>.toml` (e.g. `03-comment-round.toml`)
store-event-stage-mismatch = the file is named for stage `{ $named }` but records stage `{ $stage }`
store-event-number-twice = two events are numbered { $seq } ({ $first } and { $second }); two branches each recorded a step. Keep the one that happened first and record the other again
store-statement-file-name = a statement file is named `S-<code>.toml` with 6 lowercase hex digits (e.g. `S-7f3a2c.toml`); statement files are written by `riktlinjer comment add`
store-statement-code-mismatch = the id { $round }/S-{ $code } does not match the statement's content (which gives S-{ $expected }): a recorded statement must not be edited or renamed, since commits cite it by id. Restore it with `git checkout -- { $file }`
store-statement-out-of-scope = guideline `{ $guideline }` is not in the scope of round { $round } ({ $guidelines })
store-field-not-a-path = `{ $field }` is not a field path; write LANG.title, LANG.statement, LANG.description or LANG.actors.ACTOR
store-field-lacks-language = `{ $field }` lacks a language
store-field-language-unknown = `{ $lang }` is not a language of the collection ({ $languages })
store-field-without-guideline = a statement about a field must name its guideline
store-answer-orphan = this answers `{ $round }/{ $statement }`, but round { $round } has no such statement (statements/{ $statement }.toml is missing)
store-withdrawal-orphan = this withdraws `{ $round }/{ $statement }`, but round { $round } has no such statement (statements/{ $statement }.toml is missing)
store-verdict-wrong-round = round { $round } is a { $kind } round; verdicts belong to currency-check rounds
store-verdict-out-of-scope = a verdict file is named for a guideline in the round's scope; `{ $guideline }` is not one of: { $guidelines }
fmt-not-utf8 = the file is not UTF-8 text; save it with UTF-8 encoding
error-output-not-a-file = --out { $path }: it is { $what ->
    [link] a symbolic link
    [folder] a folder
   *[special] not a regular file (a device, pipe or socket)
}, and riktlinjer replaces the file it writes; nothing was written
error-output-not-a-file-hint = give the path of a new or regular file; leave out --out to write to standard output
## Import, signing, dates and help (errs2)

date-not-a-date = `{ $date }` is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known
date-not-a-date-lenient = `{ $date }` is not a date; write YYYY-MM-DD (or D.M.YYYY), or YYYY-MM or YYYY when only the month or year is known
date-no-month = `{ $date }` is not a date: there is no month { $month }
date-no-day = `{ $date }` is not a date: { $month } has no day { $day }
date-year-range = `{ $date }` is not a date: the year must lie in 1000–9999
date-no-such-day = `{ $date }` is not a date (day { $day }, month { $month }, year { $year } does not exist)
cell-error-value = the cell holds the error value { $value } (a formula that failed); type the value itself into the cell
cell-not-a-date = `{ $date }` is not a date; write YYYY-MM-DD, D.M.YYYY or M/D/YYYY (a time of day after it is allowed), or YYYY-MM or YYYY when only the month or year is known
cell-year-four-digits = `{ $date }` is not a date: write the year with four digits (write YYYY-MM-DD, D.M.YYYY or M/D/YYYY (a time of day after it is allowed), or YYYY-MM or YYYY when only the month or year is known)
cell-slashed-no-day = `{ $date }` is not a date (neither month { $a } day { $b } nor day { $a } month { $b } of { $year } exists)
cell-date-ambiguous = `{ $date }` is ambiguous: { $month_first } (month first, as US English LibreOffice and Excel write it) or { $day_first } (day first){ $why }; write it as YYYY-MM-DD or D.M.YYYY
cell-date-ambiguous-both-orders = , and the column holds dates written in both orders
cell-date-ambiguous-no-order = , and no other date of the column shows the order
cell-day-month-year = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
sheet-column-from = the organisation that sent the statement
sheet-column-text = the statement text
sheet-column-guideline = the guideline
sheet-column-field = the field
sheet-column-date = the date received
sheet-file-empty = the file is empty; it should hold a header row and one row per statement
sheet-unknown-encoding = --encoding { $encoding }: unknown encoding; use utf-8, windows-1252 or latin1 (ISO-8859-1)
sheet-not-in-encoding = the file is not { $encoding } text (byte { $byte } here cannot be { $encoding }); it is probably Windows-1252 (Latin-1), as Excel saves CSV on Windows: run again with --encoding windows-1252, or leave out --encoding to detect it
sheet-nul-byte = this does not look like a CSV file: line { $line } holds a NUL byte (a binary file, or UTF-16 text without a byte-order mark); save the sheet as CSV in UTF-8 or Windows-1252
sheet-control-character = the text does not read as { $encoding }: line { $line } holds the control character { $character }; give the file's encoding with --encoding (e.g. utf-8, windows-1252, latin1)
sheet-encoding-of-workbook = --encoding { $encoding }: { $path } is a workbook, which records its own encoding; --encoding applies to CSV files
sheet-encoding-of-workbook-hint = leave out --encoding
sheet-sheet-of-csv = --sheet { $sheet }: { $path } is a CSV file, which has one sheet; --sheet picks a sheet of a workbook (.xlsx, .xls or .ods)
sheet-sheet-of-csv-hint = leave out --sheet
sheet-unclosed-quote = this double quote opens a cell that is never closed, so the rest of the file would be one cell; close it with `"` (a quote inside a quoted cell is written `""`)
sheet-row-shape = { $cells } { $cells ->
    [one] cell
   *[other] cells
}, but the header row has { $width }; a text that contains `{ $separator }` or a line break must be in double quotes
sheet-source-csv = { $encoding }, separated by `{ $separator }`
sheet-source-sheet = sheet `{ $sheet }`
sheet-separator-tab = tab
sheet-separated-by = {" "}(separated by `{ $separator }`)
sheet-map-no-such-column = --map { $column }={ $header }: the file has no column `{ $header }`; its columns are: { $columns }
sheet-columns-ambiguous = more than one column could hold { $what }: { $columns }; choose one with --map { $column }=HEADER
sheet-no-column = no column for { $what } (looked for a header named { $names }); the file's columns are: { $columns }{ $separated }. Name the column with --map { $column }=HEADER
sheet-cell-empty = { $what } (column `{ $header }`) is empty
sheet-no-statements = the file has a header row but no statements; add one row per statement
sheet-map-in-wide = --map { $column }=…: in --layout wide each statement column names its guideline in its header (`3`, `Linjaus 3`, `samarbete`); --map { $column } applies to --layout long
sheet-map-in-wide-hint = leave out --map { $column }=…, or read the sheet with --layout long
sheet-header-names-no-guideline = column `{ $header }` names no guideline; in --layout wide the header of each statement column names its guideline's number or id (`Linjaus 3`, `3`, `samarbete`)
sheet-header-unknown-guideline = column `{ $header }`: { $reason }; the header of a statement column names its guideline's number or id
sheet-no-guideline-column = no column of the sheet names a guideline; in --layout wide the header of each statement column names its guideline's number or id (`3`, `Linjaus 3`, `samarbete`), or is a general column (`Kommentarer`, `Kommentit`, `Comments`). The columns are: { $columns }
sheet-not-csv = not readable as CSV: { $reason }
workbook-unreadable = cannot be read as a workbook ({ $reason }); import an .xlsx, .xls or .ods file as Excel or LibreOffice saves it, or the sheet saved as CSV
workbook-damaged = its contents are damaged
workbook-no-sheets = the workbook has no sheets
workbook-no-such-sheet = --sheet { $sheet }: the workbook { $path } has no sheet `{ $sheet }`; its sheets are: { $sheets }
workbook-no-such-sheet-hint = name one of them with --sheet
workbook-sheet-unreadable = sheet `{ $sheet }` cannot be read: { $reason }
workbook-sheet-empty = sheet `{ $sheet }` is empty; it should hold a header row and one row per statement{ $others }
workbook-other-sheets = {" "}(choose another with --sheet; the sheets are: { $sheets })
comment-from-empty = the organisation is empty
comment-text-empty = the statement text is empty
comment-received-in-future = the date received, { $date }, lies in the future (today is { $today })
comment-guideline-out-of-scope = guideline `{ $guideline }` is not in the scope of round { $round } ({ $guidelines })
comment-field-unknown-language = `{ $lang }` is not a language of the collection ({ $languages })
comment-field-unknown-actor = `{ $actor }` is not an actor of the collection ({ $actors })
comment-field-needs-guideline = the field `{ $field }` needs the guideline it belongs to
comment-received-late = received { $date }, outside the comment round ({ $opens } to { $closes }); a late statement is recorded only with --late, and is marked late
published-language = { $lang ->
    [sv] Swedish
    [fi] Finnish
   *[en] English
}
published-empty = the file is empty; expected the published text of the guidelines
published-binary = this is a binary file, not a text file; expected the published text (UTF-8) of the guidelines
published-not-utf8 = line { $line } is not UTF-8 text; save the file as UTF-8 and import it again
published-no-headings = this does not look like the published text of the guidelines: found no theme heading ({ $themes }) and no guideline heading such as `Punkt 1: Samarbete`
published-no-guideline-heading = this does not look like the published text of the guidelines: found no guideline heading such as `Punkt 1: Samarbete` after the theme headings ({ $themes })
published-heading-before-theme = a guideline heading stands before any theme heading
published-unknown-theme = `{ $heading }` looks like a theme heading, but guidelines/index.toml declares no such theme (themes: { $themes }); add the theme there or correct the heading
published-unexpected-line = expected a table-of-contents entry (`1. Title`), a theme heading or a guideline heading (`Punkt 1: Title`), found `{ $line }`
published-toc-no-heading = the table of contents lists guideline { $number } ({ $title }), but the text has no `… { $number }: { $title }` heading
published-toc-title-differs = the heading says `{ $heading }` but the table of contents (line { $line }) says `{ $title }` for guideline { $number }; make them agree
published-number-twice = guideline number { $number } appears twice (first at line { $line })
published-label-of-other-language = `{ $label }` is the { $label_language } label of a row, but the text is being imported as { $language } (`--lang { $lang }`), whose rows are labelled `{ $statement }` and `{ $description }`; import this file with `--lang { $label_lang }`, or give the { $language } export
published-actors-too-early = the actor row of guideline { $number } comes before its `{ $statement }` and `{ $description }` rows
published-actor-count = the actor header names { $named } { $named ->
    [one] actor
   *[other] actors
}; the collection declares { $declared }
published-expected-statement-row = expected the `{ $label }` row of guideline { $number } (`{ $label }<TAB>text`), found `{ $line }`
published-expected-actor-header = expected the actor header row of guideline { $number } (the { $actors } actor names separated by tabs), found a row of { $cells } { $cells ->
    [one] cell
   *[other] cells
}
published-actor-row-cells = the actor row of guideline { $number } has { $cells } { $cells ->
    [one] cell
   *[other] cells
} separated by tabs; expected { $actors } (one per actor)
published-lacks = guideline { $number } ({ $title }) lacks { $what }
published-lacks-row = its `{ $label }` row
published-lacks-actor-header = the actor header row
published-lacks-actor-paragraphs = the row of actor paragraphs
signing-not-a-private-key = it is not an OpenSSH private key ({ $reason })
signing-passphrase = the key is protected by a passphrase, which this tool cannot ask for; sign with `ssh-keygen -Y sign` instead (see docs/signing.md), or use a key without a passphrase kept on a token or encrypted disk
signing-key-cannot-sign = the key of type { $algorithm } cannot sign here ({ $reason }); use an ed25519 or ecdsa (nistp256) key
signing-no-agent = cannot reach the ssh-agent at { $socket } ({ $reason }); start one (`eval $(ssh-agent)`) and add the key with `ssh-add`
signing-agent-no-list = the ssh-agent did not list its keys ({ $reason })
signing-agent-lacks-key = the ssh-agent does not hold the key { $fingerprint }; add it with `ssh-add PATH-OF-THE-PRIVATE-KEY` (`ssh-add -l` lists what it holds)
signing-agent-refused = the ssh-agent refused to sign with the key { $fingerprint } ({ $reason })
signers-no-key = the line has no public key (`ssh-ed25519 AAAA…`)
signers-bad-key = the public key cannot be read ({ $reason })
signers-bad-time = { $option }="{ $value }" is not a time (YYYYMMDD[HHMM[SS]][Z])
signers-unknown-option = unknown option `{ $option }`
sig-not-ssh = the signature file is not an SSH signature ({ $reason })
sig-namespace = the signature by key { $fingerprint } was made in the namespace `{ $namespace }`, not `{ $expected }`: it signs something else than an approval
sig-mismatch = the signature by key { $fingerprint } does not match the event file: the file or the signature was changed, or it signs another file
sig-principal = principal `{ $principal }`
sig-any-principal = any principal
sig-key-not-listed = key { $fingerprint } is not in { $signers } for { $who } (as the file was when the signature was recorded)
sig-namespace-not-allowed = { $signers }:{ $line } does not allow key { $fingerprint } to sign in the namespace `{ $namespace }` (namespaces="{ $namespaces }")
sig-not-valid-at = key { $fingerprint } was not valid at { $at } by { $signers }:{ $line } (valid { $from }{ $until })
sig-valid-from = from { $time }
sig-valid-until = {" "}until { $time }
error-would-overwrite = { $path } is not empty: { $what }
error-unknown-name = { $option }`{ $wanted }` is not { $what }; { $known_as }: { $known }
error-none-known = (none)
error-empty-option = { $option } is empty; { $give }
round-empty-give = leave it out or give a text
round-name-an-event = an event of round { $round }
round-name-its-events = its events are
comment-name-a-column = a column
comment-name-the-columns = the columns are
deviation-name-an-actor = an actor of guidelines/index.toml
deviation-name-the-actors = the actors are
init-is-a-file = it is a file, not a directory
init-holds-files = it holds files and is not a git repository; `init` creates a new repository in an empty or new directory, or adds the guideline files to an existing git repository
init-already-set-up = it already has a `{ $folder }/` folder; this repository seems to be set up already (try `riktlinjer check`)
help-value-default = { $help } (the default)
help-value-color-auto = Colour when standard output is a terminal and `NO_COLOR` is unset
help-value-color-always = Always colour
help-value-color-never = Never colour
help-value-format-text = Aligned columns, grouped by theme
help-value-show-format-text = Headed paragraphs for the terminal
help-value-diff-format-text = For the terminal: colours on a terminal, `[-old-]{"{"}+new+{"}"}` otherwise
help-value-round-status-format-text = For the terminal
help-value-log-format-text = Commit by commit, newest first
help-value-report-currency-format-text = A summary, then one block per guideline
help-value-audit-format-text = What was checked, then each finding with what to do
help-value-deviation-list-format-text = One block per deviation
help-value-format-markdown = A Markdown list per theme
help-value-show-format-markdown = Markdown with a heading per field
help-value-diff-format-markdown = One section per changed guideline, `~~old~~ **new**` inline
help-value-round-status-format-markdown = Markdown, for a report
help-value-report-currency-format-markdown = A summary and a table
help-value-report-comments-format-markdown = A document to paste into a wiki or convert with pandoc
help-value-changelog-format-markdown = Keep-a-Changelog style Markdown
help-value-deviation-list-format-markdown = A Markdown table
help-value-format-json = An array of objects with `id`, `number`, `theme`, `title`
help-value-show-format-json = The guideline as one object: `id`, `number`, `theme`, `texts`
help-value-diff-format-json = `{"{"}"from", "to", "guidelines": [{"{"}"id", "number", "status", "fields": [{"{"}"field", "hunks": [{"{"}"old", "new"{"}"}]{"}"}]{"}"}]{"}"}`
help-value-round-status-format-json = One object (with ROUND-ID) or an array of objects
help-value-log-format-json = An array of changes, newest first
help-value-report-currency-format-json = An array of guidelines
help-value-report-comments-format-json = The whole report as data
help-value-audit-format-json = One object: `ok`, `checked`, `findings`, `notes`
help-value-changelog-format-json = The changelog as data
help-value-deviation-list-format-json = An array of objects
help-value-format-csv = Comma-separated values with a header row (see --csv-dialect)
help-value-report-currency-format-csv = One row per guideline (see --csv-dialect)
help-value-report-comments-format-csv = One row per statement, for a spreadsheet (see --csv-dialect)
help-value-format-xlsx = An Excel workbook, one row per guideline (needs `--out` on a terminal)
help-value-report-comments-format-xlsx = An Excel workbook, one row per statement (needs `--out` on a terminal)
help-value-csv-dialect-standard = UTF-8 without BOM, `,`-separated, LF line ends: for programs
help-value-csv-dialect-excel = UTF-8 with BOM, `;`-separated, CRLF line ends: opens correctly in Excel with a Finnish or Swedish locale
help-value-format-html = A self-contained page that prints cleanly
help-value-show-format-html = A self-contained HTML page
help-value-diff-format-html = A self-contained page: old | new side by side per field, and inline
help-value-report-currency-format-html = A self-contained page with a table
help-value-format-docx = A Word document of the new text with every change a tracked change (needs `--out` on a terminal)
help-value-report-comments-format-docx = A Word document (needs `--out` on a terminal)
help-value-layout-long = One statement per row
help-value-layout-wide = One row per respondent, one statement per non-empty cell
help-value-forge-gitlab = GitLab CI/CD and GitLab Pages
help-value-forge-github = GitHub Actions and GitHub Pages
clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-error-value-required = a value is required for '{ $arg }' but none was supplied
clap-error-possible-values = [possible values: { $values }]
clap-error-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-error-unknown-argument = unexpected argument '{ $arg }' found
clap-error-unknown-subcommand = unrecognized subcommand '{ $name }'
clap-error-missing-arguments = the following required arguments were not provided:
clap-error-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-error-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
clap-error-conflict-many = the argument '{ $arg }' cannot be used with:
clap-tip-similar = tip: { $count ->
    [one] a similar { $what } exists: { $names }
   *[other] some similar { $what }s exist: { $names }
}
clap-more-information = For more information, try '{ $help }'.
sheet-at-csv-cell = { $path }:{ $line }:1: cell { $cell }
sheet-at-csv-row = { $path }:{ $line }:1: row { $row }

## Library errors and history problems (words3)

history-problem-at = line { $line }, column { $col }: { $reason }
char-named = { $code } ({ $name })
char-name-nul = NUL
char-name-bell = bell
char-name-backspace = backspace
char-name-vertical-tab = vertical tab
char-name-form-feed = form feed
char-name-carriage-return = carriage return
char-name-escape = escape
char-name-delete = delete
char-name-next-line = next line
char-name-csi = control sequence introducer
char-name-noncharacter = a noncharacter
char-name-c0 = a C0 control character
char-name-c1 = a C1 control character
repo-index-conflicts = the index has unresolved merge conflicts
repo-index-conflicts-hint = resolve them and `git add` the files first
repo-no-identity = git does not know who you are, and every recorded fact names who recorded it
repo-no-identity-hint = run `git config --global user.name "Your Name"` and `git config --global user.email you@example.org`
diff-round-no-endpoint = round `{ $round }` has no event or stage `{ $selector }`; name `base`, a stage id or an event: { $events }
diff-round-no-events = (no events recorded yet)
diff-round-event-unbound = { $path }: the event records no `[content] commit`, so it is bound to no text to compare
diff-round-event-unbound-hint = choose another event
changelog-approval-commit-missing = an approval is bound to commit { $commit }, which is not in this repository (was history rewritten?)
changelog-approval-commit-missing-hint = run `riktlinjer audit`
no-commits-publish = there is nothing to publish
site-reserved-id = guidelines/{ $id }.toml: the id `{ $id }` is a folder name of the site ({ $reserved })
site-reserved-id-hint = rename the file (the id is its name), commit, and publish again
site-no-guidelines-commit = no commit at or before { $commit } adds guidelines, so there is nothing to publish
site-no-guidelines-commit-hint = commit the guidelines first (`git add guidelines && git commit`)
site-out-not-a-site = --out { $path }: the folder exists and is not a site riktlinjer wrote (it has no { $marker })
site-out-not-a-site-hint = give a new folder, or remove this one first
site-index-unreadable = guidelines/index.toml at { $commit } does not read
site-index-unreadable-hint = run `riktlinjer check`
