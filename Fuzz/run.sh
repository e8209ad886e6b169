#!/usr/bin/env bash
# Builds the readers with libFuzzer + AddressSanitizer and fuzzes one reader.
#   Fuzz/run.sh READER SECONDS     READER: text docx odt xml hocr alto all
# Compiles the sources with swiftc directly into .build-fuzz/ (the normal `swift build` is untouched),
# seeds the corpus from fixtures/readers/, and writes crashes to Fuzz/artifacts/READER/.
set -euo pipefail
reader="${1:?usage: Fuzz/run.sh READER SECONDS}"
seconds="${2:?usage: Fuzz/run.sh READER SECONDS}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/.build-fuzz"
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -Onone -gline-tables-only -swift-version 6 -I "$out")

# ZIPFoundation comes from the package's checkout; `swift package resolve` fetches it.
[ -d .build/checkouts/ZIPFoundation ] || swift package resolve >/dev/null
zip="$root/.build/checkouts/ZIPFoundation/Sources"

build_module() {  # name, extra flags..., then sources after --
  local name="$1"; shift
  local extra=()
  while [ "$1" != "--" ]; do extra+=("$1"); shift; done
  shift
  swiftc "${flags[@]}" "${extra[@]}" -wmo -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -c "$@" -o "$out/$name.o"
}

if [ ! -x "$out/fuzz-readers" ] || [ -n "$(find Sources/Readers Sources/SarabanCore Sources/ThaiText Fuzz -newer "$out/fuzz-readers" -name '*.swift' | head -1)" ]; then
  echo "building the fuzz target…" >&2
  build_module ZIPFoundation -swift-version 5 -Xcc -fmodule-map-file="$zip/CZLib/module.modulemap" -Xcc -D_GNU_SOURCE=1 -- "$zip"/ZIPFoundation/*.swift
  build_module ThaiText -- Sources/ThaiText/*.swift
  build_module SarabanCore -- Sources/SarabanCore/*.swift
  build_module Readers -Xcc -fmodule-map-file="$root/Sources/CLibXML2/module.modulemap" -Xcc -I/usr/include/libxml2 \
    -Xcc -fmodule-map-file="$zip/CZLib/module.modulemap" -- $(find Sources/Readers -name '*.swift' ! -name ContentHash.swift) Fuzz/ContentHashStub.swift
  swiftc "${flags[@]}" -Xcc -fmodule-map-file="$root/Sources/CLibXML2/module.modulemap" -Xcc -I/usr/include/libxml2 \
    -Xcc -fmodule-map-file="$zip/CZLib/module.modulemap" \
    Fuzz/FuzzReaders.swift "$out"/ZIPFoundation.o "$out"/ThaiText.o "$out"/SarabanCore.o "$out"/Readers.o \
    -lxml2 -lz -o "$out/fuzz-readers"
fi

# Seed corpus: the fixtures of that format.
corpus="$out/corpus-$reader"
mkdir -p "$corpus" "Fuzz/artifacts/$reader"
case "$reader" in
  docx) cp fixtures/readers/docx/*.docx fixtures/readers/malicious/*.docx "$corpus/" ;;
  odt) cp fixtures/readers/odt/*.odt "$corpus/" ;;
  hocr) cp fixtures/readers/ocr/*.hocr "$corpus/" ;;
  alto) cp fixtures/readers/ocr/member_order.xml "$corpus/" ;;
  xml) cp fixtures/readers/malicious/*.xml fixtures/readers/ocr/*.hocr "$corpus/" ;;
  text) cp fixtures/readers/text/*.txt fixtures/readers/ocr/member_order.txt "$corpus/" ;;
  all) cp -r fixtures/readers/*/*.* "$corpus/" 2>/dev/null || true ;;
  *) echo "unknown reader $reader" >&2; exit 2 ;;
esac
# The zip bombs are refused at once; keep them out of the corpus so every run is fast.
rm -f "$corpus"/zip_bomb*.docx

export SARABAN_FUZZ_READER="$reader"
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
exec "$out/fuzz-readers" "$corpus" -max_total_time="$seconds" -max_len=1048576 -rss_limit_mb=4096 -timeout=60 \
  -artifact_prefix="Fuzz/artifacts/$reader/" -print_final_stats=1
