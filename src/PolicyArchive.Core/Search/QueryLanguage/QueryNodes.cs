namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>The researcher's query as read: a list of clauses, all required unless excluded or joined by OR.</summary>
public abstract record QueryNode;

/// <summary>A word as typed; <see cref="Prefix"/> when it ended with *.</summary>
public sealed record WordNode(string Text, bool Prefix = false) : QueryNode;

/// <summary>"an exact phrase"</summary>
public sealed record PhraseNode(string Text) : QueryNode;

/// <summary>author:, lang:, tag:, publication: (a value to match), or a date bound (after:, before:).</summary>
public sealed record FilterNode(FilterKind Kind, string Value) : QueryNode;

public sealed record DateNode(bool After, DateBound Bound) : QueryNode;

/// <summary>title:chips, title:"export controls": the word or phrase, with its translations, in a title.</summary>
public sealed record TitleNode(QueryNode Words) : QueryNode;

/// <summary>a OR b OR c: any of the alternatives.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Alternatives) : QueryNode;

public enum FilterKind { Author, Language, Tag, Publication }

public sealed record QueryClause(QueryNode Node, bool Excluded);

public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<string> Messages)
{
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>True when the query has something to rank by, not only filters and exclusions.</summary>
    public bool HasText => Clauses.Any(c => !c.Excluded && ContainsText(c.Node));

    private static bool ContainsText(QueryNode node) => node switch
    {
        WordNode or PhraseNode => true,
        OrNode or => or.Alternatives.Any(ContainsText),
        TitleNode title => ContainsText(title.Words),
        _ => false,
    };
}
