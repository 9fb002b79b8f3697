# Writes the fuzz targets' seed inputs under SEED_DIR/<target>/, from the project's own files:
# the test fixtures, the sample corpus and the judged queries. Run at build time by
# fuzz/CMakeLists.txt (cmake -DSOURCE_DIR=... -DSEED_DIR=... -P make_seeds.cmake).
cmake_minimum_required(VERSION 3.20)

file(REMOVE_RECURSE "${SEED_DIR}")
foreach(target page_text html json jsonl query search_params generation_stub)
  file(MAKE_DIRECTORY "${SEED_DIR}/${target}")
endforeach()

# Named after their folder too: fixtures of different folders share file names.
function(copy_seeds target)
  foreach(pattern ${ARGN})
    file(GLOB files "${SOURCE_DIR}/${pattern}")
    foreach(file ${files})
      get_filename_component(folder "${file}" DIRECTORY)
      get_filename_component(folder "${folder}" NAME)
      get_filename_component(name "${file}" NAME)
      configure_file("${file}" "${SEED_DIR}/${target}/${folder}-${name}" COPYONLY)
    endforeach()
  endforeach()
endfunction()

copy_seeds(page_text "tests/fixtures/pages/*.txt" "data/sample/*.txt")
copy_seeds(html "tests/fixtures/pages/*.html")
copy_seeds(json "tests/fixtures/json/*.json" "tests/browser/fixtures/*.json")
copy_seeds(jsonl "tests/fixtures/json/*.jsonl" "tests/fixtures/search/*.jsonl")

function(json_string out text)
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "\n" "\\n" text "${text}")
  string(REPLACE "\t" "\\t" text "${text}")
  string(REPLACE "\r" "\\r" text "${text}")
  set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()

function(escape_for out text)
  string(REPLACE "&" "&amp;" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  string(REPLACE ">" "&gt;" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Sample pages as saved HTML: the Korean and English text in markup, a line a paragraph.
file(GLOB sample_pages "${SOURCE_DIR}/data/sample/mofa-*-4200[0-9]?.txt" "${SOURCE_DIR}/data/sample/mofa-*-3100[0-9]?.txt")
foreach(page ${sample_pages})
  get_filename_component(stem "${page}" NAME_WE)
  file(STRINGS "${page}" lines ENCODING UTF-8)
  list(GET lines 0 first_line)
  escape_for(title "${first_line}")
  set(html "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>${title} | Press Releases</title></head>\n<body><nav><a href=\"/\">Home</a></nav><main>\n")
  foreach(line IN LISTS lines)
    escape_for(text "${line}")
    string(APPEND html "<p>${text}</p>\n")
  endforeach()
  string(APPEND html "</main><footer>Ministry</footer></body></html>\n")
  file(WRITE "${SEED_DIR}/html/${stem}.html" "${html}")
endforeach()

# Some sample pages as JSON releases: one object a file, and all of them as one JSON Lines file.
file(GLOB sample_pages "${SOURCE_DIR}/data/sample/mofa-*-42000?.txt" "${SOURCE_DIR}/data/sample/mofa-*-31000?.txt")
set(jsonl "")
foreach(page ${sample_pages})
  get_filename_component(stem "${page}" NAME_WE)
  file(READ "${page}" text)
  string(REGEX MATCH "^[^\n]*" first_line "${text}")
  json_string(title "${first_line}")
  json_string(body "${text}")
  set(object "{\"id\": \"${stem}\", \"title\": ${title}, \"date\": \"2021-07-08\", \"body\": ${body}, \"countries\": [\"KR\"], \"officials\": [{\"name\": \"Chung Eui-yong\", \"title\": \"Minister\"}]}")
  file(WRITE "${SEED_DIR}/json/${stem}.json" "${object}\n")
  string(APPEND jsonl "${object}\n")
endforeach()
file(WRITE "${SEED_DIR}/jsonl/sample.jsonl" "${jsonl}")

# Queries: the first byte picks the match mode (query target) or GET/POST (search_params).
file(STRINGS "${SOURCE_DIR}/tests/relevance/queries.tsv" query_lines ENCODING UTF-8 REGEX "^[^#]")
set(get_extras "" "&lang=ko&sort=date_desc" "&country=JP&country=CN&from=2020&to=2023-06" "&page=2&per_page=5&facets=country,date&date_interval=month" "&match=any&facet_size=3")
set(post_extras "" ",\"lang\":[\"ko\"],\"sort\":\"date_asc\"" ",\"country\":[\"JP\",\"CN\"],\"from\":\"2021-01-01\"" ",\"page\":2,\"per_page\":5,\"facets\":\"lang\"" ",\"match\":\"all\",\"official\":[\"chung-eui-yong\"]")
set(number 0)
foreach(line IN LISTS query_lines)
  string(REGEX REPLACE "^[^\t]*\t[^\t]*\t[^\t]*\t" "" query "${line}")
  math(EXPR mode "${number} % 3")
  math(EXPR extra "${number} % 5")
  list(GET get_extras ${extra} get_extra)
  list(GET post_extras ${extra} post_extra)
  string(REPLACE "\\" "\\\\" json_query "${query}")
  string(REPLACE "\"" "\\\"" json_query "${json_query}")
  file(WRITE "${SEED_DIR}/query/q${number}" "${mode}${query}")
  file(WRITE "${SEED_DIR}/search_params/get${number}" "Gq=${query}${get_extra}")
  file(WRITE "${SEED_DIR}/search_params/post${number}" "P{\"q\":\"${json_query}\"${post_extra}}")
  math(EXPR number "${number} + 1")
endforeach()
file(WRITE "${SEED_DIR}/query/syntax" "0title:(talks OR consult*) -\"joint statement\" country:AF lang:ko date:2021-01..2021-06 NOT (a AND b)")
file(WRITE "${SEED_DIR}/search_params/empty-get" "G")
file(WRITE "${SEED_DIR}/search_params/empty-post" "P{}")

# Database stubs as dipsearch-index writes them, and the shard stubs of docs/scaling.md.
set(stubs
  "auto dipsearch.db.d/gen-000001\n"
  "# comment\n\nauto gen-000002\n"
  "auto shard-0\nauto shard-1\nglass shard-2\n"
  "remote 127.0.0.1:8100\nremote [::1]:8101\nauto shard-local\n"
  "remote search-2.example:8100\n")
set(number 0)
foreach(stub IN LISTS stubs)
  file(WRITE "${SEED_DIR}/generation_stub/stub${number}" "${stub}")
  math(EXPR number "${number} + 1")
endforeach()
