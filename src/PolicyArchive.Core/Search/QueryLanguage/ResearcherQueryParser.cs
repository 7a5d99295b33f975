using System.Text;
using System.Text.RegularExpressions;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>Reads the researcher query language (words, "phrases", -exclude, OR, field:value, after:/before:, prefix*).
/// It never throws: whatever it cannot read is dropped or read as plain words, with a message that says so.</summary>
public static class ResearcherQueryParser
{
    public const int MaxLength = 1000;
    // Each clause may be expanded (thesaurus, typo correction, every language's analysis): 32 words cost up to a second of
    // CPU per query; 12 keep a long pasted sentence searchable at a bounded cost.
    public const int MaxClauses = 12;
    public const int MinPrefixLength = 2;

    private static readonly Dictionary<string, string> s_fieldAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["author"] = "author", ["auteur"] = "author", ["by"] = "author",
        ["lang"] = "lang", ["language"] = "lang", ["langue"] = "lang",
        ["tag"] = "tag", ["tags"] = "tag",
        ["publication"] = "publication", ["pub"] = "publication", ["source"] = "publication",
        ["after"] = "after", ["apres"] = "after", ["après"] = "after", ["since"] = "after", ["depuis"] = "after",
        ["before"] = "before", ["avant"] = "before",
        ["title"] = "title", ["titre"] = "title", ["intitle"] = "title",
    };

    // A host name ending in a short top-level domain (europa.eu, whitehouse.gov, legifrance.gouv.fr), with or without a path.
    private static readonly Regex s_domain = new(@"^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[a-z]{2,3}(/\S*)?$", RegexOptions.CultureInvariant);

    private enum ItemKind { Node, Or }

    private sealed record Item(ItemKind Kind, QueryNode? Node = null, bool Excluded = false);

    public static ParsedQuery Parse(string? input)
    {
        var messages = new List<string>();
        var text = (input ?? "").Normalize(NormalizationForm.FormKC);
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            messages.Add(SearchMessages.Format(SearchMessages.QueryTooLong, MaxLength));
        }
        var items = ReadItems(text, messages);
        var clauses = CombineOr(items, messages);
        if (clauses.Count > MaxClauses)
        {
            clauses = clauses.Take(MaxClauses).ToList();
            messages.Add(SearchMessages.Format(SearchMessages.TooManyTerms, MaxClauses));
        }
        return new ParsedQuery(clauses, messages);
    }

    private static List<Item> ReadItems(string text, List<string> messages)
    {
        var items = new List<Item>();
        var i = 0;
        var negateNext = false;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }

            var excluded = negateNext;
            negateNext = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }

            if (text[i] == '"')
            {
                var phrase = ReadQuoted(text, ref i, messages);
                if (phrase.Any(char.IsLetterOrDigit)) items.Add(new Item(ItemKind.Node, new PhraseNode(phrase), excluded));
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
            var raw = text[start..i];

            var colon = raw.IndexOf(':');
            if (colon > 0 && s_fieldAliases.TryGetValue(raw[..colon], out var field))
            {
                var value = raw[(colon + 1)..];
                var quoted = value.Length == 0 && i < text.Length && text[i] == '"';
                if (quoted) value = ReadQuoted(text, ref i, messages);
                items.AddRange(ReadField(field, value.Trim(), quoted, messages).Select(node => new Item(ItemKind.Node, node, excluded)));
                continue;
            }
            if (colon > 0 && IsUnknownField(raw, colon, text, i))
            {
                // "site:europa.eu": no such field. The name is searched as a word, and what follows the colon is read
                // as if a space stood there (a word, a "phrase"), excluded with it if it was.
                var name = raw[..colon];
                var message = SearchMessages.Format(SearchMessages.UnknownField, name);
                if (!messages.Contains(message)) messages.Add(message);
                if (ReadWord(name, messages) is { } nameWord) items.Add(new Item(ItemKind.Node, nameWord, excluded));
                i = start + colon + 1;
                negateNext = excluded;
                continue;
            }

            if (!excluded && raw is "OR" or "|" or "||") { items.Add(new Item(ItemKind.Or)); continue; }
            if (!excluded && raw is "AND" or "&&" or "+") continue;
            if (!excluded && raw == "NOT") { negateNext = true; continue; }

            foreach (var piece in Pieces(raw))
            {
                var word = ReadWord(piece, messages);
                if (word is not null) items.Add(new Item(ItemKind.Node, word, excluded));
            }
        }
        if (negateNext) messages.Add(SearchMessages.NotAtEnd);
        return items;
    }

    /// <summary>A name before a colon that is no field: Latin letters (not a time like 10:30, nor Chinese or Japanese
    /// text, whose full-width colon reads as one), followed by a value or a quote, and not a web address (https://…).</summary>
    private static bool IsUnknownField(string raw, int colon, string text, int end)
    {
        var name = raw[..colon];
        if (!char.IsLetter(name[0]) || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_') || name.Any(LexiconKey.IsCjk)) return false;
        return colon + 1 < raw.Length ? raw[colon + 1] != '/' : end < text.Length && text[end] == '"';
    }

    /// <summary>Words joined by a comma, a semicolon, a slash, or a full stop between two words ("chips,puces",
    /// "chips/puces", "chips.puces") are separate words: the analyzers would read the first ones as a phrase, with its
    /// words side by side, and keep the last as one word no text holds. Numbers ("2.5", "1,000", "24/7"), abbreviations
    /// ("U.S.", "Ph.D"), model names ("GPT-4.5") and web addresses ("europa.eu", "https://…") keep their punctuation and
    /// are searched as the analyzers read them.</summary>
    private static IEnumerable<string> Pieces(string raw)
    {
        if (IsWebAddress(raw))
        {
            yield return raw;
            yield break;
        }
        var from = 0;
        for (var k = 1; k < raw.Length - 1; k++)
        {
            if (!SplitsAt(raw, k)) continue;
            yield return raw[from..k];
            from = k + 1;
        }
        yield return raw[from..];
    }

    private static bool SplitsAt(string raw, int k) => raw[k] switch
    {
        ',' or ';' or '/' => !(char.IsDigit(raw[k - 1]) && char.IsDigit(raw[k + 1])),
        '.' => LettersAround(raw, k, -1) >= 2 && LettersAround(raw, k, +1) >= 2,
        _ => false,
    };

    /// <summary>How many letters stand next to position <paramref name="k"/> on one side, up to the next non-letter.</summary>
    private static int LettersAround(string raw, int k, int step)
    {
        var n = 0;
        for (var j = k + step; j >= 0 && j < raw.Length && char.IsLetter(raw[j]); j += step) n++;
        return n;
    }

    private static bool IsWebAddress(string raw) =>
        raw.Contains("://", StringComparison.Ordinal) || raw.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || s_domain.IsMatch(raw);

    private static string ReadQuoted(string text, ref int i, List<string> messages)
    {
        var close = text.IndexOf('"', i + 1);
        string phrase;
        if (close < 0)
        {
            phrase = text[(i + 1)..];
            i = text.Length;
            if (phrase.Trim().Length > 0) messages.Add(SearchMessages.MissingQuote);
        }
        else
        {
            phrase = text[(i + 1)..close];
            i = close + 1;
        }
        return phrase.Trim();
    }

    private static QueryNode? ReadWord(string raw, List<string> messages)
    {
        // Grouping is not part of the language: brackets are read as punctuation.
        var word = raw.Trim('(', ')', '[', ']', '{', '}');
        if (word.Length == 0) return null;
        var prefix = false;
        if (word.EndsWith('*'))
        {
            var stem = word.TrimEnd('*');
            if (stem.Count(char.IsLetterOrDigit) >= MinPrefixLength) { word = stem; prefix = true; }
            else
            {
                messages.Add(SearchMessages.Format(SearchMessages.PrefixTooShort, raw, MinPrefixLength));
                word = stem;
            }
        }
        word = word.Replace("*", " ", StringComparison.Ordinal).Replace("?", " ", StringComparison.Ordinal).Trim();
        if (!word.Any(char.IsLetterOrDigit)) return null;
        return new WordNode(word, prefix);
    }

    /// <summary>What field:value says: nothing (with why) when it cannot be read, several title words (title:chips,puces),
    /// otherwise one filter or date.</summary>
    private static IEnumerable<QueryNode> ReadField(string field, string value, bool quoted, List<string> messages)
    {
        if (value.Length == 0)
        {
            messages.Add(SearchMessages.Format(SearchMessages.FieldNeedsValue, field, Example(field)));
            return [];
        }
        if (field == "title") return TitleNodes(value, quoted, messages).ToList();
        return ReadFilter(field, value, messages) is { } node ? [node] : [];
    }

    private static QueryNode? ReadFilter(string field, string value, List<string> messages)
    {
        switch (field)
        {
            case "after":
            case "before":
                if (DateBound.TryParse(value, out var bound)) return new DateNode(field == "after", bound);
                messages.Add(SearchMessages.Format(SearchMessages.NotADate, $"{field}:{value}", Example(field)));
                return null;
            case "lang":
                if (LanguageNames.TryGetCode(value, out var code)) return new FilterNode(FilterKind.Language, code);
                messages.Add(SearchMessages.Format(SearchMessages.NotALanguage, value));
                return null;
            case "author": return new FilterNode(FilterKind.Author, value);
            case "tag": return new FilterNode(FilterKind.Tag, value);
            default: return new FilterNode(FilterKind.Publication, value);
        }
    }

    /// <summary>title:"export controls" is a phrase in the title, and a word quoted alone is matched as written, as
    /// quotes mean anywhere; unquoted, what follows the colon is read as plain words are (title:puce* a prefix,
    /// title:chips,puces both words in the title), up to the next space.</summary>
    private static IEnumerable<QueryNode> TitleNodes(string value, bool quoted, List<string> messages)
    {
        if (quoted)
        {
            if (value.Any(char.IsLetterOrDigit)) yield return new TitleNode(new PhraseNode(value));
            yield break;
        }
        foreach (var piece in Pieces(value))
            if (ReadWord(piece, messages) is { } word) yield return new TitleNode(word);
    }

    private static string Example(string field) => field switch
    {
        "after" => "after:2025-01",
        "before" => "before:2025",
        "lang" => "lang:fr",
        "author" => "author:krishnan",
        "tag" => "tag:export-controls",
        "title" => "title:chips",
        _ => "publication:\"Le Monde\"",
    };

    private static List<QueryClause> CombineOr(List<Item> items, List<string> messages)
    {
        var clauses = new List<QueryClause>();
        var orIgnored = false;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (item.Kind == ItemKind.Or)
            {
                var previous = clauses.Count > 0 ? clauses[^1] : null;
                var next = k + 1 < items.Count ? items[k + 1] : null;
                if (previous is null || previous.Excluded || next is null || next.Kind == ItemKind.Or || next.Excluded)
                {
                    orIgnored = true;
                    continue;
                }
                var left = previous.Node is OrNode or ? or.Alternatives : [previous.Node];
                clauses[^1] = new QueryClause(new OrNode([.. left, next.Node!]), false);
                k++;
                continue;
            }
            clauses.Add(new QueryClause(item.Node!, item.Excluded));
        }
        if (orIgnored) messages.Add(SearchMessages.OrIgnored);
        return clauses;
    }
}
