using System.Text;

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
    };

    private enum ItemKind { Node, Or }

    private sealed record Item(ItemKind Kind, QueryNode? Node = null, bool Excluded = false);

    public static ParsedQuery Parse(string? input)
    {
        var messages = new List<string>();
        var text = (input ?? "").Normalize(NormalizationForm.FormKC);
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            messages.Add($"The query is longer than {MaxLength} characters; only the beginning was searched.");
        }
        var items = ReadItems(text, messages);
        var clauses = CombineOr(items, messages);
        if (clauses.Count > MaxClauses)
        {
            clauses = clauses.Take(MaxClauses).ToList();
            messages.Add($"Only the first {MaxClauses} terms of the query were searched.");
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
                if (value.Length == 0 && i < text.Length && text[i] == '"') value = ReadQuoted(text, ref i, messages);
                var node = ReadField(field, value.Trim(), messages);
                if (node is not null) items.Add(new Item(ItemKind.Node, node, excluded));
                continue;
            }

            if (!excluded && raw is "OR" or "|" or "||") { items.Add(new Item(ItemKind.Or)); continue; }
            if (!excluded && raw is "AND" or "&&" or "+") continue;
            if (!excluded && raw == "NOT") { negateNext = true; continue; }

            var word = ReadWord(raw, messages);
            if (word is not null) items.Add(new Item(ItemKind.Node, word, excluded));
        }
        if (negateNext) messages.Add("NOT at the end of the query was ignored: nothing follows it.");
        return items;
    }

    private static string ReadQuoted(string text, ref int i, List<string> messages)
    {
        var close = text.IndexOf('"', i + 1);
        string phrase;
        if (close < 0)
        {
            phrase = text[(i + 1)..];
            i = text.Length;
            if (phrase.Trim().Length > 0) messages.Add("A closing quote was missing; the rest of the query was searched as one phrase.");
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
                messages.Add($"“{raw}” is too short for a prefix search (at least {MinPrefixLength} letters before *); searched as a word.");
                word = stem;
            }
        }
        word = word.Replace("*", " ", StringComparison.Ordinal).Replace("?", " ", StringComparison.Ordinal).Trim();
        if (!word.Any(char.IsLetterOrDigit)) return null;
        return new WordNode(word, prefix);
    }

    private static QueryNode? ReadField(string field, string value, List<string> messages)
    {
        if (value.Length == 0)
        {
            messages.Add($"“{field}:” needs a value, for example {Example(field)}; it was ignored.");
            return null;
        }
        switch (field)
        {
            case "after":
            case "before":
                if (DateBound.TryParse(value, out var bound)) return new DateNode(field == "after", bound);
                messages.Add($"“{field}:{value}” is not a date this search can read; write a year, a month or a day, for example {Example(field)}. It was ignored.");
                return null;
            case "lang":
                if (LanguageNames.TryGetCode(value, out var code)) return new FilterNode(FilterKind.Language, code);
                messages.Add($"“lang:{value}” is not a language this search knows; use fr, en, zh or ja. It was ignored.");
                return null;
            case "author": return new FilterNode(FilterKind.Author, value);
            case "tag": return new FilterNode(FilterKind.Tag, value);
            default: return new FilterNode(FilterKind.Publication, value);
        }
    }

    private static string Example(string field) => field switch
    {
        "after" => "after:2025-01",
        "before" => "before:2025",
        "lang" => "lang:fr",
        "author" => "author:krishnan",
        "tag" => "tag:export-controls",
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
        if (orIgnored) messages.Add("OR needs a term on each side (and cannot join an excluded term); it was ignored where it had none.");
        return clauses;
    }
}
