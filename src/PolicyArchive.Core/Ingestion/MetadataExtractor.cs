using System.Text.RegularExpressions;

using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Finds the title, authors, outlet, date, source URL and original title of a cleaned text. It reads the
/// lines the cleaner took out (bylines, syndication and copyright notices name authors and outlets) and the body's
/// lead; it never invents: a value the text does not give stays empty.</summary>
public static partial class MetadataExtractor
{
    private const int FallbackTitleLength = 120;

    /// <param name="formatTitle">A title the format itself declares (HTML &lt;title&gt;, a .docx title), if any.</param>
    /// <param name="formatAuthor">An author the format declares (HTML meta author, .docx creator), if any.</param>
    public static ExtractedMetadata Extract(CleanedText cleaned, string? formatTitle = null, string? formatAuthor = null)
    {
        var authors = cleaned.BylineNames.ToList();
        if (authors.Count == 0 && !string.IsNullOrWhiteSpace(formatAuthor) && BylineRules.IsBareName(formatAuthor))
        {
            authors.Add(formatAuthor.Trim());
        }
        return new ExtractedMetadata
        {
            Title = FirstNonEmpty(formatTitle, cleaned.CoverArtTitle, cleaned.TitleLine) ?? FallbackTitle(cleaned.Body),
            OriginalTitle = OriginalTitle(cleaned.Body),
            Authors = authors,
            Publication = Publication(cleaned.Removals),
            PublishedDate = cleaned.BylineDate.IsKnown ? cleaned.BylineDate : LeadDate(cleaned.Body),
            SourceUrl = cleaned.SourceUrl,
        };
    }

    /// <summary>The outlet named by a syndication or copyright notice ("Publié pour la première fois sur X",
    /// "Article copyright X Tous droits...", "© 2025 X. All rights reserved").</summary>
    public static string? Publication(IEnumerable<RemovedText> removals)
    {
        foreach (var removal in removals)
        {
            var m = removal.Reason switch
            {
                RemovalReasons.Syndication or RemovalReasons.Dateline => SyndicatedFrom().Match(removal.Text),
                RemovalReasons.Copyright => CopyrightHolder().Match(removal.Text),
                _ => Match.Empty,
            };
            if (m.Success && CleanOutletName(m.Groups["pub"].Value) is { Length: > 1 } outlet && !NotAnOutlet().IsMatch(outlet))
            {
                return outlet;
            }
        }
        return null;
    }

    /// <summary>A publication date from the lead: a day and month next to "ce matin", "aujourd'hui", "today"...
    /// The year is kept only when the text gives it.</summary>
    public static PartialDate LeadDate(string body)
    {
        var lead = string.Join('\n', body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(2));
        foreach (Match now in NowWord().Matches(lead))
        {
            var window = lead.Substring(now.Index, Math.Min(40, lead.Length - now.Index));
            if (DateMentionParser.TryFind(window, out var date, out _, out _))
            {
                return date;
            }
        }
        return PartialDate.Unknown;
    }

    /// <summary>The original's title when the text says it is a translation or full text of a named work.</summary>
    public static string? OriginalTitle(string body)
    {
        var m = TranslationOf().Match(body);
        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    private static string FallbackTitle(string body)
    {
        var sentences = SentenceEnd().Split(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "")
            .Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
        var pick = sentences.FirstOrDefault(s => s.Split(' ').Length >= 4) ?? sentences.FirstOrDefault() ?? "Untitled";
        pick = pick.TrimStart('-', '*', '#', ' ');
        if (pick.Length <= FallbackTitleLength)
        {
            return pick;
        }
        var cut = pick.LastIndexOf(' ', FallbackTitleLength);
        return pick[..(cut > 40 ? cut : FallbackTitleLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string CleanOutletName(string raw)
    {
        var name = raw.Trim().TrimEnd('.', ',', ';', ':', ' ');
        // "Chaîne d'Information ABMedia", "le site X": the generic description is not part of the name.
        name = GenericOutletPrefix().Replace(name, "").Trim();
        return name;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    [GeneratedRegex(@"(?:publiée? pour la première fois|initialement publiée?|first published|originally published)\s+(?:sur|dans|par|on|in|by|at)\s+(?<pub>[^.,;]+)|本文(?:首发于|首發於|转载自|轉載自)\s*(?<pub>[^，。,.]+)|(?:来源|來源|稿源|出典|出所)\s*[:：]\s*(?!https?://)(?<pub>[^\s，。,.|｜]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SyndicatedFrom();

    [GeneratedRegex(@"copyright\s+(?:©\s*)?(?:(?:19|20)\d{2}\s+)?(?<pub>.+?)(?:\s+(?:tous|toutes|all)\b|\s*(?:未经|未經|無断|版权所有|版權所有|保留)|[,.;，。；]|$)|©\s*(?:(?:19|20)\d{2}\s+)?(?<pub>[^,.;，。；]+?)(?:\s+(?:tous|all)\b|\s*(?:未经|未經|無断|版权所有|版權所有|保留)|[,.;，。；]|$)|(?:版权所有|版權所有)\s*[:：]\s*(?<pub>[^\s,.;，。；©]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightHolder();

    // "© déclaration de droits d'auteur" names the notice itself, not an outlet.
    [GeneratedRegex(@"droits d'auteur|copyright|déclaration|statement|notice|rights|réservés", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnOutlet();

    [GeneratedRegex(@"^(?:(?:la |le |the )?(?:chaîne d'information|chaîne|site(?: web)?|blog|média|journal|magazine|newsletter|website|channel)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex GenericOutletPrefix();

    [GeneratedRegex(@"\b(?:ce matin|ce soir|cet après-midi|aujourd'hui|aujourd’hui|hier|this morning|this afternoon|tonight|today|yesterday)\b|今天|今日|本日|昨日", RegexOptions.IgnoreCase)]
    private static partial Regex NowWord();

    [GeneratedRegex(@"(?:texte intégral|traduction(?: intégrale)?|version française|full text|translation)\s+(?:de|du|d'|of)\s*[«""“]\s*(?<t>[^»""”\n]{3,200}?)\s*[»""”]", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationOf();

    [GeneratedRegex(@"(?<=[.!?。！？])\s+")]
    private static partial Regex SentenceEnd();
}
