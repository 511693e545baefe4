#!/usr/bin/env bash
# Re-measure the retrieval variants of docs/retrieval.md: one `claimqa eval` run per variant,
# over the public sample, our seed questions, our multi-article set, the ninety-five held-out sets
# (written blind to the search code, on articles no retrieval question had been asked about)
# the second to seventy-fifth blind sets about the seed article, and 70 + 120 + 100 unrelated
# questions asked of the seed (off-topic only: their cells are their abstention).
set -euo pipefail
cd "$(dirname "$0")/.."
files=(eval/public-sample.json eval/seed-questions.json eval/articles-questions.json
  eval/heldout-1-questions.json eval/heldout-2-questions.json eval/heldout-3-questions.json
  eval/heldout-4-questions.json eval/heldout-5-questions.json eval/heldout-6-questions.json
  eval/heldout-7-questions.json eval/heldout-8-questions.json eval/heldout-9-questions.json
  eval/heldout-10-questions.json eval/heldout-11-questions.json eval/heldout-12-questions.json
  eval/heldout-13-questions.json eval/heldout-14-questions.json
  eval/heldout-15-questions.json eval/heldout-16-questions.json
  eval/heldout-17-questions.json eval/heldout-18-questions.json eval/heldout-19-questions.json
  eval/heldout-20-questions.json eval/heldout-21-questions.json eval/heldout-22-questions.json
  eval/heldout-23-questions.json eval/heldout-24-questions.json eval/heldout-25-questions.json
  eval/heldout-26-questions.json eval/heldout-27-questions.json eval/heldout-28-questions.json
  eval/heldout-29-questions.json eval/heldout-30-questions.json eval/heldout-31-questions.json
  eval/heldout-32-questions.json eval/heldout-33-questions.json
  eval/heldout-34-questions.json eval/heldout-35-questions.json eval/heldout-36-questions.json
  eval/heldout-37-questions.json eval/heldout-38-questions.json
  eval/heldout-39-questions.json eval/heldout-40-questions.json
  eval/heldout-41-questions.json eval/heldout-42-questions.json
  eval/heldout-43-questions.json eval/heldout-44-questions.json
  eval/heldout-45-questions.json eval/heldout-46-questions.json
  eval/heldout-47-questions.json eval/heldout-48-questions.json
  eval/heldout-49-questions.json eval/heldout-50-questions.json
  eval/heldout-51-questions.json eval/heldout-52-questions.json
  eval/heldout-53-questions.json eval/heldout-54-questions.json
  eval/heldout-55-questions.json eval/heldout-56-questions.json
  eval/heldout-57-questions.json eval/heldout-58-questions.json
  eval/heldout-59-questions.json eval/heldout-60-questions.json
  eval/heldout-61-questions.json eval/heldout-62-questions.json
  eval/heldout-63-questions.json eval/heldout-64-questions.json
  eval/heldout-65-questions.json eval/heldout-66-questions.json
  eval/heldout-67-questions.json eval/heldout-68-questions.json
  eval/heldout-69-questions.json eval/heldout-70-questions.json
  eval/heldout-71-questions.json eval/heldout-72-questions.json
  eval/heldout-73-questions.json eval/heldout-74-questions.json
  eval/heldout-75-questions.json eval/heldout-76-questions.json
  eval/heldout-77-questions.json eval/heldout-78-questions.json
  eval/heldout-79-questions.json eval/heldout-80-questions.json
  eval/heldout-81-questions.json eval/heldout-82-questions.json
  eval/heldout-83-questions.json eval/heldout-84-questions.json
  eval/heldout-85-questions.json eval/heldout-86-questions.json
  eval/heldout-87-questions.json eval/heldout-88-questions.json
  eval/heldout-89-questions.json eval/heldout-90-questions.json eval/heldout-91-questions.json
  eval/heldout-92-questions.json eval/heldout-93-questions.json
  eval/heldout-94-questions.json eval/heldout-95-questions.json
  eval/answer-kinds-questions.json
  eval/answer-kinds-2-questions.json eval/answer-kinds-3-questions.json
  eval/seed-heldout-questions.json eval/seed-heldout-2-questions.json
  eval/seed-heldout-3-questions.json eval/seed-heldout-4-questions.json
  eval/seed-heldout-5-questions.json eval/seed-heldout-6-questions.json
  eval/seed-heldout-7-questions.json eval/seed-heldout-8-questions.json
  eval/seed-heldout-9-questions.json eval/seed-heldout-10-questions.json
  eval/seed-heldout-11-questions.json eval/seed-heldout-12-questions.json
  eval/seed-heldout-13-questions.json eval/seed-heldout-14-questions.json
  eval/seed-heldout-15-questions.json eval/seed-heldout-16-questions.json
  eval/seed-heldout-17-questions.json eval/seed-heldout-18-questions.json
  eval/seed-heldout-19-questions.json eval/seed-heldout-20-questions.json
  eval/seed-heldout-21-questions.json eval/seed-heldout-22-questions.json
  eval/seed-heldout-23-questions.json eval/seed-heldout-24-questions.json
  eval/seed-heldout-25-questions.json eval/seed-heldout-26-questions.json
  eval/seed-heldout-27-questions.json eval/seed-heldout-28-questions.json
  eval/seed-heldout-29-questions.json eval/seed-heldout-30-questions.json
  eval/seed-heldout-31-questions.json eval/seed-heldout-32-questions.json
  eval/seed-heldout-33-questions.json eval/seed-heldout-34-questions.json
  eval/seed-heldout-35-questions.json eval/seed-heldout-36-questions.json
  eval/seed-heldout-37-questions.json eval/seed-heldout-38-questions.json
  eval/seed-heldout-39-questions.json eval/seed-heldout-40-questions.json
  eval/seed-heldout-41-questions.json eval/seed-heldout-42-questions.json
  eval/seed-heldout-43-questions.json eval/seed-heldout-44-questions.json
  eval/seed-heldout-45-questions.json eval/seed-heldout-46-questions.json
  eval/seed-heldout-47-questions.json eval/seed-heldout-48-questions.json
  eval/seed-heldout-49-questions.json eval/seed-heldout-50-questions.json
  eval/seed-heldout-51-questions.json eval/seed-heldout-52-questions.json
  eval/seed-heldout-53-questions.json eval/seed-heldout-54-questions.json
  eval/seed-heldout-55-questions.json eval/seed-heldout-56-questions.json
  eval/seed-heldout-57-questions.json eval/seed-heldout-58-questions.json
  eval/seed-heldout-59-questions.json eval/seed-heldout-60-questions.json
  eval/seed-heldout-61-questions.json eval/seed-heldout-62-questions.json
  eval/seed-heldout-63-questions.json eval/seed-heldout-64-questions.json
  eval/seed-heldout-65-questions.json eval/seed-heldout-66-questions.json
  eval/seed-heldout-67-questions.json eval/seed-heldout-68-questions.json
  eval/seed-heldout-69-questions.json eval/seed-heldout-70-questions.json
  eval/seed-heldout-71-questions.json eval/seed-heldout-72-questions.json
  eval/seed-heldout-73-questions.json
  eval/seed-heldout-74-questions.json
  eval/seed-phrasing-questions.json
  eval/seed-offtopic-questions.json
  eval/seed-offtopic-2-questions.json eval/seed-offtopic-3-questions.json)
# Rows before 13 give "What did X say?" no speaker lift, rows before 11 a when-question no
# lift, rows before 12 a why-question no context,
# rows before 10 a passage with another name no say, and rows before 9 treat every kind of
# question alike (the why-weight equals the token weight).
# Rows before 14 have none of the additions of 29 Nov after 10:30 that have a knob: the speaker
# check, the answer-form, introduction and role lifts, the further-name floor, and a caption
# handicap of 0.05 (copies of a caption are one passage in every row), nor the lift of 13:11
# for a passage saying what is not confirmed, nor the lead's handicap of 30 Nov, nor the lift of
# 1 Dec for the writer's own view, and weigh BM25 0.1 as every row did before 30 Nov 17:30 (now
# 0.15).
earlier=(--set speaker_check=0 --set answer_type_lift=0 --set introduction_lift=0
  --set role_lift=0 --set further_name_floor=0 --set caption_penalty=0.05
  --set unconfirmed_lift=0 --set lead_penalty=0 --set why_lead_penalty=0
  --set lexical_weight=0.1 --set view_lift=0)
no_alias=("${earlier[@]}" --set alias_lift=0 --set alias_name_match=0 --set time_lift=0
  --set why_context=0 --set speaker_lift=0)
alike=("${no_alias[@]}" --set reason_token_weight=0.7 --set count_lift=0)
corpus_idf=("${alike[@]}" --set corpus_idf_power=1 --set document_idf_power=0
  --set hub_correction=0 --set caption_picture_match=0)
base=("${corpus_idf[@]}" --set heading_penalty=0 --set caption_penalty=0 --set duplicate_cosine=2)
no_tokens=(--set token_weight=0 --set reason_token_weight=0)
declare -A variants=(
  [1-dense-passage]="${base[*]} ${no_tokens[*]} --set sentence_weight=0 --set lexical_weight=0"
  [2-plus-sentences]="${base[*]} ${no_tokens[*]} --set sentence_weight=0.5 --set lexical_weight=0"
  [3-plus-bm25]="${base[*]} ${no_tokens[*]} --set sentence_weight=0.5 --set lexical_weight=0.1"
  [4-plus-late-interaction]="${base[*]} --set token_weight=0.7 --set lexical_weight=0.1"
  [5-plus-priors-dedupe]="${corpus_idf[*]}"
  [6-within-document-weights]="${alike[*]} --set hub_correction=0 --set caption_picture_match=0"
  [7-hub-correction]="${alike[*]} --set caption_picture_match=0"
  [8-caption-implies-photo]="${alike[*]}"
  [9-why-and-how-many]="${no_alias[*]}"
  [9z-other-name]="${earlier[*]} --set time_lift=0 --set why_context=0 --set speaker_lift=0"
  [9zy-when-lift]="${earlier[*]} --set why_context=0 --set speaker_lift=0"
  [9zz-why-context]="${earlier[*]} --set speaker_lift=0"
  [9zzz-speaker]="${earlier[*]}"
  [9zzzz-final-answer-forms]=""
  [a-final-no-name-check]="--set unknown_name_floor=0"
  [b-final-bm25-0.3]="--set lexical_weight=0.3"
  [c-final-no-best-match-floor]="--set best_match_floor=0"
  [d-final-no-answer-types]="--set answer_type_depth=0"
  [e-final-no-confirmation-lift]="--set unconfirmed_lift=0"
  [f-final-bm25-0.1]="--set lexical_weight=0.1"
)
for name in $(printf '%s\n' "${!variants[@]}" | sort); do
  # shellcheck disable=SC2086
  .venv/bin/claimqa eval "${files[@]}" --json ${variants[$name]} 2>/dev/null |
    python3 -c "
import json, sys
rows = [json.loads(l) for l in sys.stdin]
n = sum(r['questions'] for r in rows); off = sum(r['off_topic'] for r in rows)
w = lambda k: sum(r[k] * r['questions'] for r in rows) / n
ab = sum(r['abstention'] * r['off_topic'] for r in rows) / off
cells = ' | '.join(f\"{r['recall_at_1']:.2f} / {r['recall_at_3']:.2f}\" if r['questions'] else f\"abstention {r['abstention']:.2f}\" for r in rows)
print(f\"| $name | {cells} | {w('recall_at_1'):.3f} | {w('recall_at_3'):.3f} | {w('mrr_at_10'):.3f} | {ab:.2f} | {w('wrong_abstention'):.3f} |\")
"
done
