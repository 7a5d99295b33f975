namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>Writes a parsed query back in the researcher's syntax (for "did you mean" links).</summary>
public static class QueryText
{
    public static string Render(QueryNode node, IReadOnlyDictionary<string, string>? replacements = null) => node switch
    {
        WordNode w => (replacements is not null && replacements.TryGetValue(w.Text, out var r) ? r : w.Text) + (w.Prefix ? "*" : ""),
        PhraseNode p => $"\"{p.Text}\"",
        OrNode o => string.Join(" OR ", o.Alternatives.Select(a => Render(a, replacements))),
        FilterNode f => $"{FieldName(f.Kind)}:{Quote(f.Value)}",
        DateNode d => $"{(d.After ? "after" : "before")}:{d.Bound}",
        TitleNode t => $"title:{Render(t.Words, replacements)}",
        _ => "",
    };

    public static string Render(ParsedQuery parsed) =>
        string.Join(' ', parsed.Clauses.Select(c => (c.Excluded ? "-" : "") + Render(c.Node)));

    private static string FieldName(FilterKind kind) => kind switch
    {
        FilterKind.Author => "author",
        FilterKind.Language => "lang",
        FilterKind.Tag => "tag",
        _ => "publication",
    };

    private static string Quote(string value) => value.Any(char.IsWhiteSpace) ? $"\"{value}\"" : value;
}
