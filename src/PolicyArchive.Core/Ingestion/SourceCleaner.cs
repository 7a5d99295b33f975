using System.Text;
using System.Text.RegularExpressions;

using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Removes page furniture and repeated blocks from a text, line by line, recording each removal with its
/// reason. The article's own lines are kept whole and in order; only lines are ever removed, never parts of them.</summary>
public static partial class SourceCleaner
{
    // A single repeated line counts as a repeated paragraph from this length; shorter lines repeat legitimately.
    private const int RepeatedParagraphMinLength = 80;

    public static CleanedText Clean(string text, bool isMarkdown = false)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToArray();
        var reasons = new string?[lines.Length];

        var keys = lines.Select(Key).ToArray();
        MarkRepeatedBlocks(keys, reasons);
        MarkFurniture(lines, reasons);

        var names = new List<string>();
        var bylineDate = PartialDate.Unknown;
        string? sourceUrl = null;
        MarkMetadataLines(lines, reasons, names, ref bylineDate, ref sourceUrl);

        var coverArtTitle = lines.Select((l, i) => reasons[i] == RemovalReasons.CoverArt ? FurnitureRules.CoverArtTitle(l) : null)
            .FirstOrDefault(t => t is not null);
        var titleLine = MarkTitle(lines, keys, reasons, coverArtTitle, isMarkdown);

        return new CleanedText
        {
            Body = BuildBody(lines, reasons, isMarkdown),
            Removals = Removals(lines, reasons),
            TitleLine = titleLine,
            CoverArtTitle = coverArtTitle,
            BylineNames = names.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            BylineDate = bylineDate,
            SourceUrl = sourceUrl,
        };
    }

    private static void MarkRepeatedBlocks(string[] keys, string?[] reasons)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        while (i < keys.Length)
        {
            if (keys[i].Length == 0 || !firstSeen.TryGetValue(keys[i], out var j))
            {
                if (keys[i].Length > 0)
                {
                    firstSeen[keys[i]] = i;
                }
                i++;
                continue;
            }
            var run = 0;
            while (i + run < keys.Length && j + run < i && keys[i + run] == keys[j + run])
            {
                run++;
            }
            var contentLines = Enumerable.Range(i, run).Count(k => keys[k].Length > 0);
            if (contentLines >= 2 || keys[i].Length >= RepeatedParagraphMinLength)
            {
                for (var k = i; k < i + run; k++)
                {
                    reasons[k] = RemovalReasons.RepeatedBlock;
                }
                i += run;
            }
            else
            {
                i++;
            }
        }
    }

    private static void MarkFurniture(string[] lines, string?[] reasons)
    {
        // Each line is classified once. Whether everything after a line is short or furniture does not change while
        // lines are marked (a line marked as related is short), so it is computed once, from the end: linear, not
        // one scan of the rest per "related articles" heading.
        var classes = new string?[lines.Length];
        var restIsList = new bool[lines.Length + 1];
        restIsList[lines.Length] = true;
        for (var k = lines.Length - 1; k >= 0; k--)
        {
            if (reasons[k] is null)
            {
                classes[k] = FurnitureRules.Classify(lines[k]);
            }
            var listLike = lines[k].Trim().Length == 0 || lines[k].Length <= 150 || reasons[k] is not null || classes[k] is not null;
            restIsList[k] = listLike && restIsList[k + 1];
        }
        var listMarkedFrom = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasons[i] is not null)
            {
                continue;
            }
            reasons[i] = classes[i];
            if (reasons[i] == RemovalReasons.RelatedArticles && i + 1 < listMarkedFrom && restIsList[i + 1])
            {
                // What follows a "related articles" heading is a list of other titles when every remaining line is short or furniture.
                for (var k = i + 1; k < listMarkedFrom; k++)
                {
                    if (reasons[k] is null && classes[k] is null && lines[k].Trim().Length > 0)
                    {
                        reasons[k] = RemovalReasons.RelatedArticles;
                    }
                }
                listMarkedFrom = i + 1;
            }
        }
    }

    private static void MarkMetadataLines(string[] lines, string?[] reasons, List<string> names, ref PartialDate date, ref string? sourceUrl)
    {
        var contentSeen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasons[i] is not null || lines[i].Trim().Length == 0)
            {
                continue;
            }
            contentSeen++;
            var line = lines[i];
            if (BylineRules.SourceReferenceUrl(line) is { } url)
            {
                sourceUrl ??= url;
                reasons[i] = RemovalReasons.SourceReference;
            }
            else if (contentSeen <= 8 && BylineRules.TryNameAndDate(line, out var name, out var d))
            {
                names.Add(name);
                date = date.IsKnown ? date : d;
                reasons[i] = RemovalReasons.Byline;
            }
            else if (contentSeen <= 8 && BylineRules.TryDateline(line, out var dl))
            {
                date = date.IsKnown ? date : dl;
                reasons[i] = RemovalReasons.Dateline;
            }
            else if (contentSeen <= 4 && (BylineRules.LabelledName(line) ?? (BylineRules.IsBareName(line) ? line.Trim() : null)) is { } n)
            {
                names.Add(n);
                reasons[i] = RemovalReasons.Byline;
            }
            else if (contentSeen <= 4 && BylineRules.CjkBylineNames(line) is { Count: > 0 } cjkNames)
            {
                names.AddRange(cjkNames);
                reasons[i] = RemovalReasons.Byline;
            }
        }
    }

    private static string? MarkTitle(string[] lines, string[] keys, string?[] reasons, string? coverArtTitle, bool isMarkdown)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var firstKept = Enumerable.Range(0, lines.Length).FirstOrDefault(i => reasons[i] is null && lines[i].Trim().Length > 0, -1);
        if (firstKept < 0)
        {
            return null;
        }
        var candidate = HeadingText(lines[firstKept], isMarkdown);
        string? title = null;
        if (coverArtTitle is not null && Key(candidate) == Key(coverArtTitle))
        {
            title = candidate;
        }
        else if (IsTitleShaped(candidate) && HasContentAfter(lines, reasons, firstKept) && (firstKept == first || coverArtTitle is null))
        {
            title = candidate;
        }
        if (title is null)
        {
            return null;
        }
        reasons[firstKept] = RemovalReasons.TitleLine;
        var titleKey = Key(title);
        for (var i = firstKept + 1; i < lines.Length; i++)
        {
            // A plain-text line's heading text is the line itself, whose key is already known.
            if (reasons[i] is null && (isMarkdown ? Key(HeadingText(lines[i], isMarkdown)) : keys[i]) == titleKey)
            {
                reasons[i] = RemovalReasons.RepeatedTitle;
            }
        }
        return title;
    }

    private static string HeadingText(string line, bool isMarkdown) =>
        isMarkdown ? MarkdownHeading().Replace(line.Trim(), "").Trim() : line.Trim();

    /// <summary>A headline: one sentence, not a list item, short enough to be a title.</summary>
    internal static bool IsTitleShaped(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // Chinese and Japanese headlines have no spaces to count: a short line of CJK text that ends no sentence.
        var cjkHeadline = line.Length <= 60 && line.Count(c => ScriptClassifier.IsCjk(ScriptClassifier.Of(c))) >= 6 && !line.TrimEnd().EndsWith('。');
        return line.Length <= 200 && (words is >= 2 and <= 35 || cjkHeadline) && !ListItem().IsMatch(line) && !InnerSentenceBreak().IsMatch(line);
    }

    private static bool HasContentAfter(string[] lines, string?[] reasons, int index) =>
        Enumerable.Range(index + 1, lines.Length - index - 1).Any(i => reasons[i] is null && lines[i].Trim().Length > 0);

    private static string BuildBody(string[] lines, string?[] reasons, bool isMarkdown)
    {
        var kept = Enumerable.Range(0, lines.Length).Where(i => reasons[i] is null).Select(i => lines[i]).ToList();
        if (isMarkdown)
        {
            return ExtraBlankLines().Replace(string.Join('\n', kept), "\n\n").Trim('\n');
        }
        // Plain text: each line is a paragraph, and consecutive list items stay one list.
        var sb = new StringBuilder();
        string? previous = null;
        foreach (var line in kept.Where(l => l.Trim().Length > 0))
        {
            if (previous is not null)
            {
                sb.Append(ListItem().IsMatch(previous) && ListItem().IsMatch(line) ? "\n" : "\n\n");
            }
            sb.Append(line.Trim());
            previous = line;
        }
        return sb.ToString();
    }

    private static List<RemovedText> Removals(string[] lines, string?[] reasons)
    {
        // Built in string builders: appending line by line to a growing string was quadratic on a long repeated block.
        var removals = new List<(string Reason, StringBuilder Text)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasons[i] is not { } reason)
            {
                continue;
            }
            // A repeated block is one removal, not one per line, so the editor sees the block as it was.
            if (reason == RemovalReasons.RepeatedBlock && i > 0 && reasons[i - 1] == RemovalReasons.RepeatedBlock && removals.Count > 0)
            {
                removals[^1].Text.Append('\n').Append(lines[i]);
                continue;
            }
            if (lines[i].Trim().Length > 0)
            {
                removals.Add((reason, new StringBuilder(lines[i].Trim())));
            }
        }
        return [.. removals.Select(r => new RemovedText(r.Reason, r.Text.ToString().Trim()))];
    }

    internal static string Key(string line) => Whitespace().Replace(line.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"^\s*(?:[-*+•]\s|\d{1,3}[.)]\s)")]
    private static partial Regex ListItem();

    // A sentence end followed by more words: ". X", "? X", "。X" inside the line.
    [GeneratedRegex(@"[.!?。！？]\s+\p{Lu}|[。！？]\S")]
    private static partial Regex InnerSentenceBreak();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex MarkdownHeading();
}
