#:project ../../src/PolicyArchive.Core/PolicyArchive.Core.csproj
// Builds the compact cross-language lexicon the app loads (src/PolicyArchive.Core/Search/Lexicon/data/lexicon.tsv.gz)
// from the dictionaries scripts/build-lexicon.sh installs. Run through that script; arguments are its paths.
// Output lines: source language, source key (LexiconKey), then "lang:term:weight" translations joined by '|'.
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

using PolicyArchive.Core.Search.Lexicon;

if (args.Length < 11)
{
    Console.Error.WriteLine("usage: BuildLexicon <dictd dir> <cedict.tsv> <wordnet dir> <french words> <domain.tsv> <apertium dir> <out.tsv.gz> <report.txt> <iso_3166-1.json> <locale dir> <enamdict>");
    return 2;
}
var (dictd, cedictPath, wordnetDir, frenchWordsPath, domainPath, apertiumDir, outPath, reportPath) = (args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]);
var (countriesPath, localeDir, enamdictPath) = (args[8], args[9], args[10]);

var lexicon = new Edges();
var report = new StringBuilder();

// 1. The domain lexicon, written by the team: every term of a concept translates every other, at full weight.
var domainConcepts = 0;
foreach (var line in File.ReadLines(domainPath))
{
    if (line.Length == 0 || line[0] == '#') continue;
    var cols = line.Split('\t');
    var terms = new List<(string Lang, string Text)>();
    string[] langs = ["en", "fr", "zh", "ja"];
    for (var i = 0; i < Math.Min(cols.Length, 4); i++)
        foreach (var t in cols[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) terms.Add((langs[i], t));
    foreach (var a in terms)
        foreach (var b in terms)
        {
            if (a == b) continue;
            // A French plural in -iés (« alliés ») is stored under its French singular, where the app looks it up, not
            // under the English -ies key ("ally"), which would give English "allies" and "salaries" its sense.
            if (a.Lang == "fr" && LexiconKey.FrenchPlural(a.Text) is { } plural) lexicon.AddKey(a.Lang, plural, b.Lang, b.Text, 10);
            else lexicon.Add(a.Lang, a.Text, b.Lang, b.Text, 10);
        }
    domainConcepts++;
}
report.AppendLine($"domain lexicon: {domainConcepts} concepts");

// 1b. Country names (ISO 3166-1, Debian's iso-codes with its French, Chinese and Japanese translations): the dictionaries
//     lack many in French (Italy, Denmark had no « Italie », « Danemark »). One step under the domain lexicon, so the
//     other senses of a name that is also a word still come second. An official name written "Korea, Republic of" is
//     turned the way texts write it ("Republic of Korea", « République de Corée »); a catalogue's missing translation is
//     skipped, not taken in English.
var countries = 0;
var translationsOf = new Dictionary<string, Func<string, string?>>
{
    ["fr"] = GettextMo.Reader(Path.Combine(localeDir, "fr", "LC_MESSAGES", "iso_3166-1.mo")),
    ["zh"] = GettextMo.Reader(Path.Combine(localeDir, "zh_CN", "LC_MESSAGES", "iso_3166-1.mo")),
    ["ja"] = GettextMo.Reader(Path.Combine(localeDir, "ja", "LC_MESSAGES", "iso_3166-1.mo")),
};
using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(countriesPath)))
{
    foreach (var country in json.RootElement.GetProperty("3166-1").EnumerateArray())
    {
        var englishNames = new[] { "name", "common_name" }.Select(p => country.TryGetProperty(p, out var v) ? v.GetString() : null)
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
        var terms = new List<(string Lang, string Text)>();
        foreach (var name in englishNames)
        {
            if (CountryName.AsWritten(name, "en") is { } englishName) terms.Add(("en", englishName));
            foreach (var (lang, translate) in translationsOf)
                if (translate(name) is { } translated && CountryName.AsWritten(translated, lang) is { } countryName) terms.Add((lang, countryName));
        }
        terms = terms.Distinct().ToList();
        if (terms.Select(t => t.Lang).Distinct().Count() < 2) continue;
        foreach (var a in terms)
            foreach (var b in terms)
                if (a != b && LexiconKey.Of(a.Text) != LexiconKey.Of(b.Text)) lexicon.Add(a.Lang, a.Text, b.Lang, b.Text, 9);
        countries++;
    }
}
report.AppendLine($"ISO 3166-1 country names (iso-codes): {countries} countries in English, French, Chinese and Japanese");

// 2. CC-CEDICT: Chinese headwords (simplified and traditional) to English glosses, and back.
//    CC-CEDICT gives no word frequencies; how many other headwords contain a word (服务 in 服务器, 服务业, …) stands in
//    for how common it is, so that "service" is 服务 before 乘务 and "court" 法院 before 宫廷 when the glosses tie.
var compounds = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(cedictPath))
{
    var cols = line.Split('\t');
    if (cols.Length < 3 || !cols[1].All(LexiconKey.IsCjk)) continue;
    var inner = new HashSet<string>(StringComparer.Ordinal);
    for (var start = 0; start < cols[1].Length; start++)
        for (var length = 2; length < cols[1].Length - start + (start == 0 ? 0 : 1) && length <= 8; length++) inner.Add(cols[1].Substring(start, length));
    foreach (var piece in inner) compounds[piece] = compounds.GetValueOrDefault(piece) + 1;
}
int Common(string zh) => (int)Math.Min(5, Math.Log2(1 + compounds.GetValueOrDefault(zh)));
var zhToEn = 0;
var enToZh = new Dictionary<string, List<(string Zh, int Score)>>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(cedictPath))
{
    var cols = line.Split('\t');
    if (cols.Length < 3) continue;
    var (trad, simp) = (cols[0], cols[1]);
    if (!simp.All(LexiconKey.IsCjk) || simp.Length < 2) continue;
    var glossesEn = Gloss.Clean(cols[2].Split('/').SelectMany(g => g.Split(';'))).Take(5).ToList();
    if (glossesEn.Count == 0) continue;
    for (var i = 0; i < glossesEn.Count; i++)
    {
        lexicon.Add("zh", simp, "en", glossesEn[i], 8 - Math.Min(i, 3));
        if (trad != simp && trad.All(LexiconKey.IsCjk)) lexicon.Add("zh", trad, "en", glossesEn[i], 8 - Math.Min(i, 3));
        zhToEn++;
        var key = LexiconKey.Of(glossesEn[i]);
        if (!enToZh.TryGetValue(key, out var list)) enToZh[key] = list = [];
        // An English word that is the first gloss of a short entry names it best.
        list.Add((simp, 10 - 2 * i - (glossesEn.Count > 3 ? 1 : 0) + Common(simp)));
    }
}
foreach (var (en, list) in enToZh)
    foreach (var (zh, score) in list.OrderByDescending(x => x.Score).ThenBy(x => Math.Abs(x.Zh.Length - 2)).Take(3).Select((x, r) => (x.Zh, x.Score - r)))
        lexicon.AddKey("en", en, "zh", zh, Math.Clamp(score - 2, 3, 8));
report.AppendLine($"CC-CEDICT: {zhToEn} Chinese→English glosses");

// 2b. CC-CEDICT's proper nouns (pinyin written with a capital) under their names in Latin script, as "nm" entries the
//     app reads only for words typed as names: the toneless pinyin (Shen1 zhen4 → Shenzhen, Xi2 Jin4 ping2 → Xi
//     Jinping) and the gloss's leading name (奥特曼 "Ultraman, Japanese science fiction superhero" → Ultraman).
//     Kept apart from the English keys: a pinyin spelling may also be an ordinary word, which must not become a name.
var names = 0;
foreach (var line in File.ReadLines(cedictPath))
{
    var cols = line.Split('\t');
    if (cols.Length < 4) continue;
    var (trad, simp) = (cols[0], cols[1]);
    if (!simp.All(LexiconKey.IsCjk) || simp.Length < 2) continue;
    var glosses = cols[2].Split('/');
    if (glosses.Any(g => g.StartsWith("surname", StringComparison.OrdinalIgnoreCase))) continue;
    foreach (var (name, confirmed, pinyinOnly) in ChineseNames.Of(cols[3], glosses[0]))
    {
        // A pinyin spelling the gloss confirms (华为 "Huawei") before a mere homophone (华威 Huawei, that is Warwick);
        // the simplified form before the traditional one.
        var weight = confirmed ? 9 : 8;
        lexicon.Add("nm", name, "zh", simp, weight);
        if (trad != simp && trad.All(LexiconKey.IsCjk)) lexicon.Add("nm", name, "zh", trad, weight - 1);
        // 深圳 typed in Chinese finds Shenzhen in French and English texts when its glosses name nothing ("see 深圳市");
        // below real glosses (美国: United States, not Meiguo).
        if (pinyinOnly) lexicon.Add("zh", simp, "en", name, 5);
        names++;
    }
}
report.AppendLine($"CC-CEDICT proper nouns under their Latin names (pinyin, gloss): {names} pairs");

// 3. JMdict (FreeDict jpn-eng, jpn-fra): Japanese headwords to English and French glosses, and back.
var jaEn = Dictd.Entries(Path.Combine(dictd, "freedict-jpn-eng")).Select(Jmdict.Parse).Where(e => e is not null).Select(e => e!).ToList();
var jaFr = Dictd.Entries(Path.Combine(dictd, "freedict-jpn-fra")).Select(Jmdict.Parse).Where(e => e is not null).Select(e => e!).ToList();
AddJapanese(jaEn, "en");
AddJapanese(jaFr, "fr");
report.AppendLine($"JMdict: {jaEn.Count} Japanese–English entries, {jaFr.Count} Japanese–French entries");

void AddJapanese(List<JmEntry> entries, string lang)
{
    var back = new Dictionary<string, List<(string Ja, int Score)>>(StringComparer.Ordinal);
    foreach (var entry in entries)
    {
        var glosses = Gloss.Clean(entry.Glosses).Take(5).ToList();
        if (glosses.Count == 0) continue;
        foreach (var head in entry.Keys)
            for (var i = 0; i < glosses.Count; i++) lexicon.Add("ja", head, lang, glosses[i], 8 - Math.Min(i, 3) + (entry.Common ? 0 : -1));
        for (var i = 0; i < glosses.Count; i++)
        {
            var key = LexiconKey.Of(glosses[i]);
            if (!back.TryGetValue(key, out var list)) back[key] = list = [];
            list.Add((entry.Keys[0], 10 - 2 * i + (entry.Common ? 2 : 0) - (glosses.Count > 3 ? 1 : 0)));
        }
    }
    foreach (var (key, list) in back)
        foreach (var (ja, score) in list.OrderByDescending(x => x.Score).Take(3).Select((x, r) => (x.Ja, x.Score - r)))
            lexicon.AddKey(lang, key, "ja", ja, Math.Clamp(score - 3, 3, 8));
}

// 3b. ENAMDICT's companies, organisations and products, and the unclassified names it describes (読売 "Yomiuri
//     (newspaper, baseball team, etc.)"): a name typed in Latin script finds the way Japanese texts write it (Honda →
//     ホンダ, Fujitsu → 富士通), as "nm" entries read only for words typed as names; and the Japanese writing finds the
//     Latin name. Its people and places are left out: a romanised surname or place has dozens of writings.
//     A head JMdict already has keeps JMdict's translations: 短期大学 is a junior college, not "Tanki University".
var jmdictHeads = jaEn.SelectMany(e => e.Keys).ToHashSet(StringComparer.Ordinal);
var japaneseNames = 0;
foreach (var (head, name) in Enamdict.Names(enamdictPath))
{
    lexicon.Add("nm", name, "ja", head, 9);
    if (!jmdictHeads.Contains(head)) lexicon.Add("ja", head, "en", name, 7);
    japaneseNames++;
}
report.AppendLine($"ENAMDICT companies, organisations, products and described names: {japaneseNames} pairs of a Latin name and a Japanese writing");

// 4. French–English, triangulated through JMdict: a Japanese headword glossed in both languages pairs its French and
//    English glosses; a pair seen under several headwords is trusted more.
var enByHead = new Dictionary<string, List<string>>(StringComparer.Ordinal);
foreach (var e in jaEn) foreach (var k in e.Keys) enByHead.TryAdd(k, Gloss.Clean(e.Glosses).ToList());
var support = new Dictionary<(string Fr, string En), int>();
foreach (var e in jaFr)
{
    var fr = Gloss.Clean(e.Glosses).ToList();
    if (fr.Count is 0 or > 4) continue;
    var en = e.Keys.Select(k => enByHead.GetValueOrDefault(k)).FirstOrDefault(l => l is { Count: > 0 });
    if (en is null || en.Count > 4) continue;
    foreach (var f in fr)
        foreach (var g in en)
            support[(f, g)] = support.GetValueOrDefault((f, g)) + (fr.Count * en.Count <= 4 ? 2 : 1);
}
var triangulated = 0;
foreach (var group in support.Where(kv => kv.Value >= 2).GroupBy(kv => LexiconKey.Of(kv.Key.Fr)))
    foreach (var kv in group.OrderByDescending(kv => kv.Value).Take(4))
    {
        var w = kv.Value >= 4 ? 6 : 5;
        lexicon.Add("fr", kv.Key.Fr, "en", kv.Key.En, w);
        lexicon.Add("en", kv.Key.En, "fr", kv.Key.Fr, w);
        triangulated++;
    }
report.AppendLine($"French–English triangulated through JMdict: {triangulated} pairs");

// 5. FreeDict's small French–English and English–French dictionaries.
var freedict = 0;
foreach (var (file, from, to) in new[] { ("freedict-fra-eng", "fr", "en"), ("freedict-eng-fra", "en", "fr") })
{
    foreach (var text in Dictd.Entries(Path.Combine(dictd, file)))
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2) continue;
        var head = Regex.Replace(lines[0], @"\s*(/[^/]*/|<[^>]*>).*$", "").Trim();
        if (head.Length == 0 || head.StartsWith("00", StringComparison.Ordinal) || char.IsUpper(head[0])) continue;
        var glosses = Gloss.Clean(lines.Skip(1).Select(l => Regex.Replace(l, @"^\s*\d+\.\s*", "")).SelectMany(Gloss.SplitCommas)).Take(5).ToList();
        for (var i = 0; i < glosses.Count; i++)
        {
            lexicon.Add(from, head, to, glosses[i], 7 - Math.Min(i, 2));
            lexicon.Add(to, glosses[i], from, head, 6 - Math.Min(i, 2));
            freedict++;
        }
    }
}
report.AppendLine($"FreeDict fra-eng/eng-fra: {freedict} pairs");

// 6. French–English cognates: a French word (wfrench) whose folded stem, through regular suffix correspondences,
//    is an English WordNet lemma (contrôle/control, exportation/export, sécurité/security). Identical spellings need no
//    entry: the English field already matches them.
var english = new HashSet<string>(StringComparer.Ordinal);
foreach (var pos in new[] { "noun", "verb", "adj", "adv" })
    foreach (var line in File.ReadLines(Path.Combine(wordnetDir, "index." + pos)))
    {
        if (line.StartsWith(' ')) continue;
        var lemma = line[..line.IndexOf(' ')];
        if (lemma.All(char.IsAsciiLetterLower) && lemma.Length >= 4) english.Add(lemma);
    }
(string Fr, string En)[] rules =
[
    ("ation", "ation"), ("ation", ""), ("ation", "e"), ("ite", "ity"), ("ique", "ic"), ("ique", "ical"), ("ique", "ics"),
    ("isme", "ism"), ("iste", "ist"), ("eur", "or"), ("eur", "er"), ("aire", "ary"), ("ie", "y"), ("el", "al"),
    ("elle", "al"), ("if", "ive"), ("ive", "ive"), ("e", ""), ("er", ""), ("er", "e"), ("eux", "ous"), ("euse", "ous"),
    ("ement", "ment"), ("ee", "ed"), ("e", "ed"), ("ant", "ant"), ("ance", "ance"), ("ence", "ence"), ("que", "c"),
    ("ire", "ory"), ("oire", "ory"), ("te", "t"),
];
var cognates = 0;
var frenchWords = File.ReadLines(frenchWordsPath).Where(w => w.Length >= 5 && char.IsLower(w[0])).Select(w => w.Trim()).Distinct().ToList();
var enToFrCognates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
foreach (var word in frenchWords)
{
    var folded = LexiconKey.Fold(word);
    if (!folded.All(char.IsAsciiLetterLower) || english.Contains(folded)) continue;
    var singular = LexiconKey.Singular(folded);
    if (singular != folded && frenchWords.Count > 0 && english.Contains(singular)) continue;
    foreach (var (fr, en) in rules)
    {
        if (!singular.EndsWith(fr, StringComparison.Ordinal)) continue;
        var stem = singular[..^fr.Length];
        if (stem.Length < 4) continue;
        var candidate = stem + en;
        if (!english.Contains(candidate)) continue;
        lexicon.Add("fr", word, "en", candidate, 6);
        if (!enToFrCognates.TryGetValue(candidate, out var list)) enToFrCognates[candidate] = list = [];
        if (!list.Contains(singular)) list.Add(singular);
        cognates++;
        break;
    }
}
foreach (var (en, frs) in enToFrCognates)
    foreach (var fr in frs.OrderBy(f => Math.Abs(f.Length - en.Length)).Take(3)) lexicon.Add("en", en, "fr", fr, 5);
report.AppendLine($"French–English cognates (wfrench × WordNet): {cognates} pairs");

// 7. French–English through Apertium's bilingual dictionaries (Debian's apertium-fr-es, -eng-spa, -fra-cat, -eng-cat,
//    printed by lt-print into apertium-dir/<pair>.att): a French and an English lemma of the same part of speech that
//    translate the same Spanish or Catalan lemma (fr → es → en, en → es → fr, and through Catalan). Curated translation
//    pairs of everyday and administrative words, which FreeDict lacks (étiquetage → labelling, doublage → dubbing,
//    homologation → approval); a pair both pivots give is trusted more.
var apertium = 0;
foreach (var (from, to, legs) in new[]
{
    ("fr", "en", new[] { ("fr-es", "spa-eng"), ("fra-cat", "cat-eng") }),
    ("en", "fr", new[] { ("eng-spa", "es-fr"), ("eng-cat", "cat-fra") }),
})
{
    var pivots = new Dictionary<(string Source, string Target), int>();
    foreach (var (first, second) in legs)
    {
        var firstLeg = Apertium.Pairs(Path.Combine(apertiumDir, first + ".att"));
        var secondLeg = Apertium.Pairs(Path.Combine(apertiumDir, second + ".att")).ToLookup(p => (p.Source, p.Pos), p => p.Target);
        foreach (var pair in firstLeg.SelectMany(p => secondLeg[(p.Target, p.Pos)].Select(t => (p.Source, Target: t))).Distinct())
            pivots[pair] = pivots.GetValueOrDefault(pair) + 1;
    }
    foreach (var group in pivots.GroupBy(kv => kv.Key.Source))
    {
        // A lemma with many translations through the pivots is ambiguous: each of them is trusted less.
        var many = group.Count() > 3 ? 1 : 0;
        foreach (var kv in group.OrderByDescending(kv => kv.Value).Take(5))
        {
            // A pair another dictionary already gives is confirmed by an independent source: trusted one step more.
            var weight = (kv.Value >= 2 ? 7 : 6) - many;
            var earlier = lexicon.Weight(from, kv.Key.Source, to, kv.Key.Target);
            lexicon.Add(from, kv.Key.Source, to, kv.Key.Target, earlier is { } w && w < 10 ? Math.Min(Math.Max(w, weight) + 1, 8) : weight);
            apertium++;
        }
    }
}
report.AppendLine($"French–English through Apertium (Spanish and Catalan pivots): {apertium} pairs");

// 8. CC-CEDICT's common words under their toneless pinyin (gao1 kao3 → gaokao, nei4 juan3 → neijuan): English and
//    French texts write Chinese terms so (gaokao, hukou, guanxi), and researchers type them so. Only a spelling of
//    two syllables or more that is no English or French word, nor a key already, and that names one headword or one
//    far more common than the others (hukou: 户口, not 糊口 or 虎口).
var byPinyin = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(cedictPath))
{
    var cols = line.Split('\t');
    if (cols.Length < 4 || !cols[1].All(LexiconKey.IsCjk) || cols[1].Length < 2) continue;
    var syllables = cols[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    // A capital marks a proper noun (section 2b); a syllable without a tone number is a letter or a symbol.
    if (syllables.Length < 2 || syllables.Any(x => !char.IsAsciiLetterLower(x[0]) || !char.IsAsciiDigit(x[^1]))) continue;
    var spelling = string.Concat(syllables.Select(x => x.Replace("u:", "u", StringComparison.Ordinal).TrimEnd('1', '2', '3', '4', '5')));
    if (spelling.Length < 5 || !spelling.All(char.IsAsciiLetterLower)) continue;
    if (!byPinyin.TryGetValue(spelling, out var heads)) byPinyin[spelling] = heads = [];
    heads.Add(cols[1]);
}
var frenchFolded = frenchWords.Select(LexiconKey.Fold).ToHashSet(StringComparer.Ordinal);
var pinyin = 0;
foreach (var (spelling, heads) in byPinyin)
{
    if (english.Contains(spelling) || frenchFolded.Contains(spelling)
        || lexicon.All.ContainsKey(("en", spelling)) || lexicon.All.ContainsKey(("fr", spelling))) continue;
    var ranked = heads.OrderByDescending(h => compounds.GetValueOrDefault(h)).ThenBy(h => h, StringComparer.Ordinal).ToList();
    var (first, second) = (compounds.GetValueOrDefault(ranked[0]), ranked.Count > 1 ? compounds.GetValueOrDefault(ranked[1]) : -1);
    if (second >= 0 && (first < 2 || first < 2 * second)) continue;
    lexicon.AddKey("en", spelling, "zh", ranked[0], 7);
    pinyin++;
}
report.AppendLine($"CC-CEDICT common words under their toneless pinyin: {pinyin} spellings");

// Write: the best translations per source key and target language.
var written = 0;
using (var file = File.Create(outPath))
using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gz, new UTF8Encoding(false)))
{
    foreach (var ((lang, key), targets) in lexicon.All.OrderBy(kv => Encoding.UTF8.GetBytes(kv.Key.Lang + "\t" + kv.Key.Key), Utf8Order.Instance))
    {
        var kept = targets.GroupBy(t => t.Key.Lang)
            .SelectMany(g => g.Where(t => t.Key.Lang != lang || LexiconKey.Of(t.Key.Text) != key).OrderByDescending(t => t.Value).ThenBy(t => t.Key.Text.Length).Take(lang == g.Key ? 4 : 5))
            .Select(t => $"{t.Key.Lang}:{t.Key.Text}:{t.Value}").ToList();
        if (kept.Count == 0) continue;
        writer.Write(lang);
        writer.Write('\t');
        writer.Write(key);
        writer.Write('\t');
        writer.Write(string.Join('|', kept));
        writer.Write('\n');
        written++;
    }
}
report.AppendLine($"written: {written} source terms to {Path.GetFileName(outPath)} ({new FileInfo(outPath).Length / 1024} KiB)");
File.WriteAllText(reportPath, report.ToString());
Console.Write(report);
return 0;

/// <summary>A country's name as texts write it: a part in parentheses dropped ("Saint-Martin (partie française)",
/// "ココス (キーリング) 諸島" → ココス 諸島 is no one's spelling either, so such names go), an inverted official name turned
/// round, a Chinese or Japanese name left in Latin script ("Türkiye") not taken; null when nothing usable is left.</summary>
static class CountryName
{
    private static readonly string[] s_turnedAfter = [" of", " of the", " de", " de la", " du", " des", " d'", " d’"];

    public static string? AsWritten(string name, string lang)
    {
        var open = name.IndexOfAny(['(', '（']);
        if (open >= 0)
        {
            var close = name.IndexOfAny([')', '）'], open);
            // Only a trailing note can go: text after it means the name itself was cut.
            if (close < 0 || name[(close + 1)..].Trim().Length > 0) return null;
            name = name[..open].Trim();
        }
        var comma = name.IndexOf(',');
        if (comma >= 0)
        {
            var (head, tail) = (name[..comma].Trim(), name[(comma + 1)..].Trim());
            if (!s_turnedAfter.Any(t => (" " + tail).EndsWith(t, StringComparison.OrdinalIgnoreCase))) return null;
            name = tail.EndsWith('\'') || tail.EndsWith('’') ? tail + head : tail + " " + head;
        }
        if (name.Length == 0 || (lang is "zh" or "ja" && !name.Any(LexiconKey.IsCjk))) return null;
        return name;
    }
}

/// <summary>Reads a gettext .mo catalogue (little-endian, as Debian ships them): msgid to msgstr, null when the catalogue
/// has no translation.</summary>
static class GettextMo
{
    public static Func<string, string?> Reader(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int Int(int at) => BitConverter.ToInt32(bytes, at);
        if ((uint)Int(0) != 0x950412de) throw new InvalidDataException($"{path} is not a little-endian .mo file");
        var (count, originals, translations) = (Int(8), Int(12), Int(16));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string Text(int table, int i) => Encoding.UTF8.GetString(bytes, Int(table + i * 8 + 4), Int(table + i * 8));
        for (var i = 0; i < count; i++) map[Text(originals, i)] = Text(translations, i);
        return msgid => map.TryGetValue(msgid, out var msgstr) && msgstr.Length > 0 ? msgstr : null;
    }
}

/// <summary>Byte order of UTF-8, the order the app's reader searches in (UTF-16's ordinal order differs above U+FFFF).</summary>
sealed class Utf8Order : IComparer<byte[]>
{
    public static Utf8Order Instance { get; } = new();

    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
}

sealed class Edges
{
    public Dictionary<(string Lang, string Key), Dictionary<(string Lang, string Text), int>> All { get; } = [];

    public void Add(string fromLang, string from, string toLang, string to, int weight)
    {
        var key = LexiconKey.Of(from);
        if (key.Length == 0) return;
        AddKey(fromLang, key, toLang, to, weight);
    }

    public int? Weight(string fromLang, string from, string toLang, string to) =>
        All.TryGetValue((fromLang, LexiconKey.Of(from)), out var targets) && targets.TryGetValue((toLang, to.Trim()), out var w) ? w : null;

    public void AddKey(string fromLang, string key, string toLang, string to, int weight)
    {
        to = to.Replace('|', ' ').Replace(':', ' ').Replace('\t', ' ').Trim();
        if (to.Length == 0 || key.Length == 0 || key.Length > 60) return;
        if (!All.TryGetValue((fromLang, key), out var targets)) All[(fromLang, key)] = targets = [];
        targets[(toLang, to)] = Math.Max(weight, targets.GetValueOrDefault((toLang, to)));
    }
}

/// <summary>Lemma pairs of an Apertium bilingual transducer printed by lt-print (AT&T text: "from to input output
/// weight" arcs, sections split by "--"): each path's input and output up to their first tag, for the open word classes.</summary>
static class Apertium
{
    private static readonly HashSet<string> s_classes = ["<n>", "<adj>", "<vblex>", "<adv>"];

    public static List<(string Source, string Target, string Pos)> Pairs(string attPath)
    {
        var found = new HashSet<(string, string, string)>();
        var section = new List<string[]>();
        foreach (var line in File.ReadLines(attPath).Append("--"))
        {
            if (line.Trim() != "--") { section.Add(line.Split('\t')); continue; }
            Expand(section, found);
            section.Clear();
        }
        return found.Select(p => (p.Item1, p.Item2, p.Item3)).ToList();
    }

    private static void Expand(List<string[]> rows, HashSet<(string, string, string)> found)
    {
        var arcs = new Dictionary<int, List<(int To, string In, string Out)>>();
        int? start = null;
        foreach (var r in rows)
        {
            if (r.Length < 4) continue;
            var from = int.Parse(r[0]);
            start ??= from;
            if (!arcs.TryGetValue(from, out var list)) arcs[from] = list = [];
            list.Add((int.Parse(r[1]), r[2], r[3]));
        }
        if (start is null) return;
        var onPath = new HashSet<int>();
        Walk(start.Value, "", "", null, false);

        // Depth-first over the lemma characters; a path stops once both sides have reached a tag. Numbers, symbols and
        // loops (the number and punctuation sections) are not followed.
        void Walk(int state, string input, string output, string? pos, bool outputDone)
        {
            if (pos is not null && outputDone)
            {
                if (s_classes.Contains(pos) && input.Length > 1 && output.Length > 1 && char.IsLower(input[0]))
                    found.Add((input.Trim(), output.Replace("#", "").Trim(), pos));
                return;
            }
            if (input.Length > 40 || output.Length > 40 || !onPath.Add(state)) return;
            foreach (var (to, a, b) in arcs.GetValueOrDefault(state) ?? [])
            {
                var (i, o, p, done) = (input, output, pos, outputDone);
                if (a != "ε" && p is null)
                {
                    if (a == "<b>") i += " ";
                    else if (a.Length > 1 && a[0] == '<') p = a;
                    else if (a.All(char.IsLetter) || a is "'" or "-" or "’") i += a;
                    else continue;
                }
                if (b != "ε" && !done)
                {
                    if (b == "<b>") o += " ";
                    else if (b.Length > 1 && b[0] == '<') done = true;
                    else o += b;
                }
                Walk(to, i, o, p, done);
            }
            onPath.Remove(state);
        }
    }
}

static class Gloss
{
    // Glosses that are no translation wherever the note stands (a surname, a literal reading, a variant's pointer).
    private static readonly string[] s_skip = ["variant of", "surname", "erhua", "radical", "(bound form)", "old variant", "Japanese variant", "lit."];

    // Notes that make a gloss no translation only outside parentheses: "see X", "abbr. for X" as the whole gloss, but
    // "college entrance exam (especially as abbr. for …)" (高考) is a translation with a note.
    private static readonly string[] s_skipOutsideParentheses = ["see ", "abbr.", "cl:", "used in", "pr.", "also written"];

    /// <summary>Short, plain translations only: parentheses, "to"/"a"/"the" and usage notes dropped; at most four words.</summary>
    public static IEnumerable<string> Clean(IEnumerable<string> glosses)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in glosses)
        {
            if (s_skip.Any(s => raw.Contains(s, StringComparison.OrdinalIgnoreCase))) continue;
            var g = Regex.Replace(raw, @"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}", " ");
            if (s_skipOutsideParentheses.Any(s => g.Contains(s, StringComparison.OrdinalIgnoreCase))) continue;
            g = Regex.Replace(g, @"\s+", " ").Trim().Trim('.', ',', ';', '!', '?', '"', '\'').Trim();
            g = Regex.Replace(g, @"^(to|a|an|the|se|s'|un|une|le|la|les|l')\s+", "", RegexOptions.IgnoreCase);
            if (g.Length < 2 || g.Split(' ').Length > 4) continue;
            if (!g.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’')) continue;
            if (seen.Add(g.ToLowerInvariant())) yield return g;
        }
    }

    public static IEnumerable<string> SplitCommas(string line)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '(') depth++;
            else if (line[i] == ')') depth = Math.Max(0, depth - 1);
            else if ((line[i] == ',' || line[i] == ';') && depth == 0)
            {
                yield return line[start..i];
                start = i + 1;
            }
        }
        yield return line[start..];
    }
}

static class ChineseNames
{
    /// <summary>The Latin names of a CC-CEDICT proper noun: its toneless pinyin grouped into words at the capitals
    /// ("Xi2 Jin4 ping2" → "Xi Jinping"), and the first gloss's leading name when it is one ("Huawei (brand)" → "Huawei").
    /// Nothing for a common noun (pinyin in lower case).</summary>
    public static IEnumerable<(string Name, bool Confirmed, bool PinyinOnly)> Of(string pinyin, string firstGloss)
    {
        var syllables = pinyin.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => new string(s.Replace("u:", "u", StringComparison.Ordinal).Where(char.IsAsciiLetter).ToArray()))
            .Where(s => s.Length > 0).ToList();
        if (syllables.Count < 2 || !char.IsUpper(syllables[0][0])) yield break;
        var words = new List<string>();
        foreach (var s in syllables)
        {
            if (char.IsUpper(s[0]) || words.Count == 0) words.Add(s);
            else words[^1] += s;
        }
        var romanised = string.Join(' ', words);
        var lead = firstGloss.Split(',', '(', ';')[0].Trim();
        var isLead = lead.Length >= 3 && char.IsUpper(lead[0]) && lead.Split(' ').Length <= 3 && lead.All(c => char.IsLetter(c) || c is ' ' or '-');
        var same = isLead && string.Equals(lead, romanised, StringComparison.OrdinalIgnoreCase);
        if (romanised.Replace(" ", "", StringComparison.Ordinal).Length >= 5) yield return (romanised, same, !isLead);
        if (isLead && !same) yield return (lead, true, false);
    }
}

sealed record JmEntry(List<string> Keys, List<string> Glosses, bool Common);

static class Jmdict
{
    private static readonly string[] s_notes =
    [
        "word usually written using kana alone", "abbreviation", "archaism", "colloquialism", "slang", "honorific or respectful (sonkeigo) language",
        "derogatory", "obscure term", "polite (teineigo) language", "vulgar expression or word", "humble (kenjougo) language", "idiomatic expression",
        "onomatopoeic or mimetic word", "familiar language", "sensitive", "female term or language", "obsolete term", "male term or language",
        "children's language", "jocular, humorous term", "yojijukugo", "word usually written using kanji alone", "rare", "poetical term",
    ];

    /// <summary>One FreeDict JMdict entry: headwords on the first line (priority tags, IPA between slashes), then
    /// part-of-speech lines in parentheses, cross references in braces, notes, and comma-separated glosses.</summary>
    public static JmEntry? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2) return null;
        var common = Regex.IsMatch(lines[0], @"\[(ichi1|news1|spec1|gai1|nf0\d|nf1\d)\]");
        var heads = Regex.Replace(Regex.Replace(lines[0], @"\[[a-z0-9]+\]", " "), @"/[^/]*/", " ")
            .Split(',').Select(h => h.Trim()).Where(h => h.Length > 0 && h.All(LexiconKey.IsCjk)).Distinct().ToList();
        if (heads.Count == 0) return null;
        // Kana readings of a word written in kanji would make the segmenter match particles; keep them only for kana words.
        var withKanji = heads.Where(h => h.Any(c => c is >= '\u4E00' and <= '\u9FFF' or '々')).ToList();
        var keys = withKanji.Count > 0 ? withKanji : heads;
        if (keys.All(k => k.Length < 2)) return null;
        var glosses = new List<string>();
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '(') continue;
            var note = line.IndexOf("Note:", StringComparison.Ordinal);
            if (note >= 0)
            {
                var rest = line[(note + 5)..].Trim();
                var known = s_notes.Where(n => rest.StartsWith(n, StringComparison.Ordinal)).MaxBy(n => n.Length);
                if (known is null) continue;
                line = rest[known.Length..];
            }
            line = Regex.Replace(line, @"^(\{[^}]*\})+", "");
            line = Regex.Replace(line, @"^\d+\.\s*", "");
            glosses.AddRange(Gloss.SplitCommas(line));
        }
        return glosses.Count == 0 ? null : new JmEntry(keys.Where(k => k.Length >= 2).ToList(), glosses, common);
    }
}

/// <summary>Reads ENAMDICT (EDICT format, EUC-JP): "HEAD [READING] /(types) Name (note)/...".</summary>
static class Enamdict
{
    private static readonly HashSet<string> s_keptTypes = ["c", "o", "pr"];

    public static IEnumerable<(string Head, string Name)> Names(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var line in File.ReadLines(path, Encoding.GetEncoding("euc-jp")))
        {
            var match = Regex.Match(line, @"^(\S+)(?: \[\S+\])? /(.*)/\s*$");
            if (!match.Success) continue;
            var head = match.Groups[1].Value;
            // Full-width Latin (ＮＴＴ) is the Latin name again; a name needs a Japanese writing to add anything.
            if (!head.All(LexiconKey.IsCjk)) continue;
            string[] types = [];
            foreach (var part in match.Groups[2].Value.Split('/'))
            {
                var sense = Regex.Match(part, @"^\(([a-z,]+)\) (.*)$");
                var gloss = part;
                if (sense.Success) (types, gloss) = (sense.Groups[1].Value.Split(','), sense.Groups[2].Value);
                var note = gloss.IndexOf(" (", StringComparison.Ordinal);
                // An unclassified name counts when its note describes it ("newspaper, baseball team"), not when it only
                // gives another romanisation ("Iena (Iwena)").
                var described = note > 0 && gloss[(note + 2)..].Contains(' ', StringComparison.Ordinal);
                if (!types.Any(s_keptTypes.Contains) && !(types.Contains("u") && described)) continue;
                var name = (note > 0 ? gloss[..note] : gloss).Trim();
                // An acronym (NORD, API, CE) names dozens of bodies and is also a word typed in capitals: never a name here.
                if (name.Length > 1 && char.IsUpper(name[0]) && name.Any(char.IsLower)) yield return (head, name);
            }
        }
    }
}

static class Dictd
{
    /// <summary>The entries of a dictd dictionary (index of base64 offsets into the uncompressed .dict), each once.</summary>
    public static IEnumerable<string> Entries(string basePath)
    {
        var dict = ReadDict(basePath + ".dict.dz");
        var seen = new HashSet<long>();
        foreach (var line in File.ReadLines(basePath + ".index"))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3) continue;
            var (offset, length) = (Base64(cols[1]), Base64(cols[2]));
            if (offset + length > dict.Length || !seen.Add(offset)) continue;
            yield return Encoding.UTF8.GetString(dict, (int)offset, (int)length);
        }
    }

    private static byte[] ReadDict(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gz.CopyTo(memory);
        return memory.ToArray();
    }

    private static long Base64(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        long value = 0;
        foreach (var c in text) value = value * 64 + alphabet.IndexOf(c, StringComparison.Ordinal);
        return value;
    }
}
