using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PolicyArchive.Core.Search.Lexicon;

/// <summary>A translation the dictionaries give for a query word or phrase, weighted 0–1 (1: the domain lexicon).</summary>
public sealed record LexiconTranslation(string Language, string Text, float Weight);

/// <summary>The cross-language lexicon built by scripts/build-lexicon.sh (JMdict, ENAMDICT, CC-CEDICT, FreeDict, Apertium,
/// cognates, ISO 3166-1 country names and the team's domain lexicon), loaded once from the embedded lexicon.tsv.gz. Lookups are dictionary hits: a term in French,
/// English, Chinese or Japanese gives its translations into the other languages, directly or through English.</summary>
public sealed class CrossLanguageLexicon
{
    public const string ResourceName = "PolicyArchive.Core.Search.Lexicon.lexicon.tsv.gz";
    public const int MaxPhraseWords = 5;
    /// <summary>Longest headword the segmenter tries: names of laws run long (生成式人工智能服务管理暂行办法, 15).</summary>
    public const int MaxCjkLength = 16;

    private const float DomainWeight = 1f;
    private const float MinWeight = 0.35f;

    /// <summary>Source "language" of the proper nouns' Latin names (pinyin and CC-CEDICT's leading gloss to Chinese,
    /// ENAMDICT's companies, organisations and products to Japanese).</summary>
    public const string NameLanguage = "nm";

    // The whole file stays one UTF-8 buffer, its lines sorted by key and found by binary search: a dictionary of strings
    // held the same entries (684,000 then) in nearly three times the memory and took four times as long to load.
    private readonly SortedLines _entries;

    // French headwords by their derivational stem: "contrebandiers" has no entry, "contrebande" has.
    private readonly Dictionary<string, List<string>> _frenchFamilies = new(StringComparer.Ordinal);

    private static readonly Lazy<CrossLanguageLexicon> s_shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon shipped in the assembly, loaded on first use.</summary>
    public static CrossLanguageLexicon Shared => s_shared.Value;

    public static CrossLanguageLexicon Empty { get; } = new(SortedLines.Empty);

    private static int s_loading;

    /// <summary>The shipped lexicon if it is loaded; otherwise starts loading it in the background and returns
    /// <see cref="Empty"/>, so a search right after start is not held up (it is just not translated yet).</summary>
    public static CrossLanguageLexicon SharedOrEmptyWhileLoading()
    {
        if (s_shared.IsValueCreated) return s_shared.Value;
        if (Interlocked.Exchange(ref s_loading, 1) == 0) _ = Task.Run(() => s_shared.Value);
        return Empty;
    }

    private CrossLanguageLexicon(SortedLines entries)
    {
        _entries = entries;
        foreach (var key in entries.KeysOf("fr"))
        {
            if (key.Contains(' ', StringComparison.Ordinal) || FrenchStem.Of(key) is not { } stem) continue;
            if (!_frenchFamilies.TryGetValue(stem, out var family)) _frenchFamilies[stem] = family = [];
            family.Add(key);
        }
    }

    public int Count => _entries.Count;

    /// <summary>Whether the lines had to be sorted on loading (the shipped file never should).</summary>
    internal bool ReadOutOfOrder => _entries.Reordered;

    /// <summary>Whether the file has a line for this language and key (a key as the file writes it).</summary>
    internal bool HasKey(string language, string key) => _entries.Find(language, key) is not null;

    public static CrossLanguageLexicon LoadEmbedded()
    {
        using var stream = typeof(CrossLanguageLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The lexicon resource {ResourceName} is missing from the assembly.");
        return Load(stream);
    }

    /// <summary>Reads the gzipped lines "language TAB key TAB lang:text:weight|...".</summary>
    public static CrossLanguageLexicon Load(Stream gzipped) => new(SortedLines.Read(gzipped));

    /// <summary>Builds a lexicon from lines in the file's format (tests, and the admin page's suggestions).</summary>
    public static CrossLanguageLexicon FromLines(IEnumerable<string> lines)
    {
        using var memory = new MemoryStream();
        using (var gz = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gz, new UTF8Encoding(false)))
            foreach (var line in lines) writer.Write(line + "\n");
        memory.Position = 0;
        return Load(memory);
    }

    /// <summary>Whether <paramref name="text"/> is a headword in any language (phrases are looked up before words).</summary>
    public bool Contains(string text)
    {
        var key = LexiconKey.Of(text);
        if (key.Length == 0) return false;
        foreach (var lang in SourceLanguages(key))
            if (_entries.Find(lang, key) is not null) return true;
        return false;
    }

    public bool IsCjkHeadword(string text) => IsCjkHeadword(text.AsSpan());

    /// <summary>Whether <paramref name="key"/> (a <see cref="LexiconKey"/>) is a headword of <paramref name="language"/>.</summary>
    public bool IsHeadword(string language, string key) => _entries.Find(language, key) is not null;

    private bool IsCjkHeadword(ReadOnlySpan<char> text) => _entries.Find("zh", text) is not null || _entries.Find("ja", text) is not null;

    /// <summary>The translations of <paramref name="text"/>: what the dictionaries give directly and, through English,
    /// into the remaining languages; at most <paramref name="perLanguage"/> per language, best first. When the domain
    /// lexicon names the term, only its translations are used (it knows the field's sense); <paramref name="domainOnly"/>
    /// keeps only those (proper names), or the proper nouns the dictionaries write in another script under this name
    /// (Shenzhen → 深圳); <paramref name="capitalised"/> (typed with a capital) lets those proper nouns stand in for a
    /// word the dictionaries otherwise lack, or add their writing in a language the word's entries lack when they share
    /// one with it (Honda: 本田, and ホンダ).</summary>
    public IReadOnlyList<LexiconTranslation> Translate(string text, int perLanguage = 2, bool domainOnly = false, bool capitalised = false) =>
        _translated.GetOrAdd((text, perLanguage, domainOnly, capitalised || domainOnly), k => TranslateUncached(k.Text, k.PerLanguage, k.DomainOnly, k.Capitalised).ToArray());

    // The lexicon never changes once loaded, and researchers' words repeat: a word is looked up and its entries parsed once.
    private readonly BoundedCache<(string Text, int PerLanguage, bool DomainOnly, bool Capitalised), IReadOnlyList<LexiconTranslation>> _translated = new(20_000);

    private IReadOnlyList<LexiconTranslation> TranslateUncached(string text, int perLanguage, bool domainOnly, bool capitalised)
    {
        var (key, direct) = OwnEntries(text);
        if (key.Length == 0) return [];
        var found = new Dictionary<(string Lang, string Key), LexiconTranslation>();
        var french = _entries.Find("fr", key) is not null;
        // An English form no dictionary lists ("smuggled", "labelling") reads as its headword, a little less surely. A form
        // with entries of its own borrows its headword's only in the languages those lack, and only when one headword can
        // be meant: "suspended" has 懸濁 and 垂挂 (particles hanging in a liquid) but no French, and « suspendre » is
        // "suspend"'s. An -ing word with entries of its own is often a noun of its own (a bearing is no bear, lobbying no
        // lobby's hall): it borrows only what the domain lexicon says of its verb ("reporting", which had only 復命 and
        // 報連相, gets « rapport » and 报告), and no English to translate onwards from.
        if (!domainOnly && (direct.Count == 0 || EnglishBase.IsInflected(key))
            && EnglishEntry(key, onlyOne: direct.Count > 0) is { } headword)
        {
            var given = Languages(direct);
            var gerund = direct.Count > 0 && EnglishBase.IsGerund(key);
            direct.AddRange(Parse(headword)
                .Where(t => !given.Contains(t.Language) && (!gerund || (t.Weight >= DomainWeight && t.Language != "en")))
                .Select(t => t with { Weight = t.Weight * InflectedWeight }));
        }
        // A French form with entries of its own still finds its family ("contrebandiers" has "smuggler", but texts say
        // « contrebande »), below those entries; an English word is not read as French.
        if (!domainOnly && (direct.Count == 0 || french))
            direct.AddRange(FamilyTranslations(key, direct.Count == 0 ? 1f : OwnEntriesFirst));
        var domain = direct.Any(t => t.Weight >= DomainWeight);
        // A name typed in Latin script that CC-CEDICT writes in Chinese or ENAMDICT in Japanese: read only for words typed
        // as names, so an ordinary word spelt like some pinyin never turns into a place.
        var names = !domain && capitalised && _entries.Find(NameLanguage, key) is { } named ? Parse(named) : [];
        var own = Languages(direct);
        if (names.Count > 0 && (domainOnly || own.Count == 0))
        {
            foreach (var t in names) Keep(found, t, key);
            return found.Values.GroupBy(t => t.Language).SelectMany(g => g.OrderByDescending(t => t.Weight).ThenBy(t => t.Text.Length).Take(perLanguage)).ToList();
        }
        if (direct.Count == 0) return [];

        if (domain) direct.RemoveAll(t => t.Weight < DomainWeight);
        else if (domainOnly) return [];
        foreach (var t in direct) Keep(found, t, key);
        // A name the dictionaries also gloss (CC-CEDICT's 本田 "Honda") is still written its own way in a language they
        // give nothing in (ホンダ, as Japanese texts write the company), when the name is the word's sense: one of its
        // writings is among the word's own translations. "Lapin", a French word that is also a car's name (ラパン), is not.
        if (names.Exists(n => found.TryGetValue((n.Language, LexiconKey.Of(n.Text)), out var same) && same.Weight >= MinWeight))
        {
            foreach (var t in names)
                if (!own.Contains(t.Language)) Keep(found, t, key);
        }
        if (!domain)
        {
            // Through English: 走私 → smuggle → contrebande.
            foreach (var pivot in direct.Where(t => t.Language == "en").OrderByDescending(t => t.Weight).Take(2).ToList())
            {
                var pivotKey = LexiconKey.Of(pivot.Text);
                var raw = _entries.Find("en", pivotKey) ?? EnglishEntry(pivotKey);
                if (raw is null) continue;
                // Back into French from a French word, only words that begin as it does (mostly its own forms: « publique »
                // → public): « piscine » → pool → « groupe », « ensemble » is another sense, as « calcul » → calculation →
                // « addition », « note ». A synonym that begins otherwise is lost too (« salarié » → employee → « employé »).
                foreach (var t in Parse(raw.Value))
                {
                    if (t.Language == "en" || (french && t.Language == "fr" && !SameBeginning(LexiconKey.Of(t.Text), key))) continue;
                    Keep(found, t with { Weight = pivot.Weight * t.Weight * 0.9f }, key);
                }
            }
        }
        return found.Values.Where(t => t.Weight >= MinWeight)
            .GroupBy(t => t.Language)
            .SelectMany(g => g.OrderByDescending(t => t.Weight).ThenBy(t => t.Text.Length).Take(perLanguage))
            .ToList();
    }

    /// <summary>The key under which the lexicon holds <paramref name="text"/>'s own entries, and those entries (none
    /// when it has none).</summary>
    private (string Key, List<LexiconTranslation> Entries) OwnEntries(string text)
    {
        var key = LexiconKey.Of(text);
        if (key.Length == 0) return (key, []);
        // A French plural in -iés is keyed as an English -ies one (« salariés » as "salary"): typed with its accent it is
        // the French word; typed without, it is the English one when English has it ("copies", "strategies").
        if (LexiconKey.FrenchPlural(text) is { } plural && _entries.Find("fr", plural) is not null
            && (LexiconKey.Accented(text) || _entries.Find("en", key) is null))
            key = plural;
        var entries = EntriesOf(key);
        if (entries.Count > 0) return (key, entries);
        // A plural the key's folding leaves as typed (« nationaux », "processes") reads as its singular.
        foreach (var other in LexiconKey.OtherSingulars(text))
            if (EntriesOf(other) is { Count: > 0 } singular) return (other, singular);
        return (key, entries);
    }

    private List<LexiconTranslation> EntriesOf(string key)
    {
        var entries = new List<LexiconTranslation>();
        foreach (var lang in SourceLanguages(key))
            if (_entries.Find(lang, key) is { } raw) entries.AddRange(Parse(raw));
        return entries;
    }

    /// <summary>Two words whose first five letters (all of the shorter, if shorter) are the same: mostly forms of one word.</summary>
    private static bool SameBeginning(string a, string b)
    {
        var n = Math.Min(5, Math.Min(a.Length, b.Length));
        return n > 0 && a.AsSpan(0, n).SequenceEqual(b.AsSpan(0, n));
    }

    /// <summary>A French word form ("subventionner", "contrebandiers") also borrows the translations of the headwords of
    /// its derivational family ("subvention", "contrebande"), and the family's words themselves: the three members the
    /// dictionaries trust most (the domain lexicon's first), so a family that grows does not change at random.</summary>
    private List<LexiconTranslation> FamilyTranslations(string key, float scale)
    {
        if (key.Contains(' ', StringComparison.Ordinal)) return [];
        var family = Family(key) ?? (Infinitive(key) is { } infinitive ? Family(infinitive) : null);
        if (family is null) return [];
        var trusted = family.Select(m => (Member: m, Entries: Parse(_entries.Find("fr", m)!.Value)))
            .Select(m => (m.Member, m.Entries, Best: m.Entries.Count == 0 ? 0 : m.Entries.Max(t => t.Weight)))
            .OrderByDescending(m => m.Best).ThenBy(m => m.Member.Length).ThenBy(m => m.Member, StringComparer.Ordinal).Take(3);
        var borrowed = new List<LexiconTranslation>();
        foreach (var (member, entries, best) in trusted)
        {
            borrowed.Add(new LexiconTranslation("fr", member, FamilyWeight * Math.Max(best, 0.6f) * scale));
            borrowed.AddRange(entries.Where(t => t.Language != "fr").Select(t => t with { Weight = Math.Min(t.Weight, 0.9f) * FamilyWeight * scale }));
        }
        return borrowed;
    }

    private List<string>? Family(string word) =>
        FrenchStem.Of(word) is { } stem && _frenchFamilies.TryGetValue(stem, out var family) ? family : null;

    /// <summary>The infinitive a French past participle comes from, when the lexicon has it (« inaugurés » → inaugurer):
    /// its family is the participle's when the participle's own stem is cut too short to have one (inaugu, -re taken off
    /// as in prescrire).</summary>
    private string? Infinitive(string key)
    {
        var infinitive = key.EndsWith("ee", StringComparison.Ordinal) ? key[..^1] + "r" : key.EndsWith('e') ? key + "r" : null;
        return infinitive is not null && _entries.Find("fr", infinitive) is not null ? infinitive : null;
    }

    private const float FamilyWeight = 0.8f;
    // A form's own entries come first: its family's are searched at this share of their weight.
    private const float OwnEntriesFirst = 0.6f;
    private const float InflectedWeight = 0.9f;

    /// <summary>The entry of the first English headword an inflected form may come from, if any; with
    /// <paramref name="onlyOne"/>, none when several may ("attached": attache, attach).</summary>
    private ReadOnlyMemory<byte>? EnglishEntry(string key, bool onlyOne = false)
    {
        if (key.Contains(' ', StringComparison.Ordinal)) return null;
        ReadOnlyMemory<byte>? first = null;
        foreach (var candidate in EnglishBase.Candidates(key))
        {
            if (_entries.Find("en", candidate) is not { } raw) continue;
            if (!onlyOne) return raw;
            if (first is not null) return null;
            first = raw;
        }
        return first;
    }

    /// <summary>The languages <paramref name="translations"/> give something in that survives <see cref="MinWeight"/>.</summary>
    private static HashSet<string> Languages(List<LexiconTranslation> translations) =>
        translations.Where(t => t.Weight >= MinWeight).Select(t => t.Language).ToHashSet(StringComparer.Ordinal);

    /// <summary>Splits a run of Chinese or Japanese into the dictionaries' headwords, longest first from the left;
    /// characters no headword covers stay together as one piece.</summary>
    public IReadOnlyList<string> Segment(string text) => Segment(text, MaxCjkLength);

    /// <summary>The headwords inside a run that is a headword itself (政府采购 → 政府 | 采购).</summary>
    public IReadOnlyList<string> SegmentInside(string text) => Segment(text, Math.Min(MaxCjkLength, text.Length - 1));

    private IReadOnlyList<string> Segment(string text, int maxLength)
    {
        var pieces = new List<string>();
        var unknown = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var match = 0;
            for (var n = Math.Min(maxLength, text.Length - i); n >= 2; n--)
            {
                if (IsCjkHeadword(text.AsSpan(i, n))) { match = n; break; }
            }
            if (match == 0)
            {
                unknown.Append(text[i]);
                i++;
                continue;
            }
            if (unknown.Length > 0) { pieces.Add(unknown.ToString()); unknown.Clear(); }
            pieces.Add(text.Substring(i, match));
            i += match;
        }
        if (unknown.Length > 0) pieces.Add(unknown.ToString());
        return pieces;
    }

    private static void Keep(Dictionary<(string, string), LexiconTranslation> found, LexiconTranslation t, string sourceKey)
    {
        var key = LexiconKey.Of(t.Text);
        // The typed spelling is searched anyway, in every field.
        if (key.Length == 0 || key == sourceKey) return;
        if (!found.TryGetValue((t.Language, key), out var existing) || existing.Weight < t.Weight) found[(t.Language, key)] = t;
    }

    private static List<LexiconTranslation> Parse(ReadOnlyMemory<byte> raw)
    {
        var parsed = new List<LexiconTranslation>();
        foreach (var part in Encoding.UTF8.GetString(raw.Span).Split('|'))
        {
            var first = part.IndexOf(':', StringComparison.Ordinal);
            var last = part.LastIndexOf(':');
            if (first <= 0 || last <= first) continue;
            if (!int.TryParse(part.AsSpan(last + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight)) continue;
            parsed.Add(new LexiconTranslation(part[..first], part[(first + 1)..last], weight / 10f));
        }
        return parsed;
    }

    private static string[] SourceLanguages(string key) => key.Any(LexiconKey.IsCjk) ? ["zh", "ja"] : ["fr", "en"];
}
